import { getCustomerSession } from '../../client/operations/getCustomerSession.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getCustomerSession` (get a customer session): for prefetching, `useSuspenseQuery` and
 * `ensureQueryData`.
 */
export const customerSessionQueryOptions = talonQueryOptions(getCustomerSession);
