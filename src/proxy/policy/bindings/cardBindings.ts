import { TalonApiError } from '../../../client/errors/TalonApiError.js';
import { getLoyaltyCardBalances } from '../../../client/operations/getLoyaltyCardBalances.js';
import type { LoyaltyCardBalances } from '../../../schemas/LoyaltyCardBalances.js';
import { TalonProxyRefusal } from '../../TalonProxyRefusal.js';
import type { Binding } from './Binding.js';

// One answer for "no such card" and "somebody else's card", so that card numbers cannot be probed.
const notFound = () => new TalonProxyRefusal(404, 'loyalty card not found', { parameter: 'loyaltyCardId' });

const isNotFound = (error: unknown) => error instanceof TalonApiError && error.status === 404;

const linkedTo = (balances: LoyaltyCardBalances | undefined, shopperId: string) =>
  balances?.profiles?.some((profile) => profile.integrationId === shopperId) ?? false;

async function orNotFound<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw isNotFound(error) ? notFound() : error;
  }
}

/** A card's balances, only when the card is linked to the shopper: the answer itself says to whom. */
export const linkedCardBalances: Binding<'getLoyaltyCardBalances'> = async ({ input, shopperId, send }) => {
  const output = await orNotFound(() => send(input));
  if (!linkedTo(output, shopperId)) throw notFound();
  return output;
};

/** A card's points or transactions, only when its balances say it is linked to the shopper. */
export function linkedCard<K extends 'getLoyaltyCardPoints' | 'getLoyaltyCardTransactions'>(): Binding<K> {
  return async ({ input, shopperId, talon, signal, send }) => {
    const { loyaltyProgramId, loyaltyCardId } = input;
    const balances = await orNotFound(() =>
      talon.request(getLoyaltyCardBalances, { loyaltyProgramId, loyaltyCardId }, { signal }),
    );
    if (!linkedTo(balances, shopperId)) throw notFound();
    return orNotFound(() => send(input));
  };
}
