import * as z from 'zod/mini';
import { defineOperation } from '../defineOperation.js';
import { silent } from '../params.js';
import { IntegrationEventV2RequestSchema } from '../../schemas/IntegrationEventV2Request.js';
import { TrackEventV2ResponseSchema } from '../../schemas/TrackEventV2Response.js';

/** Track event: `POST /v2/events`. */
export const trackEventV2 = defineOperation('trackEventV2', {
  input: {
    silent,
    dry: z.optional(z.boolean()),
    forceCompleteEvaluation: z.optional(z.boolean()),
    body: IntegrationEventV2RequestSchema,
  },
  output: TrackEventV2ResponseSchema,
  silent: true,
});
