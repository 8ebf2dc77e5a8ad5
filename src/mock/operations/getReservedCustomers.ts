import { profileView } from '../domain/profiles.js';
import { notFound } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

/**
 * The profiles that reserved the coupon, hard or soft, in the order they reserved it. A coupon visible to everyone
 * (implicitly reserved) lists only the profiles that reserved it explicitly. 404 for an unknown coupon.
 */
export const getReservedCustomers: OperationHandler<'getReservedCustomers'> = (context, input) => {
  const coupon = context.state.coupons.get(input.couponValue);
  if (!coupon) throw notFound(`coupon "${input.couponValue}"`);
  const data = coupon.reservedBy.flatMap((integrationId) => {
    const profile = context.state.profiles.get(integrationId);
    // A profile deleted since (deleteCustomerData) has no data left to show.
    return profile ? [profileView(context, profile)] : [];
  });
  return { totalResultSize: data.length, data };
};
