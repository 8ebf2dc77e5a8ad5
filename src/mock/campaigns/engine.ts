import type { Effect } from '../../schemas/Effect.js';
import type { EffectBase } from '../../schemas/EffectBase.js';
import type { EffectPropsByType } from '../../schemas/effects/effectPropsSchemas.js';
import type { RuleFailureReason } from '../../schemas/RuleFailureReason.js';
import { checkCoupon } from '../domain/coupons.js';
import { checkReferral } from '../domain/referrals.js';
import type { SandboxContext } from '../SandboxContext.js';
import type { CouponRecord, ProfileRecord, ReferralRecord } from '../SandboxState.js';
import { analyzeCampaign, type RuleInfo } from './analysis.js';
import { matchesItem } from './cart.js';
import { makeEffect } from './effectShapes.js';
import type { Evaluation, EvaluationOptions, EvaluationSubject } from './Evaluation.js';
import { EffectWriter } from './ruleEffects.js';
import type { SandboxCampaign, SandboxCondition, SandboxEffect } from './SandboxCampaign.js';

/** The campaigns that run at the context's time (enabled, started, not ended), limited to `only`, by ID. */
function runningCampaigns(context: SandboxContext, only?: readonly number[]): SandboxCampaign[] {
  const now = Date.parse(context.now);
  const allowed = only === undefined ? undefined : new Set(only);
  const running: SandboxCampaign[] = [];
  for (const campaign of context.state.campaigns.values()) {
    if ((campaign.state ?? 'enabled') !== 'enabled') continue;
    if (allowed !== undefined && !allowed.has(campaign.id)) continue;
    const { start, end } = analyzeCampaign(campaign);
    if (start <= now && now < end) running.push(campaign);
  }
  return running.sort((a, b) => a.id - b.id);
}

/** The effects to show, without carrying anything out (an open session, a dry request before commit). */
export function previewEffects(evaluation: Evaluation): Effect[] {
  const effects: Effect[] = [];
  for (const step of evaluation.steps) if (step.effect !== undefined) effects.push(step.effect);
  return effects;
}

function describe(condition: SandboxCondition): string {
  switch (condition.type) {
    case 'couponValid':
      return 'no valid coupon code of this campaign in the session';
    case 'referralValid':
      return 'no valid referral code of this campaign in the session';
    case 'cartSubtotalAtLeast':
      return `the cart subtotal is below ${condition.amount}`;
    case 'cartItemCountAtLeast':
      return `the cart holds fewer than ${condition.count} items`;
    case 'itemInCart':
      return `the cart holds fewer than ${condition.minQuantity ?? 1} matching items (${JSON.stringify(condition.item)})`;
    case 'profileInAudience':
      return `the profile is not a member of audience ${condition.audienceId}`;
    case 'event':
      return `the event is not of type "${condition.eventType}"`;
    case 'profileAttribute':
      return `the profile attribute "${condition.name}" is not ${JSON.stringify(condition.value)}`;
    case 'sessionAttribute':
      return `the attribute "${condition.name}" is not ${JSON.stringify(condition.value)}`;
  }
}

interface CodeOutcome {
  readonly value: string;
  reason?: string;
  record?: { readonly id: number; readonly campaignId: number };
  conditionIndex?: number;
  ruleIndex?: number;
  ruleName?: string;
  details?: string;
}

/**
 * Evaluates the running campaigns against a subject at the context's time: which rules fire, their effects in
 * Talon.One's shape, and the coupon and referral codes accepted or rejected with Talon.One's reasons. Nothing is
 * changed (only transaction UUIDs are drawn); {@link commitEvaluation} carries the side effects out.
 */
export function evaluateCampaigns(
  context: SandboxContext,
  subject: EvaluationSubject,
  options: EvaluationOptions = {},
): Evaluation {
  return new Evaluator(context, subject, options).run();
}

class Evaluator {
  readonly triggered: SandboxCampaign[] = [];
  readonly failures: RuleFailureReason[] = [];
  readonly profile: ProfileRecord | undefined;
  readonly writer: EffectWriter;

  constructor(
    readonly context: SandboxContext,
    readonly subject: EvaluationSubject,
    readonly options: EvaluationOptions,
  ) {
    this.profile = subject.profileId === '' ? undefined : context.state.profiles.get(subject.profileId);
    this.writer = new EffectWriter(context, subject, options, this.profile);
  }

