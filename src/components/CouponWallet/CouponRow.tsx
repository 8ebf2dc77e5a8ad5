'use client';
import { memo, type ReactNode } from 'react';
import type { InventoryCoupon } from '../../schemas/InventoryCoupon.js';
import type { TalonFormat } from '../../react/format/useFormat.js';
import type { CopyState } from '../core/useCopy.js';
import type { SessionCouponStatus } from '../../react/cart/useSessionCoupons.js';
import type { CommonMessages } from '../../messages/common.js';
import type { CouponGroup } from './groupCoupons.js';
import type { CouponWalletMessages } from '../../messages/couponWallet.js';

/** What `renderCoupon` gets besides the coupon: its state in words and the actions the default row offers. */
export interface CouponRenderContext {
  /** The coupon's group: its inventory state (`active`, `pending`, `used`, `expired`, `disabled`). */
  group: CouponGroup;
  /** The date line in words: "Valid until 12 Mar 2026", "Valid from …", "Expired on …" or "No expiry date"; or "". */
  dateText: string;
  /** What else is known, in words: campaign name, description attribute, value or uses left. */
  details: string[];
  /** Copies the code; the wallet announces the result. */
  copy: () => void;
  /** `copied` or `failed` for a moment after this coupon's code was copied, else `idle`. */
  copyState: CopyState;
  /** Adds the code to the cart: only for active coupons, with the wallet's `cart`, once loaded. */
  apply: (() => void) | undefined;
  /** Takes the code out of the cart: only when the cart carries it. */
  remove: (() => void) | undefined;
  /** Whether the cart carries the code and Talon.One accepted or rejected it. */
  cart: SessionCouponStatus | undefined;
  /** This coupon's write under way. */
  busy: 'apply' | 'remove' | undefined;
  /** Another write is under way: actions are ignored until it ends. */
  locked: boolean;
  messages: CouponWalletMessages & { common: CommonMessages };
}

/** Renders a coupon row's content (the wallet wraps it in `<li data-status>`). */
export type RenderCoupon = (coupon: InventoryCoupon, context: CouponRenderContext) => ReactNode;

type Cls = (part?: string, extra?: string) => string | undefined;

interface CouponRowProps {
  coupon: InventoryCoupon;
  group: CouponGroup;
  campaignName: string | undefined;
  descriptionAttribute: string;
  /** The cart is loaded, so its codes can change. */
  cartReady: boolean;
  cart: SessionCouponStatus | undefined;
  busy: 'apply' | 'remove' | undefined;
  locked: boolean;
  copyState: CopyState;
  onCopy: (code: string) => void;
  onApply: (code: string) => void;
  onRemove: (code: string) => void;
  messages: CouponWalletMessages & { common: CommonMessages };
  format: TalonFormat;
  cls: Cls;
  renderCoupon: RenderCoupon | undefined;
}

function dateLine(coupon: InventoryCoupon, group: CouponGroup, m: CouponWalletMessages, format: TalonFormat): string {
  if (group === 'active') return coupon.expiryDate ? m.validUntil(format.date(coupon.expiryDate)) : m.noExpiry;
  if (group === 'pending' && coupon.startDate) return m.validFrom(format.date(coupon.startDate));
  if (group === 'expired' && coupon.expiryDate) return m.expiredOn(format.date(coupon.expiryDate));
  return '';
}

function detailsOf(props: CouponRowProps): string[] {
  const { coupon, group, campaignName, descriptionAttribute, messages: m, format } = props;
  const details: string[] = [];
  if (campaignName) details.push(m.campaign(campaignName));
  const description = coupon.attributes?.[descriptionAttribute];
  if (typeof description === 'string' && description) details.push(description);
  const usable = group === 'active' || group === 'pending';
  if (usable && coupon.discountLimit) {
    const remaining = coupon.discountRemainder ?? coupon.discountLimit - (coupon.discountCounter ?? 0);
    details.push(m.valueLeft(format.money(remaining), format.money(coupon.discountLimit)));
  }
  if (group === 'active' && coupon.usageLimit > 1) {
    const left = Math.max(coupon.usageLimit - coupon.usageCounter, 0);
    details.push(m.usesLeft(format.number(left), left));
  }
  return details;
}

/**
 * One coupon of the wallet. Memoized, with no effects and no formatters of its own, so that a wallet of a thousand
 * coupons renders once and an action re-renders only the rows it changes.
 */
export const CouponRow = memo(function CouponRow(props: CouponRowProps) {
  const { coupon, group, cartReady, cart, busy, locked, copyState, messages: m, cls } = props;
  const code = coupon.value;
  const dateText = dateLine(coupon, group, m, props.format);
  const details = detailsOf(props);
  const inCart = cart !== undefined;
  const apply = cartReady && !inCart && group === 'active' ? () => props.onApply(code) : undefined;
  const remove = cartReady && inCart ? () => props.onRemove(code) : undefined;
  const copy = () => props.onCopy(code);

  let content: ReactNode;
  if (props.renderCoupon) {
    content = props.renderCoupon(coupon, {
      group,
      dateText,
      details,
      copy,
      copyState,
      apply,
      remove,
      cart,
      busy,
      locked,
      messages: m,
    });
  } else {
    const action = apply ?? remove;
    const note = cart
      ? cart.status === 'accepted'
        ? m.inCart
        : m.notAppliedInCart(m.common.couponRejection(cart.reason))
      : '';
    content = (
      <>
        <span className={cls('code')}>{code}</span>
        {details.length > 0 && <span className={cls('details')}>{details.join(' · ')}</span>}
        {dateText && <span className={cls('date')}>{dateText}</span>}
        {note && (
          <span className={cls('cart')} data-status={cart?.status}>
            {note}
          </span>
        )}
        <span className={cls('actions')}>
          <button
            type="button"
            className={cls('copy')}
            aria-label={copyState === 'idle' ? m.copyLabel(code) : undefined}
            data-state={copyState}
            onClick={copy}
          >
            {copyState === 'copied' ? m.common.copied : m.common.copy}
          </button>
          {action && (
            <button
              type="button"
              className={cls(apply ? 'apply' : 'remove')}
              // aria-disabled, not disabled: a disabled button would drop the keyboard focus while the write runs.
              aria-disabled={locked || undefined}
              // The name starts with the visible words (WCAG 2.5.3); while busy, the visible words alone.
              aria-label={busy ? undefined : apply ? m.applyLabel(code) : m.removeLabel(code)}
              data-state={busy ? 'pending' : 'idle'}
              onClick={locked ? undefined : action}
            >
              {busy === 'apply' ? m.applying : busy === 'remove' ? m.removing : apply ? m.apply : m.remove}
            </button>
          )}
        </span>
      </>
    );
  }
  return (
    <li className={cls('coupon')} data-status={group} data-cart={cart?.status}>
      {content}
    </li>
  );
});
