'use client';
import type { CommonMessages } from '../../messages/common.js';
import type { ClassNames } from './useClassNames.js';

/**
 * A background refetch failed while the data stays on screen: a polite status beside it, with a retry. Polite, not an
 * alert: what the shopper sees is still the last good answer.
 */
export function RefreshNotice({
  cls,
  common,
  onRetry,
}: {
  cls: ClassNames;
  common: CommonMessages;
  onRetry?: () => void;
}) {
  return (
    <p role="status" className={cls('refresh')} data-state="refresh-failed">
      {common.refreshFailed}{' '}
      <button type="button" className={cls('retry')} onClick={onRetry}>
        {common.retry}
      </button>
    </p>
  );
}