  run(): Evaluation {
    const { context, subject } = this;
    const campaigns = runningCampaigns(context, subject.evaluableCampaignIds);
    const evaluated = new Set(campaigns.map((campaign) => campaign.id));

    // Codes first: which are valid, and of which campaign (the first valid code of a campaign is its coupon).
    const outcomes: CodeOutcome[] = [];
    const couponOf = new Map<number, { coupon: CouponRecord; outcome: CodeOutcome }>();
    const seen = new Set<string>();
    for (const value of subject.couponCodes) {
      if (seen.has(value)) continue;
      seen.add(value);
      const outcome: CodeOutcome = { value };
      outcomes.push(outcome);
      const check = checkCoupon(context, value, subject.profileId);
      if (check.coupon) outcome.record = check.coupon;
      if (!check.ok) outcome.reason = check.reason;
      else if (!evaluated.has(check.coupon.campaignId)) outcome.reason = 'CouponPartOfNotRunningCampaign';
      else if (couponOf.has(check.coupon.campaignId)) {
        outcome.reason = 'CouponPartOfNotTriggeredCampaign';
        outcome.details = 'only one coupon code of a campaign applies to a session';
      } else couponOf.set(check.coupon.campaignId, { coupon: check.coupon, outcome });
    }
    let referralOutcome: CodeOutcome | undefined;
    let referral: ReferralRecord | undefined;
    if (subject.referralCode) {
      referralOutcome = { value: subject.referralCode };
      const check = checkReferral(context, subject.referralCode, subject.profileId);
      if (check.referral) referralOutcome.record = check.referral;
      if (!check.ok) referralOutcome.reason = check.reason;
      else if (!evaluated.has(check.referral.campaignId)) referralOutcome.reason = 'ReferralPartOfNotRunningCampaign';
      else referral = check.referral;
    }

    for (const campaign of campaigns) {
      const candidate = couponOf.get(campaign.id);
      this.evaluateCampaign(
        campaign,
        candidate,
        referral?.campaignId === campaign.id ? { referral, outcome: referralOutcome as CodeOutcome } : undefined,
      );
    }

    for (const outcome of outcomes) if (outcome.reason !== undefined) this.reject('rejectCoupon', outcome);
    if (referralOutcome?.reason !== undefined) this.reject('rejectReferral', referralOutcome);
    return {
      subject,
      steps: this.writer.steps,
      triggeredCampaigns: this.triggered,
      ruleFailureReasons: this.failures,
    };
  }

  applies(info: RuleInfo): boolean {
    switch (this.subject.kind) {
      case 'session':
        return !info.onEvent;
      case 'event':
        return info.onEvent;
      case 'profile':
        return info.onProfile;
    }
  }

  evaluateCampaign(
    campaign: SandboxCampaign,
    coupon: { coupon: CouponRecord; outcome: CodeOutcome } | undefined,
    referral: { referral: ReferralRecord; outcome: CodeOutcome } | undefined,
  ): void {
    const info = analyzeCampaign(campaign);
    let fired = false;
    let couponAccepted = false;
    let referralAccepted = false;
    for (const rule of info.rules) {
      if (!this.applies(rule)) continue;
      const failing = this.failingCondition(rule.conditions, coupon !== undefined, referral !== undefined);
      if (failing >= 0) {
        const condition = rule.conditions[failing] as SandboxCondition;
        // A valid code whose rule failed on another condition is rejected by that condition.
        for (const [needed, code, type] of [
          [rule.needsCoupon, coupon, 'couponValid'],
          [rule.needsReferral, referral, 'referralValid'],
        ] as const) {
          if (needed && code && condition.type !== type && code.outcome.conditionIndex === undefined) {
            code.outcome.conditionIndex = failing;
            code.outcome.ruleIndex = rule.index;
            code.outcome.ruleName = rule.rule.title;
            code.outcome.details = describe(condition);
          }
        }
        if (this.options.ruleFailureReasons) this.fail(campaign, rule, failing, condition, coupon?.coupon, referral);
        continue;
      }
      fired = true;
      const base: EffectBase = {
        campaignId: campaign.id,
        rulesetId: campaign.id,
        ruleIndex: rule.index,
        ruleName: rule.rule.title,
      };
      if (rule.needsCoupon && coupon) base.triggeredByCoupon = coupon.coupon.id;
      if (rule.needsCoupon && coupon && !couponAccepted) {
        couponAccepted = true;
        this.writer.push(makeEffect(base, 'acceptCoupon', { value: coupon.coupon.value }), {
          kind: 'redeemCoupon',
          value: coupon.coupon.value,
        });
      }
      if (rule.needsReferral && referral && !referralAccepted) {
        referralAccepted = true;
        this.writer.push(makeEffect(base, 'acceptReferral', { value: referral.referral.code }), {
          kind: 'redeemReferral',
          code: referral.referral.code,
        });
      }
      const effects = rule.rule.effects;
      for (let index = 0; index < effects.length; index++) {
        this.writer.apply(effects[index] as SandboxEffect, index, base, campaign, rule.rule);
      }
    }
    if (fired) this.triggered.push(campaign);
    if (coupon && !couponAccepted) {
      coupon.outcome.reason = info.hasCouponRule ? 'CouponRejectedByCondition' : 'CouponPartOfNotTriggeredCampaign';
    }
    if (referral && !referralAccepted) {
      referral.outcome.reason = info.hasReferralRule
        ? 'ReferralRejectedByCondition'
        : 'ReferralPartOfNotTriggeredCampaign';
    }
  }

