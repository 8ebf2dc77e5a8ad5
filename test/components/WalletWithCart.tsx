// CouponWallet with a cart, connected as an app connects one: `cart={useSessionCoupons(cartId)}`.
import { CouponWallet, type CouponWalletProps } from '../../src/components/CouponWallet/CouponWallet.js';
import { useSessionCoupons } from '../../src/react/cart/useSessionCoupons.js';

export function WalletWithCart({ cartId, ...props }: Omit<CouponWalletProps, 'cart'> & { cartId: string }) {
  return <CouponWallet {...props} cart={useSessionCoupons(cartId)} />;
}
