'use client';
import { skipToken } from '@tanstack/react-query';
import { forwardRef, useCallback, useId, useMemo, useState } from 'react';
import { useCustomerInventory } from '../../react/hooks/useCustomerInventory.js';
import { shopperInventoryInput } from '../core/shopperInventory.js';
import type { InventoryCoupon } from '../../schemas/InventoryCoupon.js';
import { announceOutcome } from '../core/announceOutcome.js';
import { below, Heading } from '../core/Heading.js';
import { Region } from '../core/Region.js';
import type { HeadingLevel, MessagesProp, RootProps, StyleProps } from '../core/StyleProps.js';
import { classNames } from '../core/useClassNames.js';
import { useCopy } from '../core/useCopy.js';
import { useFormat } from '../../react/format/useFormat.js';
import type { SessionCoupons } from '../../react/cart/useSessionCoupons.js';
import { useMessages } from '../core/useMessages.js';
import { CouponRow, type RenderCoupon } from './CouponRow.js';
import { couponGroups, groupCoupons, type CouponGroup } from './groupCoupons.js';
import { defaultCouponWalletMessages, type CouponWalletMessages } from '../../messages/couponWallet.js';
import { queryState } from '../../react/core/queryState.js';

export type { CouponRenderContext, RenderCoupon } from './CouponRow.js';
export type { CouponGroup } from './groupCoupons.js';

/** Props of {@link CouponWallet}. */
export interface CouponWalletProps extends StyleProps, RootProps<'section'> {
  /**
   * The customer whose coupons to show (`getCustomerInventory` with coupons and referrals: the inventory
   * `ReferralCode` reads too, one request for both). Until it is known nothing is requested: loading.
   */
  integrationId?: string | undefined;
  /**
   * The cart to apply codes to: `cart={useSessionCoupons(cartId)}`. With it, active coupons get an "Apply to cart"
   * button (a code the cart carries gets "Remove from cart"), and the outcome, accepted or rejected with the reason in
   * words, is announced. Without it the wallet loads none of the customer session's code.
   */
  cart?: SessionCoupons | undefined;
  /**
   * Also show coupons of campaigns that are not running (inventory state `disabled`, and states newer than the kit),
   * in their own "Unavailable" group after the others. Default `false`: they cannot be used, so they are hidden.
   */
  showDisabled?: boolean;
  /**
   * Campaign names by campaign ID. The inventory only carries a coupon's `campaignId` (campaign names come from the
   * Management API, which a storefront does not call), so pass the names your app knows to show them.
   */
  campaignNames?: Readonly<Record<number, string>>;
  /**
   * The coupon attribute whose text describes the coupon ("10% off your next order"), shown when it is a string.
   * Default `description`. The inventory has no discount value: a coupon's value lives in its campaign's rules.
   */
  descriptionAttribute?: string;
  /** The level of the wallet's heading; groups get the next level. `false`: no headings. Default 2. */
  headingLevel?: HeadingLevel;
  /**
   * Renders a coupon's content yourself (the wallet keeps the `<li data-status>` around it, the grouping and the
   * announcements): `renderCoupon={(coupon, { apply, copy, copyState, cart, dateText }) => <MyCoupon ... />}`.
   */
  renderCoupon?: RenderCoupon;
  /** Replacements for any of the wallet's words. */
  messages?: MessagesProp<'couponWallet'>;
}

const groupTitle = (group: CouponGroup, m: CouponWalletMessages) =>
  ({
    active: m.groupActive,
    pending: m.groupPending,
    used: m.groupUsed,
    expired: m.groupExpired,
    disabled: m.groupDisabled,
  })[group];

const noCoupons: readonly InventoryCoupon[] = [];

/**
 * The customer's coupons, grouped by state (ready to use, coming soon, used, expired), each with its code, what is
 * known of its value and campaign, its dates in the shopper's locale, a copy button and, given a
 * `cart`, an "Apply to cart" button whose outcome is announced in a live region.
 *
 * `data-state` on the root: `loading`, `error`, `empty` or `ready`; each coupon's `<li>` has `data-status` (its group)
 * and `data-cart` (`accepted` or `rejected` when the cart carries it).
 *
 * Any other prop (`id`, `style`, `aria-*`, `data-*`, event handlers) goes to the root `<section>`, and so does `ref`.
 *
 * @example
 * <CouponWallet integrationId={shopperId} cart={useSessionCoupons(cartId)} campaignNames={{ 1: 'Welcome offer' }} />
 */
