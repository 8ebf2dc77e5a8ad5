import { demo, demoSeed } from 'talon-react/mock';
import type { Shopper, StoreSettings } from '../shared/types.js';

/**
 * The storefront's settings, from the demo data (`demo` and `demoSeed()`): the shoppers, programs and campaigns the
 * sandbox is seeded with. A real Talon.One deployment that runs the demo needs the same IDs and customer profiles.
 */
export function storeSettings(): StoreSettings {
  const seed = demoSeed();
  const shoppers: Shopper[] = (seed.profiles ?? []).map((profile) => ({
    id: profile.integrationId,
    name: typeof profile.attributes?.Name === 'string' ? profile.attributes.Name : profile.integrationId,
  }));
  const campaignNames: Record<number, string> = {};
  for (const campaign of seed.campaigns ?? []) campaignNames[campaign.id] = campaign.name;
  return {
    name: 'Talon demo shop',
    locale: 'en-US',
    currency: 'USD',
    loyaltyProgramId: demo.loyaltyPrograms.points,
    cardProgramId: demo.loyaltyPrograms.cards,
    referralCampaignId: demo.campaigns.referrals,
    campaignNames,
    shoppers,
    hints: {
      validCoupon: demo.coupons.valid,
      expiredCoupon: demo.coupons.expired,
      unlinkedCard: demo.loyaltyCards.unlinked,
    },
  };
}
