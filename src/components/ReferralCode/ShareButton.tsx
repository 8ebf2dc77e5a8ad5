'use client';
import type { ReferralCodeMessages } from '../../messages/referralCode.js';
import { useShare } from './useShare.js';

/**
 * Shares the code with the Web Share API. Not rendered on the server nor where the browser has no `navigator.share`;
 * where sharing fails at click time the message is copied instead. The result is announced in a live region.
 */
export function ShareButton({
  code,
  url,
  messages: m,
  className,
  statusClassName,
}: {
  code: string;
  url: string | undefined;
  messages: ReferralCodeMessages;
  className: string | undefined;
  statusClassName: string | undefined;
}) {
  const { supported, state, share } = useShare();
  const announcement =
    state === 'shared' ? m.shared : state === 'copied' ? m.shareCopied : state === 'failed' ? m.shareFailed : '';
  return (
    <>
      {supported && (
        <button
          type="button"
          className={className}
          aria-label={m.shareLabel(code)}
          data-state={state}
          onClick={() =>
            void share({ title: m.shareTitle, text: m.shareText(code), ...(url === undefined ? {} : { url }) })
          }
        >
          {m.share}
        </button>
      )}
      <span className={statusClassName} role="status" data-state={state}>
        {announcement}
      </span>
    </>
  );
}
