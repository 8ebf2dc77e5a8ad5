import type { SkipToken } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { OperationInput } from '../../client/defineOperation.js';
import { getCustomerAchievementHistory } from '../../client/operations/getCustomerAchievementHistory.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getCustomerAchievementHistory` (list a customer's history of one achievement): for prefetching,
 * `useSuspenseQuery` and `ensureQueryData`.
 */
export const customerAchievementHistoryQueryOptions = (
  client: TalonTransport,
  input: OperationInput<typeof getCustomerAchievementHistory> | SkipToken,
) => talonQueryOptions(client, getCustomerAchievementHistory, input);
