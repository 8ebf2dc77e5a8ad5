import * as z from 'zod/mini';
import { defineOperation } from '../defineOperation.js';
import { cardId, id, pageSize, skip } from '../params.js';
import { LoyaltyCardPointsPageSchema } from '../../schemas/LoyaltyCardPointsPage.js';

/** List card's unused loyalty points: `GET /v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/points`. */
export const getLoyaltyCardPoints = defineOperation('getLoyaltyCardPoints', {
  input: {
    loyaltyProgramId: id,
    loyaltyCardId: cardId,
    status: z.optional(z.enum(['active', 'pending', 'expired'])),
    subledgerId: z.optional(z.array(z.string())),
    pageSize,
    skip,
  },
  output: LoyaltyCardPointsPageSchema,
});
