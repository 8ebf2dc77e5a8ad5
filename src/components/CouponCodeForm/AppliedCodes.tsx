'use client';
import type { ReactNode } from 'react';
import { Heading } from '../core/Heading.js';
import type { HeadingLevel } from '../core/StyleProps.js';
import type { SessionCouponStatus } from '../../react/cart/useSessionCoupons.js';
import type { CommonMessages } from '../../messages/common.js';
import type { CouponCodeFormMessages } from '../../messages/couponCodeForm.js';

/** What `renderCode` gets besides the code. */
export interface AppliedCodeContext {
  /** Whether Talon.One accepted the code or rejected it (with its reason code); `undefined` if the cart says neither. */
  status: SessionCouponStatus | undefined;
  /** The status in words: "Applied", or "Not applied: This code has expired.". */
  statusText: string;
  /** Takes the code out of the cart; focus then moves to the next code's remove button, or to the text field. */
  remove: () => void;
  /** Put on your remove button (`ref={removeButtonRef}`) so the focus can move to it after another code's removal. */
  removeButtonRef: (button: HTMLButtonElement | null) => void;
  /** `true` while this code is being removed. */
  busy: boolean;
  /** Another write is under way: actions are ignored until it ends. */
  locked: boolean;
  messages: CouponCodeFormMessages & { common: CommonMessages };
}

/** Renders a code of the cart yourself (the form keeps the `<li data-status>` around it). */
export type RenderCode = (code: string, context: AppliedCodeContext) => ReactNode;

type Cls = (part?: string, extra?: string) => string | undefined;

/** The codes the cart carries, each with its status and a remove button. */
export function AppliedCodes({
  codes,
  statusOf,
  busyCode,
  locked,
  onRemove,
  registerButton,
  messages: m,
  cls,
  titleId,
  headingLevel,
  renderCode,
}: {
  codes: readonly string[];
  statusOf: (code: string) => SessionCouponStatus | undefined;
  busyCode: string | undefined;
  locked: boolean;
  onRemove: (code: string) => void;
  registerButton: (code: string, button: HTMLButtonElement | null) => void;
  messages: CouponCodeFormMessages & { common: CommonMessages };
  cls: Cls;
  titleId: string;
  /** The level of the title; `false`: a paragraph. */
  headingLevel: HeadingLevel;
  renderCode: RenderCode | undefined;
}) {
  return (
    <div className={cls('applied')}>
      <Heading level={headingLevel} id={titleId} className={cls('applied-title')}>
        {m.appliedTitle}
      </Heading>
      <ul className={cls('list')} aria-labelledby={titleId}>
        {codes.map((code) => {
          const status = statusOf(code);
          const statusText = !status
            ? ''
            : status.status === 'accepted'
              ? m.statusAccepted
              : m.statusRejected(m.common.couponRejection(status.reason));
          const busy = busyCode === code;
          const remove = () => onRemove(code);
          const removeButtonRef = (button: HTMLButtonElement | null) => registerButton(code, button);
          return (
            <li key={code} className={cls('code')} data-status={status?.status}>
              {renderCode ? (
                renderCode(code, { status, statusText, remove, removeButtonRef, busy, locked, messages: m })
              ) : (
                <>
                  <span className={cls('value')}>{code}</span>
                  {statusText && (
                    <span className={cls('code-status')} data-status={status?.status}>
                      {statusText}
                    </span>
                  )}
                  <button
                    ref={removeButtonRef}
                    type="button"
                    className={cls('remove')}
                    aria-label={busy ? undefined : m.removeLabel(code)}
                    // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
                    aria-disabled={locked || undefined}
                    data-state={busy ? 'pending' : 'idle'}
                    onClick={locked ? undefined : remove}
                  >
                    {busy ? m.removing : m.remove}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
