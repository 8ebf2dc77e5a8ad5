import { defineOperation } from '../defineOperation.js';
import { pathText } from '../params.js';

/** Delete customer's personal data: `DELETE /v1/customer_data/{integrationId}`. */
export const deleteCustomerData = defineOperation('deleteCustomerData', {
  input: {
    integrationId: pathText,
  },
});
