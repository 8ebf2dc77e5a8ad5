import * as z from 'zod/mini';
import { defineOperation } from '../defineOperation.js';
import { cardId, dateTime, id } from '../params.js';
import { LoyaltyCardBalancesSchema } from '../../schemas/LoyaltyCardBalances.js';

/** Get card's point balances: `GET /v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/balances`. */
export const getLoyaltyCardBalances = defineOperation('getLoyaltyCardBalances', {
  input: {
    loyaltyProgramId: id,
    loyaltyCardId: cardId,
    endDate: z.optional(dateTime),
    subledgerId: z.optional(z.array(z.string())),
  },
  output: LoyaltyCardBalancesSchema,
});
