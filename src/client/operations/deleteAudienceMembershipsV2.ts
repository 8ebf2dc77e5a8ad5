import { defineOperation } from '../defineOperation.js';
import { id } from '../params.js';

/** Delete audience memberships: `DELETE /v2/audiences/{audienceId}/memberships`. */
export const deleteAudienceMembershipsV2 = defineOperation('deleteAudienceMembershipsV2', {
  input: {
    audienceId: id,
  },
});
