import { defineOperation } from '../defineOperation.js';
import { CustomerProfileAudienceRequestSchema } from '../../schemas/CustomerProfileAudienceRequest.js';

/** Update multiple customer profiles' audiences: `POST /v2/customer_audiences`. */
export const updateCustomerProfileAudiences = defineOperation('updateCustomerProfileAudiences', {
  input: {
    body: CustomerProfileAudienceRequestSchema,
  },
});
