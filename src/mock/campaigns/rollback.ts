import type { CartItem } from '../../schemas/CartItem.js';
import type { Effect, EffectType } from '../../schemas/Effect.js';
import type { EffectBase } from '../../schemas/EffectBase.js';
import type { EffectPropsByType } from '../../schemas/effects/effectPropsSchemas.js';
import { isEffectOfType } from '../../effects/isEffectOfType.js';
import { decreaseProgress } from '../domain/achievements.js';
import { unredeemCoupon } from '../domain/coupons.js';
import { isPending, reverseEntry } from '../domain/loyalty.js';
import { unredeemReferral } from '../domain/referrals.js';
import type { Commit } from '../SandboxState.js';
import { keys } from '../keys.js';
import type { SandboxContext } from '../SandboxContext.js';
import type { SessionRecord } from '../SandboxState.js';
import { lineTotal, returnedValue, roundMoney } from './cart.js';

/** Why effects are rolled back; it names the ledger's reversal entries. */
export type RollbackCause = 'cancel' | 'reopen' | 'return';

const entryNames: Record<RollbackCause, string> = {
  cancel: 'Session cancelled',
  reopen: 'Session reopened',
  return: 'Cart items returned',
};

function baseOf(effect: Effect): EffectBase {
  const base: EffectBase = {
    campaignId: effect.campaignId,
    rulesetId: effect.rulesetId,
    ruleIndex: effect.ruleIndex,
    ruleName: effect.ruleName,
  };
  if (effect.triggeredByCoupon !== undefined) base.triggeredByCoupon = effect.triggeredByCoupon;
  return base;
}

function rollbackEffect<T extends EffectType>(from: Effect, effectType: T, props: EffectPropsByType[T]): Effect {
  return { ...baseOf(from), effectType, props } as Effect;
}

/** The cart line an effect belongs to, if any. */
function positionOf(effect: Effect): number | undefined {
  const props = effect.props as { position?: unknown; cartItemPosition?: unknown };
  const position = props.position ?? props.cartItemPosition;
  return typeof position === 'number' ? position : undefined;
}

/** How much of a commit returns took back already (0 to 1): per-item effects by units, percentages by value. */
function returnedShare(items: readonly CartItem[], commit: Commit): number {
  const position = positionOf(commit.effect);
  if (
    position !== undefined &&
    (commit.kind === 'discount' || (commit.kind === 'pointsAdded' && commit.basis === 'item'))
  ) {
    const item = items[position];
    return item ? (item.returnedQuantity ?? 0) / item.quantity : 0;
  }
  if (commit.kind === 'pointsAdded' && commit.basis === 'subtotal') {
    let subtotal = 0;
    for (const item of items) subtotal += lineTotal(item);
    return subtotal > 0 ? Math.min(1, returnedValue(items) / subtotal) : 0;
  }
  return 0;
}

