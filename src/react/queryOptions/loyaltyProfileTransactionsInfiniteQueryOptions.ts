import type { SkipToken } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import { getLoyaltyProgramProfileTransactions } from '../../client/operations/getLoyaltyProgramProfileTransactions.js';
import { talonInfiniteQueryOptions, type PagedInput } from '../core/talonInfiniteQueryOptions.js';

/** Infinite query options of `getLoyaltyProgramProfileTransactions`, paged with `skip` until the last page. */
export const loyaltyProfileTransactionsInfiniteQueryOptions = (
  client: TalonTransport,
  input: PagedInput<typeof getLoyaltyProgramProfileTransactions> | SkipToken,
) => talonInfiniteQueryOptions(client, getLoyaltyProgramProfileTransactions, input);
