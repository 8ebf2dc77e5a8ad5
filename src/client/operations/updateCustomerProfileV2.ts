import * as z from 'zod/mini';
import { defineOperation } from '../defineOperation.js';
import { pathText } from '../params.js';
import { CustomerProfileIntegrationRequestV2Schema } from '../../schemas/CustomerProfileIntegrationRequestV2.js';
import { CustomerProfileIntegrationResponseV2Schema } from '../../schemas/CustomerProfileIntegrationResponseV2.js';

/** Update customer profile: `PUT /v2/customer_profiles/{integrationId}`. */
export const updateCustomerProfileV2 = defineOperation('updateCustomerProfileV2', {
  input: {
    integrationId: pathText,
    runRuleEngine: z.optional(z.boolean()),
    dry: z.optional(z.boolean()),
    body: CustomerProfileIntegrationRequestV2Schema,
  },
  output: CustomerProfileIntegrationResponseV2Schema,
});
