import * as z from 'zod/mini';
import { defineOperation } from '../defineOperation.js';
import { cardId, dateTime, id, pageSize, skip } from '../params.js';
import { LoyaltyCardTransactionsPageSchema } from '../../schemas/LoyaltyCardTransactionsPage.js';

/** List card's transactions: `GET /v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/transactions`. */
export const getLoyaltyCardTransactions = defineOperation('getLoyaltyCardTransactions', {
  input: {
    loyaltyProgramId: id,
    loyaltyCardId: cardId,
    subledgerId: z.optional(z.array(z.string())),
    loyaltyTransactionType: z.optional(z.enum(['manual', 'session', 'import'])),
    startDate: z.optional(dateTime),
    endDate: z.optional(dateTime),
    pageSize,
    skip,
  },
  output: LoyaltyCardTransactionsPageSchema,
});
