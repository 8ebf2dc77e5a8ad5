import type { OperationId } from '../../client/routes.js';
import type { SessionIds } from '../sessions/SessionIds.js';
import type { AllowCouponReservation, PreviewCampaigns, PriceCart, VerifyCardLink } from './TalonProxyPolicy.js';

/** The app's hooks and allow-lists, checked when the proxy is created, as the bindings use them. */
export interface PolicySettings {
  readonly priceCart: PriceCart | undefined;
  readonly verifyCardLink: VerifyCardLink | undefined;
  readonly allowCouponReservation: AllowCouponReservation | undefined;
  readonly sessionAttributes: ReadonlySet<string>;
  readonly sessionIdentifiers: boolean;
  readonly previewCampaigns: PreviewCampaigns | undefined;
  readonly revealCustomers: ReadonlySet<OperationId>;
  /** The check of minted session IDs, under the proxy's session secret. */
  readonly sessions: SessionIds;
}
