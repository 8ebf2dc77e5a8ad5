'use client';
import { skipToken } from '@tanstack/react-query';
import { forwardRef, useId, type ReactNode } from 'react';
import { useCustomerInventory } from '../../react/hooks/useCustomerInventory.js';
import { useLoyaltyCardBalances } from '../../react/hooks/useLoyaltyCardBalances.js';
import type { LoyaltyBalance } from '../../schemas/LoyaltyBalance.js';
import type { LoyaltyCard } from '../../schemas/LoyaltyCard.js';
import type { LoyaltyCardProfileRegistration } from '../../schemas/LoyaltyCardProfileRegistration.js';
import { below, Heading } from '../core/Heading.js';
import { Region } from '../core/Region.js';
import type { HeadingLevel, MessagesProp, RootProps, StyleProps } from '../core/StyleProps.js';
import { classNames } from '../core/useClassNames.js';
import { useFormat } from '../../react/format/useFormat.js';
import { useMessages } from '../core/useMessages.js';
import { defaultLoyaltyCardBalanceMessages } from '../../messages/loyaltyCardBalance.js';
import { queryState } from '../../react/core/queryState.js';

/** Props of {@link LoyaltyCardBalance}. */
export interface LoyaltyCardBalanceProps extends StyleProps, RootProps<'section'> {
  /** The card-based loyalty program. Until it is known nothing is fetched and the component shows loading. */
  loyaltyProgramId?: number | undefined;
  /** The card's identifier. Until it is known nothing is fetched and the component shows loading. */
  loyaltyCardId?: string | undefined;
  /**
   * A customer linked to the card, to show the card's status: the balances endpoint does not return it, so it is
   * read from this customer's inventory (`loyalty.cards`), which also gives the card's user limit. Without it, or
   * when the customer is not linked to the card, no status is shown.
   */
  integrationId?: string | undefined;
  /** Only these subledgers in the subledgers' table (all of them by default). */
  subledgerId?: string[] | undefined;
  /** Level of the heading (2 by default; the linked customers' heading is one level below); `false` for none. */
  headingLevel?: HeadingLevel;
  /** Renders one linked customer (the content of its list item), instead of its ID and link date. */
  renderProfile?: (profile: LoyaltyCardProfileRegistration) => ReactNode;
  /** Replacements for any of the words. */
  messages?: MessagesProp<'loyaltyCardBalance'>;
}

const kinds = [
  ['active', 'activePoints'],
  ['pending', 'pendingPoints'],
  ['spent', 'spentPoints'],
  ['expired', 'expiredPoints'],
] as const;

/** `blocked` for an inactive card with a block reason, else its status as Talon.One gives it. */
function cardStatus(card: LoyaltyCard): string {
  return card.status === 'inactive' && card.blockReason ? 'blocked' : card.status;
}

/**
 * A loyalty card's points (`useLoyaltyCardBalances`): active, pending, spent and expired points, the same per
 * subledger in a table, the customers linked to it, and, given the `integrationId` of one of them, its status
 * (active, inactive or blocked, with the block reason) and how many customers may share it.
 *
 * The root has `data-state="loading|error|empty|ready"` (empty: Talon.One does not know the card); the status
 * `data-status="active|inactive|blocked"`; each figure `data-kind`; the customers' part `data-state="full"` when the
 * card is at its user limit.
 *
 * Any other prop (`id`, `style`, `aria-*`, `data-*`, event handlers) goes to the root `<section>`, and so does `ref`.
 *
 * @example
 * <LoyaltyCardBalance loyaltyProgramId={2} loyaltyCardId="DEMO-CARD-0001" integrationId={shopper.id} />
 */
