import { cardLedgerOf } from '../domain/loyalty.js';
import { transactionsPage } from '../domain/loyaltyPages.js';
import type { OperationHandler } from './OperationHandler.js';

/** The card's ledger transactions, newest first, filtered by subledgers, type and creation date. */
export const getLoyaltyCardTransactions: OperationHandler<'getLoyaltyCardTransactions'> = (context, input) => {
  const { key } = cardLedgerOf(context, input.loyaltyProgramId, input.loyaltyCardId);
  const { hasMore, data } = transactionsPage(context, key, { ...input, subledgerIds: input.subledgerId });
  return {
    hasMore,
    // Card transactions name the card and carry no flags.
    data: data.map(({ flags: _flags, ...transaction }) => ({ ...transaction, cardIdentifier: input.loyaltyCardId })),
  };
};
