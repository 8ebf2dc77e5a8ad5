import { profileLedgerOf } from '../domain/loyalty.js';
import { emptyBalance, timeOf } from '../domain/loyaltyLedger.js';
import { balanceView, ledgerBalances } from '../domain/loyaltyViews.js';
import type { OperationHandler } from './OperationHandler.js';

/**
 * The profile's balances at `endDate` (default now): the main ledger with tier information when asked for, and each
 * subledger. Filtered by `subledgerId`, `balance` is that subledger's (tiers then count its points).
 */
export const getLoyaltyBalances: OperationHandler<'getLoyaltyBalances'> = (context, input) => {
  const { program, key } = profileLedgerOf(context, input.loyaltyProgramId, input.integrationId);
  const at = input.endDate === undefined ? timeOf(context.now) : timeOf(input.endDate);
  const { main, subledgers } = ledgerBalances(context, program, key, at);
  const tierOptions = { includeTiers: input.includeTiers, includeProjectedTier: input.includeProjectedTier };
  const { subledgerId } = input;
  if (subledgerId !== undefined && subledgerId !== '') {
    const balance = balanceView(subledgers.get(subledgerId) ?? emptyBalance, program, tierOptions);
    return { balance, subledgerBalances: { [subledgerId]: balance } };
  }
  return {
    balance: balanceView(main, program, tierOptions),
    subledgerBalances:
      subledgerId === '' ? {} : Object.fromEntries([...subledgers].map(([id, balance]) => [id, balanceView(balance)])),
  };
};
