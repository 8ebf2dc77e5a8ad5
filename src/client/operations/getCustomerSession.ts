import { defineOperation } from '../defineOperation.js';
import { pathText } from '../params.js';
import { IntegrationCustomerSessionResponseSchema } from '../../schemas/IntegrationCustomerSessionResponse.js';

/** Get customer session: `GET /v2/customer_sessions/{customerSessionId}`. */
export const getCustomerSession = defineOperation('getCustomerSession', {
  input: {
    customerSessionId: pathText,
  },
  output: IntegrationCustomerSessionResponseSchema,
});
