import * as z from 'zod/mini';
import { defineOperation } from '../defineOperation.js';
import { dateTime, id, pathText } from '../params.js';
import { LoyaltyBalancesWithTiersSchema } from '../../schemas/LoyaltyBalancesWithTiers.js';

/** Get customer's loyalty balances: `GET /v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/balances`. */
export const getLoyaltyBalances = defineOperation('getLoyaltyBalances', {
  input: {
    loyaltyProgramId: id,
    integrationId: pathText,
    endDate: z.optional(dateTime),
    subledgerId: z.optional(z.string()),
    includeTiers: z.optional(z.boolean()),
    includeProjectedTier: z.optional(z.boolean()),
  },
  output: LoyaltyBalancesWithTiersSchema,
});
