import { defineOperation } from '../defineOperation.js';
import { AudienceSchema } from '../../schemas/Audience.js';
import { NewAudienceSchema } from '../../schemas/NewAudience.js';

/** Create audience: `POST /v2/audiences`. */
export const createAudienceV2 = defineOperation('createAudienceV2', {
  input: {
    body: NewAudienceSchema,
  },
  output: AudienceSchema,
});
