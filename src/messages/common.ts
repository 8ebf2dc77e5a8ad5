/** Words every component shares. */
export interface CommonMessages {
  loading: string;
  error: string;
  retry: string;
  /** Beside data on screen when reading it again failed: the figures shown may be out of date. */
  refreshFailed: string;
  copy: string;
  copied: string;
  copyFailed: string;
  /** Why Talon.One rejected a coupon, in words (`CouponExpired` -> "This code has expired."). */
  couponRejection: (reason: string) => string;
  /** Why Talon.One rejected a referral code, in words. */
  referralRejection: (reason: string) => string;
}

const couponReasons: Record<string, string> = {
  CouponNotFound: 'This code does not exist.',
  CouponPartOfNotRunningCampaign: 'This code is not active right now.',
  CouponLimitReached: 'This code has been used up.',
  CampaignLimitReached: 'This promotion has ended: its budget is used up.',
  ProfileLimitReached: 'You have already used this code as often as allowed.',
  CouponRecipientDoesNotMatch: 'This code belongs to another customer.',
  CouponExpired: 'This code has expired.',
  CouponStartDateInFuture: 'This code is not valid yet.',
  CouponRejectedByCondition: 'Your cart does not meet the conditions of this code.',
  EffectCouldNotBeApplied: 'This code could not be applied to your cart.',
  CouponPartOfNotTriggeredCampaign: 'This code does not apply to your cart.',
  CouponReservationRequired: 'This code is reserved for other customers.',
  ProfileRequired: 'Sign in to use this code.',
};

const referralReasons: Record<string, string> = {
  ReferralNotFound: 'This referral code does not exist.',
  ReferralRecipientIdSameAsAdvocate: 'You cannot use your own referral code.',
  ReferralPartOfNotRunningCampaign: 'This referral code is not active right now.',
  ReferralLimitReached: 'This referral code has been used up.',
  CampaignLimitReached: 'This referral programme has ended.',
  ProfileLimitReached: 'You have already used a referral code.',
  ReferralRecipientDoesNotMatch: 'This referral code was meant for someone else.',
  ReferralExpired: 'This referral code has expired.',
  ReferralStartDateInFuture: 'This referral code is not valid yet.',
  ReferralRejectedByCondition: 'Your cart does not meet the conditions of this referral.',
  EffectCouldNotBeApplied: 'This referral code could not be applied.',
  ReferralPartOfNotTriggeredCampaign: 'This referral code does not apply to your cart.',
};

export const defaultCommonMessages: CommonMessages = {
  loading: 'Loading…',
  error: 'Something went wrong.',
  retry: 'Try again',
  refreshFailed: 'This could not be updated just now; it may be out of date.',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy. Select the code and copy it yourself.',
  couponRejection: (reason) => couponReasons[reason] ?? 'This code cannot be used.',
  referralRejection: (reason) => referralReasons[reason] ?? 'This referral code cannot be used.',
};
