import { ReferralCode } from 'talon-react/components';
import type { Shopper } from '../../shared/types.js';
import { useStore } from '../StoreContext.js';

/** The shopper's referral code to share (or a button that creates one). */
export function ReferralsPage({ shopper }: { shopper: Shopper }) {
  const { referralCampaignId } = useStore();
  return (
    <ReferralCode
      integrationId={shopper.id}
      campaignId={referralCampaignId}
      shareUrl={window.location.origin}
      headingLevel={false}
    />
  );
}
