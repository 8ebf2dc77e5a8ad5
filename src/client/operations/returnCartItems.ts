import * as z from 'zod/mini';
import { defineOperation } from '../defineOperation.js';
import { pathText } from '../params.js';
import { IntegrationStateV2Schema } from '../../schemas/IntegrationStateV2.js';
import { ReturnIntegrationRequestSchema } from '../../schemas/ReturnIntegrationRequest.js';

/** Return cart items: `POST /v2/customer_sessions/{customerSessionId}/returns`. */
export const returnCartItems = defineOperation('returnCartItems', {
  input: {
    dry: z.optional(z.boolean()),
    customerSessionId: pathText,
    body: ReturnIntegrationRequestSchema,
  },
  output: IntegrationStateV2Schema,
});
