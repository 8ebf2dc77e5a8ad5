'use client';
import type { ReferralCodeMessages } from '../../messages/referralCode.js';

type Part = (part: string) => string | undefined;

/** The "Create my code" button, busy while the code is being created, with the failure linked to it. */
export function CreateReferral({
  onCreate,
  pending,
  failed,
  errorId,
  messages: m,
  cls,
}: {
  onCreate: () => void;
  pending: boolean;
  failed: boolean;
  errorId: string;
  messages: ReferralCodeMessages;
  cls: Part;
}) {
  return (
    <>
      <p className={cls('empty')} data-status="empty">
        {m.empty}
      </p>
      {/* aria-disabled, not disabled: the button keeps focus while the code is being created. */}
      <button
        type="button"
        className={cls('create')}
        aria-disabled={pending || undefined}
        aria-describedby={failed ? errorId : undefined}
        data-state={pending ? 'pending' : failed ? 'error' : 'idle'}
        onClick={() => {
          if (!pending) onCreate();
        }}
      >
        {pending ? m.creating : m.create}
      </button>
      {failed && (
        <p id={errorId} className={cls('error')} role="alert" data-status="error">
          {m.createError}
        </p>
      )}
    </>
  );
}
