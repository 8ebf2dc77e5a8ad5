'use client';
import type { CommonMessages } from '../../messages/common.js';

/**
 * The loading, error and empty states every component shares. Loading is a polite status; an error is an alert with
 * a retry button (when the query can be retried).
 */
export function Status({
  state,
  messages,
  empty,
  onRetry,
  className,
}: {
  state: 'loading' | 'error' | 'empty';
  messages: CommonMessages;
  /** What to say when there is nothing to show. */
  empty?: string;
  onRetry?: () => void;
  className?: string | undefined;
}) {
  if (state === 'loading') {
    return (
      <p className={className} role="status" data-status="loading">
        {messages.loading}
      </p>
    );
  }
  if (state === 'error') {
    return (
      <div className={className} role="alert" data-status="error">
        <p>{messages.error}</p>
        {onRetry && (
          <button type="button" onClick={onRetry}>
            {messages.retry}
          </button>
        )}
      </div>
    );
  }
  return (
    <p className={className} data-status="empty">
      {empty}
    </p>
  );
}
