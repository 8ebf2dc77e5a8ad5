import type { SkipToken } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { OperationInput } from '../../client/defineOperation.js';
import { getCustomerAchievements } from '../../client/operations/getCustomerAchievements.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getCustomerAchievements` (list a customer's available achievements): for prefetching,
 * `useSuspenseQuery` and `ensureQueryData`.
 */
export const customerAchievementsQueryOptions = (
  client: TalonTransport,
  input: OperationInput<typeof getCustomerAchievements> | SkipToken,
) => talonQueryOptions(client, getCustomerAchievements, input);
