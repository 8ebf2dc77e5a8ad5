import type { SkipToken } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import { getCustomerAchievementHistory } from '../../client/operations/getCustomerAchievementHistory.js';
import { talonInfiniteQueryOptions, type PagedInput } from '../core/talonInfiniteQueryOptions.js';

/** Infinite query options of `getCustomerAchievementHistory`, paged with `skip` until the last page. */
export const customerAchievementHistoryInfiniteQueryOptions = (
  client: TalonTransport,
  input: PagedInput<typeof getCustomerAchievementHistory> | SkipToken,
) => talonInfiniteQueryOptions(client, getCustomerAchievementHistory, input);
