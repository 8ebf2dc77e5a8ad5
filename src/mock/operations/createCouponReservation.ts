import { couponView, reserveCoupon } from '../domain/coupons.js';
import { badRequest, notFound } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

/**
 * Reserves the coupon for each listed profile (created on first use): a hard reservation when the coupon's
 * reservation is mandatory, a soft one otherwise; both are the same record, and only redeeming tells them apart. The
 * coupon's reservation limit does not apply to this endpoint, as Talon.One documents. Answers the coupon.
 */
export const createCouponReservation: OperationHandler<'createCouponReservation'> = (context, input) => {
  const { couponValue, body } = input;
  if (!context.state.coupons.has(couponValue)) throw notFound(`coupon "${couponValue}"`);
  body.integrationIDs.forEach((integrationId, index) => {
    if (integrationId === '') throw badRequest('integrationIDs must not hold an empty ID', `/integrationIDs/${index}`);
    reserveCoupon(context, couponValue, integrationId, { ignoreLimit: true });
  });
  const coupon = context.state.coupons.get(couponValue);
  if (!coupon) throw notFound(`coupon "${couponValue}"`);
  return couponView(coupon);
};
