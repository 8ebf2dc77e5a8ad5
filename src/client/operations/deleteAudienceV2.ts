import { defineOperation } from '../defineOperation.js';
import { id } from '../params.js';

/** Delete audience: `DELETE /v2/audiences/{audienceId}`. */
export const deleteAudienceV2 = defineOperation('deleteAudienceV2', {
  input: {
    audienceId: id,
  },
});
