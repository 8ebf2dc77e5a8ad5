import * as z from 'zod/mini';
import { defineOperation } from '../defineOperation.js';
import { pathText } from '../params.js';
import { CustomerInventorySchema } from '../../schemas/CustomerInventory.js';

/** List customer data: `GET /v1/customer_profiles/{integrationId}/inventory`. */
export const getCustomerInventory = defineOperation('getCustomerInventory', {
  input: {
    integrationId: pathText,
    profile: z.optional(z.boolean()),
    referrals: z.optional(z.boolean()),
    coupons: z.optional(z.boolean()),
    loyalty: z.optional(z.boolean()),
    giveaways: z.optional(z.boolean()),
    achievements: z.optional(z.boolean()),
  },
  output: CustomerInventorySchema,
});