/** Rolls back `fraction` (of the original) of one commit; returns the rollback effect, if any. */
function rollBackCommit(
  context: SandboxContext,
  session: SessionRecord,
  commit: Commit,
  fraction: number,
  cause: RollbackCause,
): Effect | undefined {
  const { effect } = commit;
  const name = entryNames[cause];
  switch (commit.kind) {
    case 'couponRedeemed':
      unredeemCoupon(context, commit.couponValue, commit.profileId);
      return rollbackEffect(effect, 'rollbackCoupon', { value: commit.couponValue });
    case 'referralRedeemed':
      unredeemReferral(context, commit.code, commit.friendProfileId);
      return rollbackEffect(effect, 'rollbackReferral', { value: commit.code });
    case 'discount': {
      const value = roundMoney(((effect.props as { value?: number }).value ?? 0) * fraction);
      if (value <= 0) return undefined;
      if (isEffectOfType(effect, 'setDiscountPerItem')) {
        const props: EffectPropsByType['rollbackDiscount'] = {
          name: effect.props.name,
          value,
          cartItemPosition: effect.props.position,
        };
        if (effect.props.scope !== undefined) props.scope = effect.props.scope;
        return rollbackEffect(effect, 'rollbackDiscount', props);
      }
      const props: EffectPropsByType['rollbackDiscount'] = { name: String(effect.props.name ?? ''), value };
      if (typeof effect.props.scope === 'string') props.scope = effect.props.scope;
      return rollbackEffect(effect, 'rollbackDiscount', props);
    }
    case 'pointsAdded':
    case 'pointsDeducted': {
      if (fraction <= 0) return undefined;
      const reversal = reverseEntry(context, commit.ledgerKey, commit.entryId, name, fraction);
      const value = Math.abs(reversal.amount);
      if (value === 0) return undefined;
      const props = effect.props as { programId?: number; subLedgerId?: string; cardIdentifier?: string };
      const common = {
        programId: props.programId ?? reversal.programId,
        subLedgerId: props.subLedgerId ?? reversal.subledgerId,
        value,
        recipientIntegrationId: session.profileId,
        transactionUUID: reversal.transactionUUID,
        ...(props.cardIdentifier === undefined ? {} : { cardIdentifier: props.cardIdentifier }),
      };
      if (commit.kind === 'pointsDeducted') {
        return rollbackEffect(effect, 'rollbackDeductedLoyaltyPoints', {
          ...common,
          startDate: reversal.startDate,
          ...(reversal.expiryDate === 'unlimited' ? {} : { expiryDate: reversal.expiryDate }),
        });
      }
      const position = positionOf(effect);
      return rollbackEffect(effect, 'rollbackAddedLoyaltyPoints', {
        ...common,
        ...(position === undefined ? {} : { cartItemPosition: position }),
      });
    }
    case 'achievementProgress': {
      decreaseProgress(context, commit.achievementId, commit.integrationId, commit.delta);
      const achievement = context.state.achievements.get(commit.achievementId);
      const history = context.state.achievementProgress.get(
        keys.achievementProgress(commit.achievementId, commit.integrationId),
      );
      const tracker = (effect.props as { progressTrackerId?: number }).progressTrackerId;
      return rollbackEffect(effect, 'rollbackIncreasedAchievementProgress', {
        achievementId: commit.achievementId,
        achievementName: achievement?.name ?? '',
        progressTrackerId: tracker ?? commit.achievementId,
        decreaseProgressBy: commit.delta,
        currentProgress: history?.[history.length - 1]?.progress ?? 0,
        target: achievement?.target ?? 0,
      });
    }
    case 'kept':
      return undefined;
  }
}

/**
 * Rolls back what closing the session committed. Cancelling takes back everything but what Talon.One keeps (free
 * items, created codes, reservations, custom effects, audience changes); reopening also keeps loyalty points that
 * are no longer pending. Returns the rollback effects and the commits still in force.
 */
export function rollBackSession(
  context: SandboxContext,
  session: SessionRecord,
  cause: 'cancel' | 'reopen',
): { effects: Effect[]; remaining: Commit[] } {
  const effects: Effect[] = [];
  const remaining: Commit[] = [];
  for (const commit of session.commits) {
    if (commit.kind === 'kept') {
      remaining.push(commit);
      continue;
    }
    if (cause === 'reopen' && commit.kind === 'pointsAdded') {
      const entry = context.state.ledgers.get(commit.ledgerKey)?.find((candidate) => candidate.id === commit.entryId);
      if (entry && !isPending(context, entry)) {
        remaining.push(commit);
        continue;
      }
    }
    const fraction = 1 - returnedShare(session.cartItems, commit);
    const effect = rollBackCommit(context, session, commit, fraction, cause);
    if (effect) effects.push(effect);
  }
  return { effects, remaining };
}

/**
 * Rolls back what belongs to returned units: per-item discounts and per-item points for those units, and points
 * computed from the subtotal by the returned value. `before` and `after` are the cart before and after the return.
 */
export function rollBackReturn(context: SandboxContext, session: SessionRecord, after: readonly CartItem[]): Effect[] {
  const effects: Effect[] = [];
  for (const commit of session.commits) {
    const perItem =
      commit.kind === 'discount'
        ? isEffectOfType(commit.effect, 'setDiscountPerItem')
        : commit.kind === 'pointsAdded' && commit.basis === 'item';
    const bySubtotal = commit.kind === 'pointsAdded' && commit.basis === 'subtotal';
    if (!perItem && !bySubtotal) continue;
    const fraction = returnedShare(after, commit) - returnedShare(session.cartItems, commit);
    if (fraction <= 0) continue;
    const effect = rollBackCommit(context, session, commit, fraction, 'return');
    if (effect) effects.push(effect);
  }
  return effects;
}
