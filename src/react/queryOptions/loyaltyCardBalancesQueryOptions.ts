import type { SkipToken } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { OperationInput } from '../../client/defineOperation.js';
import { getLoyaltyCardBalances } from '../../client/operations/getLoyaltyCardBalances.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getLoyaltyCardBalances` (get a card's point balances): for prefetching, `useSuspenseQuery` and
 * `ensureQueryData`.
 */
export const loyaltyCardBalancesQueryOptions = (
  client: TalonTransport,
  input: OperationInput<typeof getLoyaltyCardBalances> | SkipToken,
) => talonQueryOptions(client, getLoyaltyCardBalances, input);
