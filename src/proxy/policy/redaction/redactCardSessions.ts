import type { SessionIds } from '../../sessions/SessionIds.js';
import { redacted } from './redactCustomers.js';

interface LedgerPage {
  data?: Array<{ customerProfileID?: string; customerSessionId?: string; [key: string]: unknown }>;
  [key: string]: unknown;
}

/**
 * A shared card's ledger names the sessions of all its holders. A session ID is the shopper's when the entry says so
 * (`customerProfileID`) or when it was minted for them; any other is redacted: shops often build session IDs from
 * customers' names or e-mail addresses.
 */
export async function redactCardSessions<T>(page: T, shopperId: string | null, sessions: SessionIds): Promise<T> {
  const entries = (page as LedgerPage | undefined)?.data;
  if (!Array.isArray(entries)) return page;
  const own = async (entry: NonNullable<LedgerPage['data']>[number]) =>
    typeof entry.customerSessionId !== 'string' ||
    (shopperId !== null &&
      (entry.customerProfileID === shopperId || (await sessions.isMintedFor(entry.customerSessionId, shopperId))));
  const kept = await Promise.all(entries.map(own));
  if (kept.every(Boolean)) return page;
  return {
    ...(page as LedgerPage),
    data: entries.map((entry, index) => (kept[index] ? entry : { ...entry, customerSessionId: redacted })),
  } as T;
}
