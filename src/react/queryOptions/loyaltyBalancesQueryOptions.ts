import type { SkipToken } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { OperationInput } from '../../client/defineOperation.js';
import { getLoyaltyBalances } from '../../client/operations/getLoyaltyBalances.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getLoyaltyBalances` (get a customer's loyalty balances): for prefetching, `useSuspenseQuery` and
 * `ensureQueryData`.
 */
export const loyaltyBalancesQueryOptions = (
  client: TalonTransport,
  input: OperationInput<typeof getLoyaltyBalances> | SkipToken,
) => talonQueryOptions(client, getLoyaltyBalances, input);
