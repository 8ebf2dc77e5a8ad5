import type { InventoryReferral } from '../../schemas/InventoryReferral.js';

/** A referral code the component can show: the inventory's or the one just created. */
export type ShownReferral = Pick<
  InventoryReferral,
  'code' | 'campaignId' | 'advocateProfileIntegrationId' | 'created' | 'expiryDate' | 'usageLimit' | 'usageCounter'
>;

/** True while the code can still be used: not expired at `now`, and uses left (a limit of 0 means none). */
export function isUsable(referral: ShownReferral, now: number): boolean {
  const expired = referral.expiryDate !== undefined && Date.parse(referral.expiryDate) <= now;
  const usedUp = referral.usageLimit > 0 && referral.usageCounter >= referral.usageLimit;
  return !expired && !usedUp;
}

/**
 * The advocate's code in the campaign: the newest one that can still be used. An expired or used-up code is not worth
 * sharing, so without a usable one the shopper is offered a new code. `now` is when the inventory was read, so that
 * rendering stays pure.
 */
export function pickReferral(
  referrals: readonly ShownReferral[] | undefined,
  campaignId: number,
  advocate: string,
  now: number,
): ShownReferral | undefined {
  return (referrals ?? [])
    .filter((referral) => referral.campaignId === campaignId && referral.advocateProfileIntegrationId === advocate)
    .filter((referral) => isUsable(referral, now))
    .sort((a, b) => Date.parse(b.created) - Date.parse(a.created))[0];
}
