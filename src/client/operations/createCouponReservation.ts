import { defineOperation } from '../defineOperation.js';
import { pathText } from '../params.js';
import { CouponReservationsSchema } from '../../schemas/CouponReservations.js';
import { CouponSchema } from '../../schemas/Coupon.js';

/** Create coupon reservation: `POST /v1/coupon_reservations/{couponValue}`. */
export const createCouponReservation = defineOperation('createCouponReservation', {
  input: {
    couponValue: pathText,
    body: CouponReservationsSchema,
  },
  output: CouponSchema,
});
