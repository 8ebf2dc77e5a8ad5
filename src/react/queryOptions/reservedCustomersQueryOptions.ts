import type { SkipToken } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { OperationInput } from '../../client/defineOperation.js';
import { getReservedCustomers } from '../../client/operations/getReservedCustomers.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getReservedCustomers` (list the customers that have a coupon reserved): for prefetching,
 * `useSuspenseQuery` and `ensureQueryData`.
 */
export const reservedCustomersQueryOptions = (
  client: TalonTransport,
  input: OperationInput<typeof getReservedCustomers> | SkipToken,
) => talonQueryOptions(client, getReservedCustomers, input);
