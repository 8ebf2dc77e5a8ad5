import type { SandboxCampaign, SandboxCondition, SandboxRule } from './SandboxCampaign.js';

/** What the engine needs to know about a rule, worked out once per campaign. */
export interface RuleInfo {
  readonly rule: SandboxRule;
  readonly index: number;
  readonly conditions: readonly SandboxCondition[];
  /** Fires only with a valid coupon of the campaign (it has a `couponValid` condition). */
  readonly needsCoupon: boolean;
  readonly needsReferral: boolean;
  /** Has an `event` condition: only tracked events fire it. */
  readonly onEvent: boolean;
  /** Has conditions, all on the profile: profile updates (`runRuleEngine`) fire it. */
  readonly onProfile: boolean;
}

export type CampaignFeature = 'coupons' | 'referrals' | 'loyalty' | 'giveaways' | 'strikethrough' | 'achievements';

export interface CampaignInfo {
  readonly rules: readonly RuleInfo[];
  readonly hasCouponRule: boolean;
  readonly hasReferralRule: boolean;
  /** Milliseconds; -Infinity / Infinity when open-ended. */
  readonly start: number;
  readonly end: number;
  readonly features: CampaignFeature[];
}

const profileConditions = new Set<SandboxCondition['type']>(['profileInAudience', 'profileAttribute']);

// Campaign rows are immutable (a change replaces the row), so what is worked out for a row stays true for it.
const cache = new WeakMap<SandboxCampaign, CampaignInfo>();

function featuresOf(campaign: SandboxCampaign): CampaignFeature[] {
  const found = new Set<CampaignFeature>();
  for (const rule of campaign.rules) {
    for (const condition of rule.conditions ?? []) {
      if (condition.type === 'couponValid') found.add('coupons');
      if (condition.type === 'referralValid') found.add('referrals');
    }
    for (const effect of rule.effects) {
      if (effect.type === 'createCoupon' || effect.type === 'reserveCoupon') found.add('coupons');
      if (effect.type === 'createReferral') found.add('referrals');
      if (effect.type === 'addLoyaltyPoints' || effect.type === 'deductLoyaltyPoints') found.add('loyalty');
      if (effect.type === 'increaseAchievementProgress') found.add('achievements');
    }
  }
  const order: CampaignFeature[] = ['coupons', 'referrals', 'loyalty', 'giveaways', 'strikethrough', 'achievements'];
  return order.filter((feature) => found.has(feature));
}

/** The engine's view of a campaign's rules. */
export function analyzeCampaign(campaign: SandboxCampaign): CampaignInfo {
  let info = cache.get(campaign);
  if (info) return info;
  const rules = campaign.rules.map((rule, index): RuleInfo => {
    const conditions = rule.conditions ?? [];
    return {
      rule,
      index,
      conditions,
      needsCoupon: conditions.some((condition) => condition.type === 'couponValid'),
      needsReferral: conditions.some((condition) => condition.type === 'referralValid'),
      onEvent: conditions.some((condition) => condition.type === 'event'),
      onProfile: conditions.length > 0 && conditions.every((condition) => profileConditions.has(condition.type)),
    };
  });
  info = {
    rules,
    hasCouponRule: rules.some((rule) => rule.needsCoupon),
    hasReferralRule: rules.some((rule) => rule.needsReferral),
    start: campaign.startTime === undefined ? -Infinity : Date.parse(campaign.startTime),
    end: campaign.endTime === undefined ? Infinity : Date.parse(campaign.endTime),
    features: featuresOf(campaign),
  };
  cache.set(campaign, info);
  return info;
}
