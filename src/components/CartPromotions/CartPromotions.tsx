'use client';
import { forwardRef, useId, useMemo, type ReactNode } from 'react';
import type { CartNotification } from '../../effects/CartEffectsSummary.js';
import { summarizeEffects } from '../../effects/summarizeEffects.js';
import { useCartSummary } from '../../react/cart/useCartSummary.js';
import { below, Heading } from '../core/Heading.js';
import { Region } from '../core/Region.js';
import type { HeadingLevel, MessagesProp, RootProps, StyleProps } from '../core/StyleProps.js';
import { classNames } from '../core/useClassNames.js';
import { useFormat } from '../../react/format/useFormat.js';
import { useMessages } from '../core/useMessages.js';
import { codeLines, discountLines, pointsLines } from './cartPromotionRows.js';
import { defaultCartPromotionsMessages } from '../../messages/cartPromotions.js';
import { queryState } from '../../react/core/queryState.js';

/** Props of {@link CartPromotions}. */
export interface CartPromotionsProps extends StyleProps, RootProps<'section'> {
  /** The cart (customer session) whose effects to show. Until it is known nothing is requested: loading. */
  customerSessionId?: string | undefined;
  /**
   * Campaign names by campaign ID, shown for the discounts of those campaigns. A session carries no campaign names
   * (only an update with `responseContent: ['triggeredCampaigns']` returns them), so a discount is otherwise named
   * by its effect's `name`, else its rule's name.
   */
  campaignNames?: Readonly<Record<number, string>>;
  /** The level of the heading; each part (discounts, points, ...) gets the next level. `false`: no headings. Default 2. */
  headingLevel?: HeadingLevel;
  /** Renders a campaign's notification (`showNotification`) yourself, inside its `<li data-type>`. */
  renderNotification?: (notification: CartNotification) => ReactNode;
  /** Replacements for any of the words. */
  messages?: MessagesProp<'cartPromotions'>;
}

/**
 * What the cart gets from the running campaigns, as a shopper reads it: each discount with its name and amount, the
 * total saved, free items, the loyalty points the order earns (and spends), the codes applied or rejected (with the
 * reason in words), and the campaigns' notifications. Read from the session's effects (`useCustomerSession`), so it
 * follows every session write made with the hooks (`CouponCodeForm`, `CouponWallet`, your cart).
 *
 * `data-state` on the root: `loading`, `error`, `empty` (nothing applies, or the session does not exist yet) or
 * `ready`; each part has `data-kind` (`discounts`, `free-items`, `points`, `codes`, `notifications`), each code
 * `data-status` (`accepted`, `rejected`).
 *
 * Any other prop (`id`, `style`, `aria-*`, `data-*`, event handlers) goes to the root `<section>`, and so does `ref`.
 *
 * @example
 * <CartPromotions customerSessionId={cartId} />
 */
