import * as z from 'zod/mini';
import { defineOperation } from '../defineOperation.js';
import { dateTime, pathText } from '../params.js';
import { IntegrationRequestSchema } from '../../schemas/IntegrationRequest.js';
import { IntegrationStateV2Schema } from '../../schemas/IntegrationStateV2.js';

/** Update customer session: `PUT /v2/customer_sessions/{customerSessionId}`. */
export const updateCustomerSessionV2 = defineOperation('updateCustomerSessionV2', {
  input: {
    dry: z.optional(z.boolean()),
    customerSessionId: pathText,
    now: z.optional(dateTime),
    body: IntegrationRequestSchema,
  },
  output: IntegrationStateV2Schema,
});
