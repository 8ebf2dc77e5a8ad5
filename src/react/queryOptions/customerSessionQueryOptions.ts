import type { SkipToken } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { OperationInput } from '../../client/defineOperation.js';
import { getCustomerSession } from '../../client/operations/getCustomerSession.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getCustomerSession` (get a customer session): for prefetching, `useSuspenseQuery` and
 * `ensureQueryData`.
 */
export const customerSessionQueryOptions = (
  client: TalonTransport,
  input: OperationInput<typeof getCustomerSession> | SkipToken,
) => talonQueryOptions(client, getCustomerSession, input);
