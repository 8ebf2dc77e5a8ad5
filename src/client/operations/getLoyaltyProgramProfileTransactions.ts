import * as z from 'zod/mini';
import { defineOperation } from '../defineOperation.js';
import { dateTime, id, pageSize, pathText, skip } from '../params.js';
import { LoyaltyProfileTransactionsPageSchema } from '../../schemas/LoyaltyProfileTransactionsPage.js';

/**
 * List customer's loyalty transactions: `GET
 * /v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/transactions`.
 */
export const getLoyaltyProgramProfileTransactions = defineOperation('getLoyaltyProgramProfileTransactions', {
  input: {
    loyaltyProgramId: id,
    integrationId: pathText,
    subledgerId: z.optional(z.string()),
    loyaltyTransactionType: z.optional(z.enum(['manual', 'session', 'import'])),
    startDate: z.optional(dateTime),
    endDate: z.optional(dateTime),
    pageSize,
    skip,
  },
  output: LoyaltyProfileTransactionsPageSchema,
});
