import { unreserveCoupon } from '../domain/coupons.js';
import type { OperationHandler } from './OperationHandler.js';

/** Removes the listed profiles' reservations of the coupon (IDs without one are left alone). 404 for an unknown coupon. */
export const deleteCouponReservation: OperationHandler<'deleteCouponReservation'> = (context, input) => {
  unreserveCoupon(context, input.couponValue, input.body.integrationIDs);
  return undefined;
};
