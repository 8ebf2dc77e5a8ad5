import { defineOperation } from '../defineOperation.js';
import { silent } from '../params.js';
import { MultipleCustomerProfileIntegrationRequestSchema } from '../../schemas/MultipleCustomerProfileIntegrationRequest.js';
import { MultipleCustomerProfileIntegrationResponseV2Schema } from '../../schemas/MultipleCustomerProfileIntegrationResponseV2.js';

/** Update multiple customer profiles: `PUT /v2/customer_profiles`. */
export const updateCustomerProfilesV2 = defineOperation('updateCustomerProfilesV2', {
  input: {
    silent,
    body: MultipleCustomerProfileIntegrationRequestSchema,
  },
  output: MultipleCustomerProfileIntegrationResponseV2Schema,
  silent: true,
});
