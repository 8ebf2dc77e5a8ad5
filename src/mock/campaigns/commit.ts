import type { Coupon } from '../../schemas/Coupon.js';
import type { Effect } from '../../schemas/Effect.js';
import type { Referral } from '../../schemas/Referral.js';
import { increaseProgress } from '../domain/achievements.js';
import { addToAudience, removeFromAudience } from '../domain/audiences.js';
import { couponView, createCoupon, redeemCoupon, reserveCoupon } from '../domain/coupons.js';
import { addPoints, deductPoints } from '../domain/loyalty.js';
import { createReferralCode, redeemReferral, referralView } from '../domain/referrals.js';
import type { Commit } from '../SandboxState.js';
import type { SandboxContext } from '../SandboxContext.js';
import { SandboxError } from '../SandboxError.js';
import type { Evaluation, Intent, Step } from './Evaluation.js';

/** What committing an evaluation did. */
export interface Committed {
  /** The effects, with what only committing knows (created codes, achievement progress). */
  readonly effects: Effect[];
  /** How to undo each side effect (sessions keep them for cancel, return and reopen). */
  readonly commits: Commit[];
  readonly createdCoupons: Coupon[];
  readonly createdReferrals: Referral[];
}

export interface CommitOptions {
  /** The session the points are awarded in (ledger entries name it). */
  readonly customerSessionId?: string | undefined;
  /**
   * Commits still in force from an earlier close (a reopened session keeps free items, created codes, active
   * points...): an effect that matches one is shown as it was and not carried out again.
   */
  readonly earlier?: readonly Commit[] | undefined;
}

/** Identifies an effect across evaluations of the same session: campaign, rule, type and cart position. */
function effectKey(effect: Pick<Effect, 'campaignId' | 'ruleIndex' | 'effectType' | 'props'>): string {
  const props = effect.props as { position?: unknown; cartItemPosition?: unknown };
  return `${effect.campaignId}/${effect.ruleIndex}/${effect.effectType}/${String(props.position ?? props.cartItemPosition ?? '')}`;
}

function stepKey(step: Step): string | undefined {
  if (step.effect) return effectKey(step.effect);
  const intent = step.intent;
  if (intent?.kind === 'createCoupon' || intent?.kind === 'createReferral') {
    const effectType = intent.kind === 'createCoupon' ? 'couponCreated' : 'referralCreated';
    return effectKey({ ...intent.base, effectType, props: {} });
  }
  return undefined;
}

/** Runs `change`; a refusal of the sandbox (an unknown card, say) drops that one effect instead of the request. */
function attempt<T>(context: SandboxContext, change: () => T): T | undefined {
  try {
    return context.state.journal.atomically(change);
  } catch (error) {
    if (error instanceof SandboxError) return undefined;
    throw error;
  }
}

/**
 * Carries out the side effects of an evaluation, in order: coupon and referral redemptions, loyalty points (in the
 * ledger under the effect's transaction UUID), achievement progress, created coupons and referrals, reservations and
 * audience changes. Returns the final effects and how to undo each change.
 */
export function commitEvaluation(
  context: SandboxContext,
  evaluation: Evaluation,
  options: CommitOptions = {},
): Committed {
  const profileId = evaluation.subject.profileId;
  const effects: Effect[] = [];
  const commits: Commit[] = [];
  const createdCoupons: Coupon[] = [];
  const createdReferrals: Referral[] = [];
  const earlier = new Map<string, Commit[]>();
  for (const commit of options.earlier ?? []) {
    const key = effectKey(commit.effect);
    earlier.set(key, [...(earlier.get(key) ?? []), commit]);
  }

  for (const step of evaluation.steps) {
    const { intent } = step;
    if (intent === undefined) {
      if (step.effect) effects.push(step.effect);
      continue;
    }
    if (earlier.size > 0) {
      const key = stepKey(step);
      const match = key === undefined ? undefined : earlier.get(key)?.shift();
      if (match) {
        effects.push(match.effect);
        commits.push({ ...match, effectIndex: effects.length - 1 } as Commit);
        continue;
      }
    }
    const done = attempt(context, () => carryOut(context, intent, step.effect, profileId, effects.length, options));
    if (!done) continue;
    effects.push(done.effect);
    if (done.commit) commits.push(done.commit);
    if (done.coupon) createdCoupons.push(done.coupon);
    if (done.referral) createdReferrals.push(done.referral);
  }
  // Earlier commits whose rule no longer fires stay in force (and can still be rolled back).
  for (const left of earlier.values()) {
    for (const commit of left) commits.push({ ...commit, effectIndex: -1 } as Commit);
  }
  return { effects, commits, createdCoupons, createdReferrals };
}

