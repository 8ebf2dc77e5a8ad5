import { inventoryAchievements } from '../domain/achievementViews.js';
import { inventoryCoupons } from '../domain/couponInventory.js';
import { loyaltyView } from '../domain/loyalty.js';
import { profileView } from '../domain/profiles.js';
import { inventoryReferrals } from '../domain/referrals.js';
import { notFound } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

/**
 * What references the profile, each part only when asked for: the profile, its loyalty, its referral codes (as
 * advocate), its coupons (reserved hard or soft, visible to everyone, addressed to it, or redeemed by it, each with a
 * state), giveaways (the sandbox awards none) and achievements it has progress in. 404 for an unknown profile.
 */
export const getCustomerInventory: OperationHandler<'getCustomerInventory'> = (context, input) => {
  const { integrationId } = input;
  const profile = context.state.profiles.get(integrationId);
  if (!profile) throw notFound(`customer profile "${integrationId}"`);
  return {
    ...(input.profile ? { profile: profileView(context, profile) } : {}),
    ...(input.loyalty ? { loyalty: loyaltyView(context, integrationId) } : {}),
    ...(input.referrals ? { referrals: inventoryReferrals(context, integrationId) } : {}),
    ...(input.coupons ? { coupons: inventoryCoupons(context, integrationId) } : {}),
    ...(input.giveaways ? { giveaways: [] } : {}),
    ...(input.achievements ? { achievements: inventoryAchievements(context, integrationId) } : {}),
  };
};
