import { profileLedgerOf } from '../domain/loyalty.js';
import { transactionsPage } from '../domain/loyaltyPages.js';
import type { OperationHandler } from './OperationHandler.js';

/** The profile's ledger transactions, newest first, filtered by subledger, type and creation date. */
export const getLoyaltyProgramProfileTransactions: OperationHandler<'getLoyaltyProgramProfileTransactions'> = (
  context,
  input,
) => {
  const { key } = profileLedgerOf(context, input.loyaltyProgramId, input.integrationId);
  return transactionsPage(context, key, {
    ...input,
    ...(input.subledgerId === undefined ? {} : { subledgerIds: [input.subledgerId] }),
  });
};
