import { cardLedgerOf } from '../domain/loyalty.js';
import { emptyBalance, timeOf } from '../domain/loyaltyLedger.js';
import { balanceView, ledgerBalances } from '../domain/loyaltyViews.js';
import type { OperationHandler } from './OperationHandler.js';

/**
 * The card's balances at `endDate` (default now): the main ledger, the subledgers (only those listed in
 * `subledgerId` when given) and the profiles linked to the card.
 */
export const getLoyaltyCardBalances: OperationHandler<'getLoyaltyCardBalances'> = (context, input) => {
  const { program, card, key } = cardLedgerOf(context, input.loyaltyProgramId, input.loyaltyCardId);
  const at = input.endDate === undefined ? timeOf(context.now) : timeOf(input.endDate);
  const { main, subledgers } = ledgerBalances(context, program, key, at);
  const listed = input.subledgerId?.filter((id) => id !== '') ?? [...subledgers.keys()];
  return {
    balance: balanceView(main),
    subledgerBalances: Object.fromEntries(
      [...new Set(listed)].sort().map((id) => [id, balanceView(subledgers.get(id) ?? emptyBalance)]),
    ),
    profiles: card.profiles.map((profile) => ({ ...profile })),
  };
};