interface Done {
  effect: Effect;
  commit?: Commit;
  coupon?: Coupon;
  referral?: Referral;
}

// Commits are built as whole literals: spreading a draft into one gave every commit a hidden class of its own, which
// cost more memory than the commits themselves.
const kept = (effect: Effect, effectIndex: number): Done => ({ effect, commit: { kind: 'kept', effectIndex, effect } });

function carryOut(
  context: SandboxContext,
  intent: Intent,
  effect: Effect | undefined,
  profileId: string,
  effectIndex: number,
  options: CommitOptions,
): Done | undefined {
  switch (intent.kind) {
    case 'redeemCoupon':
      redeemCoupon(context, intent.value, profileId);
      return (
        effect && {
          effect,
          commit: { kind: 'couponRedeemed', couponValue: intent.value, profileId, effect },
        }
      );
    case 'redeemReferral':
      redeemReferral(context, intent.code, profileId);
      return (
        effect && {
          effect,
          commit: { kind: 'referralRedeemed', code: intent.code, friendProfileId: profileId, effect },
        }
      );
    case 'discount':
      return effect && { effect, commit: { kind: 'discount', effectIndex, effect } };
    case 'addPoints':
    case 'deductPoints': {
      const { points } = intent;
      const change = {
        programId: points.programId,
        owner: points.owner,
        amount: points.amount,
        subledgerId: points.subledgerId,
        name: points.name,
        transactionType: 'session' as const,
        transactionUUID: points.transactionUUID,
        rulesetId: points.rulesetId,
        ruleName: points.ruleName,
        ...(options.customerSessionId === undefined ? {} : { customerSessionId: options.customerSessionId }),
      };
      if (intent.kind === 'deductPoints') {
        const { ledgerKey, entry } = deductPoints(context, change);
        if (!effect) return undefined;
        const transactionUUID = entry.transactionUUID;
        return {
          effect,
          commit: { kind: 'pointsDeducted', ledgerKey, entryId: entry.id, transactionUUID, effectIndex, effect },
        };
      }
      const { ledgerKey, entry } = addPoints(context, {
        ...change,
        ...(points.startDate === undefined ? {} : { startDate: points.startDate }),
        ...(points.expiryDate === undefined ? {} : { expiryDate: points.expiryDate }),
      });
      if (!effect) return undefined;
      const commit: Commit = {
        kind: 'pointsAdded',
        ledgerKey,
        entryId: entry.id,
        transactionUUID: entry.transactionUUID,
        basis: intent.basis,
        effectIndex,
        effect,
      };
      return { effect, commit };
    }
    case 'achievement': {
      const props = increaseProgress(context, intent.achievementId, profileId, intent.delta);
      if (!props || !effect) return undefined;
      const progressed = { ...effect, props } as Effect;
      const commit: Commit = {
        kind: 'achievementProgress',
        achievementId: intent.achievementId,
        integrationId: profileId,
        delta: intent.delta,
        effectIndex,
        effect: progressed,
      };
      return { effect: progressed, commit };
    }
    case 'createCoupon': {
      const coupon = createCoupon(context, {
        campaignId: intent.campaignId,
        recipientIntegrationId: profileId,
        ...(intent.usageLimit === undefined ? {} : { usageLimit: intent.usageLimit }),
        ...(intent.validFor === undefined ? {} : { validFor: intent.validFor }),
      });
      const created: Effect = {
        ...intent.base,
        effectType: 'couponCreated',
        props: { value: coupon.value, profileId },
      };
      return { ...kept(created, effectIndex), coupon: couponView(coupon) };
    }
    case 'createReferral': {
      const referral = createReferralCode(context, {
        campaignId: intent.campaignId,
        advocateProfileIntegrationId: profileId,
        ...(intent.usageLimit === undefined ? {} : { usageLimit: intent.usageLimit }),
        ...(intent.validFor === undefined ? {} : { validFor: intent.validFor }),
      });
      const created: Effect = { ...intent.base, effectType: 'referralCreated', props: { value: referral.code } };
      return { ...kept(created, effectIndex), referral: referralView(referral) };
    }
    case 'reserveCoupon': {
      const isNewReservation = reserveCoupon(context, intent.value, profileId);
      if (!effect) return undefined;
      return kept({ ...effect, props: { ...effect.props, isNewReservation } } as Effect, effectIndex);
    }
    case 'audience':
      if (intent.add) addToAudience(context, profileId, intent.audienceId);
      else removeFromAudience(context, profileId, intent.audienceId);
      return effect && kept(effect, effectIndex);
    case 'kept':
      return effect && kept(effect, effectIndex);
  }
}
