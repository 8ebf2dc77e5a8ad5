import * as z from 'zod/mini';
import { defineOperation } from '../defineOperation.js';
import { id, pageSize, pathText, skip } from '../params.js';
import { LoyaltyProfilePointsPageSchema } from '../../schemas/LoyaltyProfilePointsPage.js';

/**
 * List customer's unused loyalty points: `GET /v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/points`.
 */
export const getLoyaltyProgramProfilePoints = defineOperation('getLoyaltyProgramProfilePoints', {
  input: {
    loyaltyProgramId: id,
    integrationId: pathText,
    status: z.optional(z.enum(['active', 'pending', 'expired'])),
    subledgerId: z.optional(z.string()),
    pageSize,
    skip,
  },
  output: LoyaltyProfilePointsPageSchema,
});
