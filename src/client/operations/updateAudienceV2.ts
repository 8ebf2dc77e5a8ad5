import { defineOperation } from '../defineOperation.js';
import { id } from '../params.js';
import { AudienceSchema } from '../../schemas/Audience.js';
import { UpdateAudienceSchema } from '../../schemas/UpdateAudience.js';

/** Update audience name: `PUT /v2/audiences/{audienceId}`. */
export const updateAudienceV2 = defineOperation('updateAudienceV2', {
  input: {
    audienceId: id,
    body: UpdateAudienceSchema,
  },
  output: AudienceSchema,
});
