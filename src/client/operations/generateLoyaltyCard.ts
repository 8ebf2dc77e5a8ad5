import { defineOperation } from '../defineOperation.js';
import { id } from '../params.js';
import { GenerateLoyaltyCardSchema } from '../../schemas/GenerateLoyaltyCard.js';
import { LoyaltyCardSchema } from '../../schemas/LoyaltyCard.js';

/** Generate loyalty card: `POST /v1/loyalty_programs/{loyaltyProgramId}/cards`. */
export const generateLoyaltyCard = defineOperation('generateLoyaltyCard', {
  input: {
    loyaltyProgramId: id,
    body: GenerateLoyaltyCardSchema,
  },
  output: LoyaltyCardSchema,
});
