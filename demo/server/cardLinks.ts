import { getLoyaltyCardBalances, TalonApiError, type TalonTransport } from 'talon-react';
import type { VerifyCardLink } from 'talon-react/proxy';

/**
 * The demo shop's check before the proxy links a loyalty card to a shopper (`policy.verifyCardLink`): the card is one
 * the shop hands out at its till (`claimable`, in the card program), and nobody but this shopper holds it yet, asked
 * of Talon.One with the shop's key. A real shop checks a proof only the card's holder has, such as the PIN printed
 * on its back or its own record of whom it issued the card to: a card number alone is no proof, numbers are printed
 * on the card and often sequential.
 */
export function verifyDemoCardLink(
  talon: TalonTransport,
  cardProgramId: number,
  claimable: readonly string[],
): VerifyCardLink {
  return async ({ shopperId, loyaltyProgramId, cardId, signal }) => {
    if (loyaltyProgramId !== cardProgramId || !claimable.includes(cardId)) return false;
    const balances = await talon
      .request(getLoyaltyCardBalances, { loyaltyProgramId, loyaltyCardId: cardId }, { signal })
      .catch((error: unknown) => {
        if (error instanceof TalonApiError && error.status === 404) return undefined;
        throw error;
      });
    if (!balances) return false;
    return (balances.profiles ?? []).every((profile) => profile.integrationId === shopperId);
  };
}
