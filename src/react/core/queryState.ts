import { TalonApiError } from '../../client/errors/TalonApiError.js';

interface ReadState {
  isError: boolean;
  error: unknown;
  data: unknown;
}

/**
 * What a component shows of a read that failed. Only a read with nothing to show is an error: when a background
 * refetch fails (every cart update marks the shopper's reads stale), the data stays on screen and `refreshFailed`
 * says so beside it. Talon.One's 404 is a customer, card or session it has not seen yet: empty, not an error.
 */
export function queryState(query: ReadState): { notFound: boolean; failed: boolean; refreshFailed: boolean } {
  const shown = query.data !== undefined;
  const notFound = !shown && query.error instanceof TalonApiError && query.error.status === 404;
  return { notFound, failed: query.isError && !shown && !notFound, refreshFailed: query.isError && shown };
}
