import type { CommonMessages } from '../../messages/common.js';
import type { CouponOutcome } from '../../react/cart/useSessionCoupons.js';

/** The words a component announces after an apply or remove. */
export interface OutcomeMessages {
  accepted: (code: string) => string;
  rejected: (code: string, reason: string) => string;
  removed: (code: string) => string;
  failed: (code: string) => string;
  common: Pick<CommonMessages, 'couponRejection'>;
}

/** What became of an apply or remove, in words (a rejection with its reason). */
export function announceOutcome(outcome: CouponOutcome, m: OutcomeMessages): string {
  switch (outcome.status) {
    case 'accepted':
      return m.accepted(outcome.code);
    case 'rejected':
      return m.rejected(outcome.code, m.common.couponRejection(outcome.reason));
    case 'removed':
      return m.removed(outcome.code);
    case 'failed':
      return m.failed(outcome.code);
  }
}
