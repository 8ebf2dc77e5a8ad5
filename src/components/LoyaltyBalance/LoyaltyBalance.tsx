'use client';
import { skipToken } from '@tanstack/react-query';
import { forwardRef, type ReactNode } from 'react';
import { useLoyaltyBalances } from '../../react/hooks/useLoyaltyBalances.js';
import { loyaltyBalanceInput } from './loyaltyBalanceQueries.js';
import type { LoyaltyBalanceWithTier } from '../../schemas/LoyaltyBalanceWithTier.js';
import { ProgressBar } from '../core/ProgressBar.js';
import { Region } from '../core/Region.js';
import type { HeadingLevel, MessagesProp, RootProps, StyleProps } from '../core/StyleProps.js';
import { classNames, type ClassNames } from '../core/useClassNames.js';
import { useFormat, type TalonFormat } from '../../react/format/useFormat.js';
import { useMessages } from '../core/useMessages.js';
import { defaultLoyaltyBalanceMessages, type LoyaltyBalanceMessages } from '../../messages/loyaltyBalance.js';
import { queryState } from '../../react/core/queryState.js';

/** Where the customer stands in the program's tiers, as {@link LoyaltyBalanceProps.renderTier} gets it. */
export interface LoyaltyTierProgress {
  /** The tier the customer is in; undefined below the lowest tier or in a program without tiers. */
  currentTier: string | undefined;
  /** The next tier up; undefined at the top tier. */
  nextTier: string | undefined;
  /** Points still needed for the next tier (0 at the top). */
  pointsToNextTier: number;
  /** The active points. */
  activePoints: number;
  /** `true` when there is no tier above the current one. */
  topTierReached: boolean;
}

/** Props of {@link LoyaltyBalance}. */
export interface LoyaltyBalanceProps extends StyleProps, RootProps<'section'> {
  /** The profile-based loyalty program. Until it is known nothing is fetched and the component shows loading. */
  loyaltyProgramId?: number | undefined;
  /** The customer's integration ID. Until it is known nothing is fetched and the component shows loading. */
  integrationId?: string | undefined;
  /** Show one subledger's balance (and the tiers its points reach) instead of the main ledger's. */
  subledgerId?: string | undefined;
  /** Level of the heading (2 by default); `false` for none (the region is then named by an `aria-label`). */
  headingLevel?: HeadingLevel;
  /** Show the spent and expired points as secondary figures. Default `true`. */
  showDetails?: boolean;
  /** Replaces the tier part (current tier, progress to the next one or "top tier reached"). */
  renderTier?: (tier: LoyaltyTierProgress) => ReactNode;
  /** Replacements for any of the words. */
  messages?: MessagesProp<'loyaltyBalance'>;
}

function tierProgress(balance: LoyaltyBalanceWithTier): LoyaltyTierProgress | undefined {
  const currentTier = balance.currentTier?.name;
  const nextTier = balance.nextTierName;
  if (currentTier === undefined && nextTier === undefined) return undefined;
  return {
    currentTier,
    nextTier,
    pointsToNextTier: nextTier === undefined ? 0 : Math.max(balance.pointsToNextTier ?? 0, 0),
    activePoints: balance.activePoints ?? 0,
    topTierReached: nextTier === undefined,
  };
}

/**
 * A customer's points in a profile-based loyalty program (`useLoyaltyBalances` with `includeTiers`): the active
 * points first, then pending (and spent and expired as secondary figures), the current tier and a progress bar to the
 * next one, or "top tier reached".
 *
 * The root has `data-state="loading|error|empty|ready"`; the tier part `data-state="in-progress|top-tier"`; each
 * figure `data-kind="active|pending|negative|spent|expired"`. A customer without any loyalty data in the program
 * (Talon.One answers 404) is the empty state.
 *
 * Any other prop (`id`, `style`, `aria-*`, `data-*`, event handlers) goes to the root `<section>`, and so does `ref`.
 *
 * @example
 * <LoyaltyBalance loyaltyProgramId={1} integrationId={shopper.id} />
 */
export const LoyaltyBalance = forwardRef<HTMLElement, LoyaltyBalanceProps>(function LoyaltyBalance(
  {
    loyaltyProgramId,
    integrationId,
    subledgerId,
    headingLevel = 2,
    showDetails = true,
    renderTier,
    messages,
    className,
    unstyled,
    ...rest
  },
  ref,
) {
  const m = useMessages('loyaltyBalance', defaultLoyaltyBalanceMessages, messages);
  const f = useFormat();
  const cls = classNames('loyalty-balance', unstyled);
  const query = useLoyaltyBalances(
    loyaltyProgramId !== undefined && integrationId
      ? loyaltyBalanceInput({ loyaltyProgramId, integrationId, subledgerId })
      : skipToken,
  );
  const { notFound, failed, refreshFailed } = queryState(query);
  const balance = query.data?.balance;
  const state = query.isPending
    ? 'loading'
    : notFound || (query.isSuccess && !balance)
      ? 'empty'
      : failed
        ? 'error'
        : 'ready';

  let body: ReactNode;
  if (state === 'ready' && balance) {
    const figure = (kind: string, label: string, value: number) => (
      <div className={cls(`figure`)} data-kind={kind} key={kind}>
        <dt className={cls('label')}>{label}</dt>
        <dd className={cls('value')}>{f.points(value)}</dd>
      </div>
    );
    const tier = tierProgress(balance);
    body = (
      <>
        <dl className={cls('figures')}>
          {figure('active', m.activePoints, balance.activePoints ?? 0)}
          {figure('pending', m.pendingPoints, balance.pendingPoints ?? 0)}
          {(balance.negativePoints ?? 0) > 0 && figure('negative', m.negativePoints, balance.negativePoints ?? 0)}
        </dl>
        {showDetails && (
          <dl className={cls('details')}>
            {figure('spent', m.spentPoints, balance.spentPoints ?? 0)}
            {figure('expired', m.expiredPoints, balance.expiredPoints ?? 0)}
          </dl>
        )}
        {tier && (renderTier ? renderTier(tier) : <TierPart tier={tier} m={m} f={f} cls={cls} />)}
      </>
    );
  }

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
      onRetry={() => void query.refetch()}
      refreshFailed={refreshFailed}
      rootProps={rest}
    >
      {body}
    </Region>
  );
});

function TierPart({
  tier,
  m,
  f,
  cls,
}: {
  tier: LoyaltyTierProgress;
  m: LoyaltyBalanceMessages;
  f: TalonFormat;
  cls: ClassNames;
}) {
  const { currentTier, nextTier, pointsToNextTier, activePoints } = tier;
  const target = activePoints + pointsToNextTier;
  return (
    <div className={cls('tier')} data-state={nextTier === undefined ? 'top-tier' : 'in-progress'}>
      {currentTier !== undefined && <p className={cls('current-tier')}>{m.currentTier(currentTier)}</p>}
      {nextTier === undefined ? (
        currentTier !== undefined && <p className={cls('top-tier')}>{m.topTierReached(currentTier)}</p>
      ) : (
        <>
          <p className={cls('next-tier')}>
            {m.pointsToNextTier(f.points(pointsToNextTier), nextTier, pointsToNextTier)}
          </p>
          <ProgressBar
            className={cls('progress')}
            indicatorClassName={cls('progress-indicator')}
            value={activePoints}
            max={target}
            label={m.progressLabel(nextTier)}
            valueText={m.progressValueText(f.points(activePoints), f.points(target), nextTier, target)}
          />
        </>
      )}
    </div>
  );
}