export const CartPromotions = forwardRef<HTMLElement, CartPromotionsProps>(function CartPromotions(
  { customerSessionId, campaignNames, headingLevel = 2, renderNotification, messages, className, unstyled, ...rest },
  ref,
) {
  const m = useMessages('cartPromotions', defaultCartPromotionsMessages, messages);
  const format = useFormat();
  const cls = useMemo(() => classNames('cart-promotions', unstyled), [unstyled]);
  const id = useId();
  // The summary every other reader of this session shares: computed once per answer, not once per component.
  const session = useCartSummary(customerSessionId);
  const summary = useMemo(() => session.data ?? summarizeEffects(undefined), [session.data]);
  const discounts = useMemo(() => discountLines(summary, campaignNames), [summary, campaignNames]);
  const points = useMemo(() => pointsLines(summary), [summary]);
  const codes = useMemo(() => codeLines(summary), [summary]);
  const { freeItems, notifications } = summary;
  const spent = summary.loyalty.pointsDeducted;

  const hasContent =
    discounts.length + points.length + codes.length + freeItems.length + notifications.length > 0 || spent > 0;
  // A session Talon.One does not know yet (404) is a cart nothing applies to.
  const { notFound, failed, refreshFailed } = queryState(session);
  const state = notFound ? 'empty' : failed ? 'error' : session.data ? (hasContent ? 'ready' : 'empty') : 'loading';

  const part = (kind: string, title: string, content: ReactNode) => (
    <div className={cls('part')} data-kind={kind}>
      <Heading level={below(headingLevel)} id={`${id}-${kind}`} className={cls('part-title')}>
        {title}
      </Heading>
      {content}
    </div>
  );
  const pointsText = (value: number) => m.points(format.points(value), value);
  const singleProgram = new Set(points.map((line) => line.programId)).size === 1;

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
      onRetry={() => void session.refetch()}
      refreshFailed={refreshFailed}
      rootProps={rest}
    >
      {discounts.length > 0 &&
        part(
          'discounts',
          m.discountsTitle,
          <dl className={cls('figures')} aria-labelledby={`${id}-discounts`}>
            {discounts.map((line) => (
              <div key={line.key} className={cls('figure')} data-kind="discount" data-campaign={line.campaignId}>
                <dt>{line.label || m.discountFallback}</dt>
                <dd>{format.money(-line.value)}</dd>
              </div>
            ))}
            <div className={cls('figure')} data-kind="total">
              <dt>{m.totalSaved}</dt>
              <dd>{format.money(summary.totalDiscount)}</dd>
            </div>
          </dl>,
        )}
      {freeItems.length > 0 &&
        part(
          'free-items',
          m.freeItemsTitle,
          <ul className={cls('list')} aria-labelledby={`${id}-free-items`}>
            {freeItems.map((item, index) => {
              const name = item.name || item.sku;
              const quantity = item.desiredQuantity ?? 1;
              return (
                <li key={`${item.sku}-${index}`} data-sku={item.sku}>
                  {quantity > 1 ? m.freeItemQuantity(name, format.number(quantity)) : name}
                </li>
              );
            })}
          </ul>,
        )}
      {(points.length > 0 || spent > 0) &&
        part(
          'points',
          m.pointsTitle,
          <dl className={cls('figures')} aria-labelledby={`${id}-points`}>
            {points.map((line) => (
              <div key={line.key} className={cls('figure')} data-kind="earned" data-program={line.programId}>
                <dt>{line.label || m.pointsTotal}</dt>
                <dd>
                  {line.startDate
                    ? m.pointsFrom(format.points(line.value), line.value, format.date(line.startDate))
                    : pointsText(line.value)}
                </dd>
              </div>
            ))}
            {points.length > 1 && singleProgram && (
              <div className={cls('figure')} data-kind="total-earned">
                <dt>{m.pointsTotal}</dt>
                <dd>{pointsText(summary.loyalty.pointsAdded)}</dd>
              </div>
            )}
            {spent > 0 && (
              <div className={cls('figure')} data-kind="spent">
                <dt>{m.pointsSpent}</dt>
                <dd>{pointsText(spent)}</dd>
              </div>
            )}
          </dl>,
        )}
      {codes.length > 0 &&
        part(
          'codes',
          m.codesTitle,
          <ul className={cls('list')} aria-labelledby={`${id}-codes`}>
            {codes.map((line) => (
              <li key={line.key} className={cls('code')} data-status={line.status} data-kind={line.kind}>
                {line.status === 'accepted'
                  ? m.codeAccepted(line.code)
                  : m.codeRejected(
                      line.code,
                      line.kind === 'coupon'
                        ? m.common.couponRejection(line.reason ?? '')
                        : m.common.referralRejection(line.reason ?? ''),
                    )}
              </li>
            ))}
          </ul>,
        )}
      {notifications.length > 0 &&
        part(
          'notifications',
          m.notificationsTitle,
          <ul className={cls('list')} aria-labelledby={`${id}-notifications`}>
            {notifications.map((notification, index) => (
              <li key={index} className={cls('notification')} data-type={notification.notificationType || undefined}>
                {renderNotification ? (
                  renderNotification(notification)
                ) : (
                  <>
                    {notification.title && <strong>{notification.title}</strong>} {notification.body}
                  </>
                )}
              </li>
            ))}
          </ul>,
        )}
    </Region>
  );
});
