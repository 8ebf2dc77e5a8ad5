import type { CartItem } from '../../schemas/CartItem.js';
import type { Effect } from '../../schemas/Effect.js';
import type { EffectBase } from '../../schemas/EffectBase.js';
import type { RuleFailureReason } from '../../schemas/RuleFailureReason.js';
import type { PointsOwner } from '../domain/loyalty.js';
import type { PointsBasis } from '../SandboxState.js';
import type { SandboxCampaign } from './SandboxCampaign.js';

/**
 * What the rules see. `session`: a cart update (rules without an `event` condition); `event`: a tracked event (rules
 * with an `event` condition); `profile`: a profile update with `runRuleEngine` (rules whose conditions are all on the
 * profile).
 */
export interface EvaluationSubject {
  readonly kind: 'session' | 'event' | 'profile';
  /** `""`: anonymous. */
  readonly profileId: string;
  readonly cartItems: readonly CartItem[];
  readonly couponCodes: readonly string[];
  readonly referralCode?: string | undefined;
  readonly loyaltyCards: readonly string[];
  /** The session's or the event's attributes. */
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly eventType?: string | undefined;
  readonly evaluableCampaignIds?: readonly number[] | undefined;
}

/** A points transaction the effect announces; committing writes it to the ledger under the same UUID. */
export interface PointsIntent {
  readonly programId: number;
  readonly owner: PointsOwner;
  readonly amount: number;
  readonly subledgerId: string;
  readonly name: string;
  readonly startDate?: string | undefined;
  readonly expiryDate?: string | undefined;
  readonly transactionUUID: string;
  readonly rulesetId: number;
  readonly ruleName: string;
}

interface CreationIntent {
  readonly base: EffectBase;
  readonly campaignId: number;
  readonly usageLimit?: number | undefined;
  readonly validFor?: string | undefined;
}

/** The side effect behind an effect, carried out when the session closes or the event is tracked. */
export type Intent =
  | { readonly kind: 'redeemCoupon'; readonly value: string }
  | { readonly kind: 'redeemReferral'; readonly code: string }
  | { readonly kind: 'discount' }
  | { readonly kind: 'addPoints'; readonly points: PointsIntent; readonly basis: PointsBasis }
  | { readonly kind: 'deductPoints'; readonly points: PointsIntent }
  | { readonly kind: 'achievement'; readonly achievementId: number; readonly delta: number }
  | ({ readonly kind: 'createCoupon' } & CreationIntent)
  | ({ readonly kind: 'createReferral' } & CreationIntent)
  | { readonly kind: 'reserveCoupon'; readonly value: string }
  | { readonly kind: 'audience'; readonly audienceId: number; readonly add: boolean }
  /** Nothing to carry out, but kept by every rollback (free items, custom effects). */
  | { readonly kind: 'kept' };

/** One effect in order. Created coupons and referrals have no effect until committed: their code does not exist yet. */
export interface Step {
  readonly effect: Effect | undefined;
  readonly intent: Intent | undefined;
}

export interface Evaluation {
  readonly subject: EvaluationSubject;
  readonly steps: readonly Step[];
  /** Campaigns with at least one rule that fired, by ID. */
  readonly triggeredCampaigns: readonly SandboxCampaign[];
  /** Filled only when asked for. */
  readonly ruleFailureReasons: readonly RuleFailureReason[];
}

export interface EvaluationOptions {
  /** Collect `ruleFailureReasons` (costs a little: only when the response includes them). */
  readonly ruleFailureReasons?: boolean;
  /**
   * The effects of the subject's last evaluation, never committed (an open session that never closed): a points
   * effect that comes back keeps its transaction UUID, so the planned transaction keeps its identity across updates.
   */
  readonly previousEffects?: readonly Effect[] | undefined;
}
