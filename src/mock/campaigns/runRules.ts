import type { Coupon } from '../../schemas/Coupon.js';
import type { Effect } from '../../schemas/Effect.js';
import type { Referral } from '../../schemas/Referral.js';
import type { SandboxContext } from '../SandboxContext.js';
import { commitEvaluation } from './commit.js';
import { evaluateCampaigns } from './engine.js';
import type { Evaluation, EvaluationSubject } from './Evaluation.js';

/**
 * Evaluates the campaigns for a tracked event or a profile update and commits the side effects at once (there is no
 * session to close). A dry request runs this inside `withoutPersisting`.
 */
export function runRules(
  context: SandboxContext,
  subject: EvaluationSubject,
  options: { ruleFailureReasons?: boolean } = {},
): { evaluation: Evaluation; effects: Effect[]; createdCoupons: Coupon[]; createdReferrals: Referral[] } {
  const evaluation = evaluateCampaigns(context, subject, options);
  const { effects, createdCoupons, createdReferrals } = commitEvaluation(context, evaluation);
  return { evaluation, effects, createdCoupons, createdReferrals };
}
