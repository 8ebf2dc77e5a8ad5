import type { SkipToken } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { OperationInput } from '../../client/defineOperation.js';
import { getLoyaltyProgramProfileTransactions } from '../../client/operations/getLoyaltyProgramProfileTransactions.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getLoyaltyProgramProfileTransactions` (list a customer's loyalty transactions): for prefetching,
 * `useSuspenseQuery` and `ensureQueryData`.
 */
export const loyaltyProfileTransactionsQueryOptions = (
  client: TalonTransport,
  input: OperationInput<typeof getLoyaltyProgramProfileTransactions> | SkipToken,
) => talonQueryOptions(client, getLoyaltyProgramProfileTransactions, input);
