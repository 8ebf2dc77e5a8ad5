import { useSessionCoupons } from 'talon-react';
import { CouponWallet } from 'talon-react/components';
import type { Shopper } from '../../shared/types.js';
import { useStore } from '../StoreContext.js';

/** The shopper's coupons (their inventory), each with "Apply to cart" for the current order. */
export function WalletPage({ shopper, cartId }: { shopper: Shopper; cartId: string }) {
  const { campaignNames } = useStore();
  const cart = useSessionCoupons(cartId);
  return <CouponWallet integrationId={shopper.id} cart={cart} campaignNames={campaignNames} />;
}
