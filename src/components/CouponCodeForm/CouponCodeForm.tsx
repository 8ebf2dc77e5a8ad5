'use client';
import { forwardRef, useCallback, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { announceOutcome } from '../core/announceOutcome.js';
import { RefreshNotice } from '../core/RefreshNotice.js';
import { Status } from '../core/Status.js';
import type { HeadingLevel, MessagesProp, RootProps, StyleProps } from '../core/StyleProps.js';
import { classNames } from '../core/useClassNames.js';
import { useSessionCoupons } from '../../react/cart/useSessionCoupons.js';
import { useMessages } from '../core/useMessages.js';
import { AppliedCodes, type RenderCode } from './AppliedCodes.js';
import { defaultCouponCodeFormMessages } from '../../messages/couponCodeForm.js';

export type { AppliedCodeContext, RenderCode } from './AppliedCodes.js';

/** Props of {@link CouponCodeForm}. */
export interface CouponCodeFormProps extends StyleProps, RootProps<'div'> {
  /** The cart (customer session) the codes go to. Until it is known nothing is requested: loading. */
  customerSessionId?: string | undefined;
  /**
   * The customer, sent as the session's `profileId` when the first code creates the session. Leave it out for a
   * guest's (anonymous) session. An existing session keeps its profile.
   */
  integrationId?: string | undefined;
  /** The level of the "Codes in your cart" heading; `false` for none (a paragraph labels the list). Default 3. */
  headingLevel?: HeadingLevel;
  /**
   * Renders a code of the cart yourself (the form keeps the `<li data-status>`):
   * `renderCode={(code, { statusText, remove, removeButtonRef }) => ...}`.
   */
  renderCode?: RenderCode;
  /** Replacements for any of the form's words. */
  messages?: MessagesProp<'couponCodeForm'>;
}

/**
 * A coupon code field for the cart: type a code and apply it to the session, hear whether Talon.One accepted it or
 * why it rejected it (a polite live region), and remove codes the cart carries. An empty code is refused with a
 * message tied to the field (`aria-describedby`). The submit button is disabled while a write runs; the focus stays
 * in the field after an apply, and moves to the next code (or back to the field) after a remove.
 *
 * A rejected code stays in the session's `couponCodes`, as Talon.One keeps it: it is listed as not applied, with the
 * reason in words and a remove button, and stays in the field to correct.
 *
 * `data-state` on the root: `loading` (the session), `error`, `empty` (no codes yet) or `ready`; each code's `<li>`
 * has `data-status` `accepted` or `rejected`.
 *
 * Any other prop (`id`, `style`, `aria-*`, `data-*`, event handlers) goes to the root `<div>`, and so does `ref`.
 *
 * @example
 * <CouponCodeForm customerSessionId={cartId} integrationId={shopperId} />
 */
export const CouponCodeForm = forwardRef<HTMLDivElement, CouponCodeFormProps>(function CouponCodeForm(
  { customerSessionId, integrationId, headingLevel = 3, renderCode, messages, className, unstyled, ...rest },
  ref,
) {
  const m = useMessages('couponCodeForm', defaultCouponCodeFormMessages, messages);
  const cls = useMemo(() => classNames('coupon-code-form', unstyled), [unstyled]);
  const id = useId();
  const cart = useSessionCoupons(customerSessionId, integrationId);
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const { apply, remove, codes } = cart;
  const pending = cart.pending !== undefined;
  const ready = cart.state === 'ready';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending || !ready) return;
    const code = value.trim();
    if (!code) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    const outcome = await apply(code);
    if (outcome.status === 'accepted') setValue('');
    // The submit button was disabled meanwhile: bring the focus back for the next code.
    input.current?.focus();
  };

  const registerButton = useCallback((code: string, button: HTMLButtonElement | null) => {
    if (button) buttons.current.set(code, button);
    else buttons.current.delete(code);
  }, []);

  const onRemove = useCallback(
    async (code: string) => {
      const index = codes.indexOf(code);
      const next = codes[index + 1] ?? codes[index - 1];
      const outcome = await remove(code);
      if (outcome.status !== 'removed') return;
      // The focus was on the removed code's button: move it to the next code, else the previous, else the field.
      const target = next === undefined ? undefined : buttons.current.get(next);
      if (target) target.focus();
      else input.current?.focus();
    },
    [codes, remove],
  );

  const state = cart.state === 'error' ? 'error' : ready ? (codes.length ? 'ready' : 'empty') : 'loading';
  const errorId = `${id}-error`;

  return (
    <div {...rest} ref={ref} className={cls(undefined, className)} data-state={state}>
      <form className={cls('form')} noValidate onSubmit={(event) => void onSubmit(event)}>
        <label htmlFor={`${id}-code`} className={cls('label')}>
          {m.label}
        </label>
        <div className={cls('field')}>
          <input
            ref={input}
            id={`${id}-code`}
            name="couponCode"
            className={cls('input')}
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={value}
            readOnly={pending}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? errorId : undefined}
            onChange={(event) => {
              setValue(event.target.value);
              if (invalid) setInvalid(false);
            }}
          />
          <button
            type="submit"
            className={cls('submit')}
            disabled={pending || !ready}
            data-state={cart.pending?.action === 'apply' ? 'pending' : 'idle'}
          >
            {cart.pending?.action === 'apply' ? m.applying : m.submit}
          </button>
        </div>
        {invalid && (
          <p id={errorId} className={cls('error')} data-status="error">
            {m.emptyCode}
          </p>
        )}
      </form>
      <p className={cls('announcement')} role="status" data-status={cart.outcome?.status}>
        {cart.outcome && <span key={cart.outcomeKey}>{announceOutcome(cart.outcome, m)}</span>}
      </p>
      {state === 'loading' && <Status state="loading" messages={m.common} className={cls('status')} />}
      {state === 'error' && <Status state="error" messages={m.common} onRetry={cart.retry} className={cls('status')} />}
      {cart.refreshFailed && <RefreshNotice cls={cls} common={m.common} onRetry={cart.retry} />}
      {codes.length > 0 && (
        <AppliedCodes
          codes={codes}
          statusOf={cart.statusOf}
          busyCode={cart.pending?.action === 'remove' ? cart.pending.code : undefined}
          locked={pending}
          onRemove={(code) => void onRemove(code)}
          registerButton={registerButton}
          messages={m}
          cls={cls}
          titleId={`${id}-applied`}
          headingLevel={headingLevel}
          renderCode={renderCode}
        />
      )}
    </div>
  );
});
