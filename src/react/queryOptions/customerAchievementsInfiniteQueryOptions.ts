import type { SkipToken } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import { getCustomerAchievements } from '../../client/operations/getCustomerAchievements.js';
import { talonInfiniteQueryOptions, type PagedInput } from '../core/talonInfiniteQueryOptions.js';

/** Infinite query options of `getCustomerAchievements`, paged with `skip` until the last page. */
export const customerAchievementsInfiniteQueryOptions = (
  client: TalonTransport,
  input: PagedInput<typeof getCustomerAchievements> | SkipToken,
) => talonInfiniteQueryOptions(client, getCustomerAchievements, input);