  /** The index of the first condition that does not hold, or -1. */
  failingCondition(conditions: readonly SandboxCondition[], hasCoupon: boolean, hasReferral: boolean): number {
    for (let index = 0; index < conditions.length; index++) {
      if (!this.holds(conditions[index] as SandboxCondition, hasCoupon, hasReferral)) return index;
    }
    return -1;
  }

  holds(condition: SandboxCondition, hasCoupon: boolean, hasReferral: boolean): boolean {
    switch (condition.type) {
      case 'couponValid':
        return hasCoupon;
      case 'referralValid':
        return hasReferral;
      case 'cartSubtotalAtLeast':
        return this.writer.subtotal >= condition.amount;
      case 'cartItemCountAtLeast':
        return this.writer.itemCount >= condition.count;
      case 'itemInCart': {
        const needed = condition.minQuantity ?? 1;
        let quantity = 0;
        for (const item of this.subject.cartItems) {
          if (matchesItem(item, condition.item)) quantity += item.quantity;
          if (quantity >= needed) return true;
        }
        return false;
      }
      case 'profileInAudience':
        return this.profile !== undefined && condition.audienceId in this.profile.audiences;
      case 'event':
        return this.subject.eventType === condition.eventType;
      case 'profileAttribute':
        return this.profile !== undefined && this.profile.attributes[condition.name] === condition.value;
      case 'sessionAttribute':
        return this.subject.attributes[condition.name] === condition.value;
    }
  }

  fail(
    campaign: SandboxCampaign,
    rule: RuleInfo,
    conditionIndex: number,
    condition: SandboxCondition,
    coupon: CouponRecord | undefined,
    referral: { referral: ReferralRecord } | undefined,
  ): void {
    this.failures.push({
      campaignID: campaign.id,
      campaignName: campaign.name,
      rulesetID: campaign.id,
      ruleIndex: rule.index,
      ruleName: rule.rule.title,
      conditionIndex,
      ...(rule.needsCoupon && coupon ? { couponID: coupon.id, couponValue: coupon.value } : {}),
      ...(rule.needsReferral && referral
        ? { referralID: referral.referral.id, referralValue: referral.referral.code }
        : {}),
      details: describe(condition),
    });
  }

  reject(effectType: 'rejectCoupon' | 'rejectReferral', outcome: CodeOutcome): void {
    const campaignId = outcome.record?.campaignId ?? 0;
    const base: EffectBase = {
      campaignId,
      rulesetId: campaignId,
      ruleIndex: outcome.ruleIndex ?? 0,
      ruleName: outcome.ruleName ?? '',
    };
    if (outcome.conditionIndex !== undefined) base.conditionIndex = outcome.conditionIndex;
    if (effectType === 'rejectCoupon' && outcome.record) base.triggeredByCoupon = outcome.record.id;
    const props: EffectPropsByType['rejectCoupon'] = {
      value: outcome.value,
      rejectionReason: outcome.reason ?? '',
    };
    if (outcome.conditionIndex !== undefined) props.conditionIndex = outcome.conditionIndex;
    if (outcome.details !== undefined) props.details = outcome.details;
    this.writer.push(makeEffect(base, effectType, props), undefined);
  }
}
