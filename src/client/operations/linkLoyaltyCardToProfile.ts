import { defineOperation } from '../defineOperation.js';
import { cardId, id } from '../params.js';
import { LoyaltyCardRegistrationSchema } from '../../schemas/LoyaltyCardRegistration.js';
import { LoyaltyCardSchema } from '../../schemas/LoyaltyCard.js';

/** Link customer profile to card: `POST /v2/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/link_profile`. */
export const linkLoyaltyCardToProfile = defineOperation('linkLoyaltyCardToProfile', {
  input: {
    loyaltyProgramId: id,
    loyaltyCardId: cardId,
    body: LoyaltyCardRegistrationSchema,
  },
  output: LoyaltyCardSchema,
});
