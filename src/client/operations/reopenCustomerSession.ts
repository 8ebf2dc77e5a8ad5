import { defineOperation } from '../defineOperation.js';
import { pathText } from '../params.js';
import { ReopenSessionResponseSchema } from '../../schemas/ReopenSessionResponse.js';

/** Reopen customer session: `PUT /v2/customer_sessions/{customerSessionId}/reopen`. */
export const reopenCustomerSession = defineOperation('reopenCustomerSession', {
  input: {
    customerSessionId: pathText,
  },
  output: ReopenSessionResponseSchema,
});