export const CouponWallet = forwardRef<HTMLElement, CouponWalletProps>(function CouponWallet(
  {
    integrationId,
    cart,
    showDisabled = false,
    campaignNames,
    descriptionAttribute = 'description',
    headingLevel = 2,
    renderCoupon,
    messages,
    className,
    unstyled,
    ...rest
  },
  ref,
) {
  const m = useMessages('couponWallet', defaultCouponWalletMessages, messages);
  const baseFormat = useFormat();
  // Coupons of a batch share their dates: format each date once, not once per row.
  const format = useMemo(() => {
    const dates = new Map<string, string>();
    const date = (value: string | Date) => {
      if (typeof value !== 'string') return baseFormat.date(value);
      let text = dates.get(value);
      if (text === undefined) dates.set(value, (text = baseFormat.date(value)));
      return text;
    };
    return { ...baseFormat, date };
  }, [baseFormat]);
  const cls = useMemo(() => classNames('coupon-wallet', unstyled), [unstyled]);
  const id = useId();
  const inventory = useCustomerInventory(integrationId ? shopperInventoryInput(integrationId) : skipToken);
  const { state: copyState, copy } = useCopy();
  const [copied, setCopied] = useState<string>();
  const [notice, setNotice] = useState<'copy' | 'cart'>();

  const coupons = inventory.data?.coupons ?? noCoupons;
  const groups = useMemo(() => groupCoupons(coupons), [coupons]);
  const shown = couponGroups.filter((group) => groups[group].length > 0 && (group !== 'disabled' || showDisabled));

  const apply = cart?.apply;
  const remove = cart?.remove;
  const onCopy = useCallback(
    (code: string) => {
      setCopied(code);
      setNotice('copy');
      void copy(code);
    },
    [copy],
  );
  const onApply = useCallback(
    (code: string) => {
      setNotice('cart');
      void apply?.(code);
    },
    [apply],
  );
  const onRemove = useCallback(
    (code: string) => {
      setNotice('cart');
      void remove?.(code);
    },
    [remove],
  );

  // Talon.One answers 404 for a customer it has not seen yet: a customer without coupons.
  const { notFound: unknownCustomer, failed, refreshFailed } = queryState(inventory);
  const state = unknownCustomer
    ? 'empty'
    : failed
      ? 'error'
      : inventory.data
        ? shown.length
          ? 'ready'
          : 'empty'
        : 'loading';
  const cartReady = cart?.state === 'ready';
  const locked = cart?.pending !== undefined;
  const announcement =
    notice === 'copy' && copied
      ? copyState === 'copied'
        ? m.copiedCode(copied)
        : copyState === 'failed'
          ? m.common.copyFailed
          : ''
      : notice === 'cart' && cart?.outcome
        ? announceOutcome(cart.outcome, m)
        : '';
  const announced = notice === 'copy' ? copyState : cart?.outcome?.status;

  return (
    <Region
      ref={ref}
      cls={cls}
      className={className}
      state={state}
      title={m.title}
      headingLevel={headingLevel}
      common={m.common}
      empty={m.empty}
      onRetry={() => void inventory.refetch()}
      refreshFailed={refreshFailed}
      rootProps={rest}
      before={
        <>
          {cart?.state === 'error' && state === 'ready' && (
            <div className={cls('cart-error')} role="alert" data-status="error">
              <p>{m.cartError}</p>
              <button type="button" onClick={cart.retry}>
                {m.common.retry}
              </button>
            </div>
          )}
          <p className={cls('announcement')} role="status" data-status={announced}>
            {announcement && (
              <span key={notice === 'cart' ? cart?.outcomeKey : `copy-${copyState}`}>{announcement}</span>
            )}
          </p>
        </>
      }
    >
      {shown.map((group) => (
        <div key={group} className={cls('group')} data-status={group}>
          <Heading level={below(headingLevel)} id={`${id}-${group}`} className={cls('group-title')}>
            {groupTitle(group, m)}
          </Heading>
          <ul className={cls('list')} aria-labelledby={`${id}-${group}`}>
            {groups[group].map((coupon) => {
              const pending = cart?.pending?.code === coupon.value ? cart.pending.action : undefined;
              return (
                <CouponRow
                  key={coupon.id}
                  coupon={coupon}
                  group={group}
                  campaignName={campaignNames?.[coupon.campaignId]}
                  descriptionAttribute={descriptionAttribute}
                  cartReady={cartReady}
                  cart={cart?.statusOf(coupon.value)}
                  busy={pending}
                  locked={locked}
                  copyState={copied === coupon.value ? copyState : 'idle'}
                  onCopy={onCopy}
                  onApply={onApply}
                  onRemove={onRemove}
                  messages={m}
                  format={format}
                  cls={cls}
                  renderCoupon={renderCoupon}
                />
              );
            })}
          </ul>
        </div>
      ))}
    </Region>
  );
});
