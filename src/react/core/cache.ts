import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { IntegrationStateV2 } from '../../schemas/IntegrationStateV2.js';
import type { getCustomerSession } from '../../client/operations/getCustomerSession.js';
import type { TalonReadKey } from '../talonKeys.js';
import { operationKey } from './operationKey.js';

// Not `talonKeys`: the generator of talonKeys loads the cache rules, which import this file.
const sessionKey = (customerSessionId: string) =>
  operationKey('getCustomerSession', { customerSessionId }) as TalonReadKey<typeof getCustomerSession>;

const isProfileKey = (key: QueryKey, integrationId: string) =>
  key[0] === 'talon' &&
  ((key[1] === 'customer_profiles' && key[2] === integrationId) ||
    (key[1] === 'loyalty_programs' && key[3] === 'profile' && key[4] === integrationId));

const sessionProfileId = (data: unknown) =>
  (data as { customerSession?: { profileId?: unknown } } | undefined)?.customerSession?.profileId;

/** Marks stale the inventory, achievements and loyalty reads of these profiles. */
export function invalidateProfiles(queryClient: QueryClient, integrationIds: Iterable<string | undefined>) {
  const ids = [...integrationIds].filter((id): id is string => !!id);
  if (ids.length === 0) return;
  void queryClient.invalidateQueries({ predicate: ({ queryKey }) => ids.some((id) => isProfileKey(queryKey, id)) });
}

/** Drops every read of a profile, its sessions included, as when its data was deleted. */
export function removeProfile(queryClient: QueryClient, integrationId: string) {
  queryClient.removeQueries({
    predicate: (query) =>
      isProfileKey(query.queryKey, integrationId) ||
      (query.queryKey[1] === 'customer_sessions' && sessionProfileId(query.state.data) === integrationId),
  });
}

/** Marks stale every read whose key starts with `['talon', ...segments]`. */
export function invalidatePath(queryClient: QueryClient, ...segments: unknown[]) {
  void queryClient.invalidateQueries({ queryKey: ['talon', ...segments] });
}

/** The profile a cached session belongs to, for writes whose answer does not say. */
export function cachedSessionProfile(queryClient: QueryClient, customerSessionId: string): string | undefined {
  return queryClient.getQueryData(sessionKey(customerSessionId))?.customerSession?.profileId;
}

/** Marks stale every cached profile and every list of profiles, for writes that touch many at once. */
export function invalidateAllProfiles(queryClient: QueryClient) {
  invalidatePath(queryClient, 'customer_profiles');
  invalidatePath(queryClient, 'coupon_reservations');
}

/**
 * Applies the answer of a session write: the session goes into its query (or is marked stale when the answer left
 * it out, through `responseContent`), and the shopper's inventory, loyalty and achievements are marked stale.
 */
export function applySessionState(
  queryClient: QueryClient,
  customerSessionId: string,
  state: IntegrationStateV2,
  profileIdOfRequest?: string,
) {
  invalidateProfiles(queryClient, [state.customerSession?.profileId ?? profileIdOfRequest]);
  if (!state.customerSession) return invalidatePath(queryClient, 'customer_sessions', customerSessionId);
  queryClient.setQueryData(sessionKey(customerSessionId), {
    customerSession: state.customerSession,
    effects: state.effects,
  });
}
