import { defineOperation } from '../defineOperation.js';
import { pathText } from '../params.js';
import { CouponReservationsSchema } from '../../schemas/CouponReservations.js';

/** Delete coupon reservations: `DELETE /v1/coupon_reservations/{couponValue}`. */
export const deleteCouponReservation = defineOperation('deleteCouponReservation', {
  input: {
    couponValue: pathText,
    body: CouponReservationsSchema,
  },
});
