import { defineOperation } from '../defineOperation.js';
import { pathText } from '../params.js';
import { ReservedCustomersPageSchema } from '../../schemas/ReservedCustomersPage.js';

/** List customers that have this coupon reserved: `GET /v1/coupon_reservations/customerprofiles/{couponValue}`. */
export const getReservedCustomers = defineOperation('getReservedCustomers', {
  input: {
    couponValue: pathText,
  },
  output: ReservedCustomersPageSchema,
});
