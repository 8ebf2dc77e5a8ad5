import type { SkipToken } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { OperationInput } from '../../client/defineOperation.js';
import { getLoyaltyCardTransactions } from '../../client/operations/getLoyaltyCardTransactions.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getLoyaltyCardTransactions` (list a card's transactions): for prefetching, `useSuspenseQuery` and
 * `ensureQueryData`.
 */
export const loyaltyCardTransactionsQueryOptions = (
  client: TalonTransport,
  input: OperationInput<typeof getLoyaltyCardTransactions> | SkipToken,
) => talonQueryOptions(client, getLoyaltyCardTransactions, input);