export const LoyaltyCardBalance = forwardRef<HTMLElement, LoyaltyCardBalanceProps>(function LoyaltyCardBalance(
  {
    loyaltyProgramId,
    loyaltyCardId,
    integrationId,
    subledgerId,
    headingLevel = 2,
    renderProfile,
    messages,
    className,
    unstyled,
    ...rest
  },
  ref,
) {
  const m = useMessages('loyaltyCardBalance', defaultLoyaltyCardBalanceMessages, messages);
  const f = useFormat();
  const cls = classNames('loyalty-card-balance', unstyled);
  const profilesId = useId();
  const ids = loyaltyProgramId !== undefined && loyaltyCardId ? { loyaltyProgramId, loyaltyCardId } : undefined;
  const query = useLoyaltyCardBalances(ids ? { ...ids, ...(subledgerId ? { subledgerId } : {}) } : skipToken);
  const inventory = useCustomerInventory(ids && integrationId ? { integrationId, loyalty: true } : skipToken);
  const card = inventory.data?.loyalty?.cards?.find(
    (candidate) => candidate.identifier === loyaltyCardId && candidate.programID === loyaltyProgramId,
  );
  const { notFound, failed, refreshFailed } = queryState(query);
  const state = query.isPending ? 'loading' : notFound ? 'empty' : failed ? 'error' : 'ready';

  let body: ReactNode;
  if (state === 'ready' && query.data) {
    const { balance = {}, subledgerBalances = {}, profiles = [] } = query.data;
    const subledgers = Object.entries(subledgerBalances);
    const status = card && cardStatus(card);
    const limit = card?.usersPerCardLimit;
    const full = limit !== undefined && limit > 0 && profiles.length >= limit;
    const value = (balance: LoyaltyBalance, kind: (typeof kinds)[number][1] | 'negativePoints') =>
      f.points(balance[kind] ?? 0);
    body = (
      <>
        <dl className={cls('figures')}>
          {status && (
            <div className={cls('figure')} data-kind="status" data-status={status}>
              <dt className={cls('label')}>{m.statusLabel}</dt>
              <dd className={cls('value')}>
                {m.status(status)}
                {card.blockReason && ` ${m.blockReason(card.blockReason)}`}
              </dd>
            </div>
          )}
          {kinds.map(([kind, key]) => (
            <div className={cls('figure')} data-kind={kind} key={kind}>
              <dt className={cls('label')}>{m[key]}</dt>
              <dd className={cls('value')}>{value(balance, key)}</dd>
            </div>
          ))}
          {(balance.negativePoints ?? 0) > 0 && (
            <div className={cls('figure')} data-kind="negative">
              <dt className={cls('label')}>{m.negativePoints}</dt>
              <dd className={cls('value')}>{value(balance, 'negativePoints')}</dd>
            </div>
          )}
        </dl>
        {subledgers.length > 0 && (
          <table className={cls('subledgers')}>
            <caption className={cls('caption')}>{m.subledgers}</caption>
            <thead>
              <tr>
                <th scope="col">{m.subledger}</th>
                {kinds.map(([kind, key]) => (
                  <th scope="col" key={kind} data-kind={kind}>
                    {m[key]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {subledgers.map(([id, subledger]) => (
                <tr key={id} data-subledger={id}>
                  <th scope="row">{id}</th>
                  {kinds.map(([kind, key]) => (
                    <td key={kind} data-kind={kind}>
                      {value(subledger, key)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className={cls('profiles')} data-state={full ? 'full' : undefined}>
          <Heading level={below(headingLevel)} id={profilesId} className={cls('profiles-title')}>
            {m.profiles}
          </Heading>
          {limit !== undefined && (
            <p className={cls('profile-count')}>
              {m.profileCount(
                f.number(profiles.length),
                limit > 0 ? f.number(limit) : '',
                limit > 0 ? limit : profiles.length,
              )}
            </p>
          )}
          {profiles.length > 0 ? (
            <ul className={cls('profile-list')} aria-labelledby={profilesId}>
              {profiles.map((profile) => (
                <li key={profile.integrationId} className={cls('profile')}>
                  {renderProfile ? renderProfile(profile) : m.profile(profile.integrationId, f.date(profile.timestamp))}
                </li>
              ))}
            </ul>
          ) : (
            <p className={cls('empty')} data-status="empty">
              {m.noProfiles}
            </p>
          )}
        </div>
      </>
    );
  }

  return (
    <Region
      ref={ref}
      cls={cls}
      className={className}
      state={state}
      title={m.title(loyaltyCardId ?? '')}
      headingLevel={headingLevel}
      common={m.common}
      empty={m.notFound}
      onRetry={() => void query.refetch()}
      refreshFailed={refreshFailed}
      rootProps={rest}
    >
      {body}
    </Region>
  );
});
