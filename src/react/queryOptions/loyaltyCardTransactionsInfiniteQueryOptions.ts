import type { SkipToken } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import { getLoyaltyCardTransactions } from '../../client/operations/getLoyaltyCardTransactions.js';
import { talonInfiniteQueryOptions, type PagedInput } from '../core/talonInfiniteQueryOptions.js';

/** Infinite query options of `getLoyaltyCardTransactions`, paged with `skip` until the last page. */
export const loyaltyCardTransactionsInfiniteQueryOptions = (
  client: TalonTransport,
  input: PagedInput<typeof getLoyaltyCardTransactions> | SkipToken,
) => talonInfiniteQueryOptions(client, getLoyaltyCardTransactions, input);
