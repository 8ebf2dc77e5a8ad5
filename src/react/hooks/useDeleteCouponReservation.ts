'use client';
import { deleteCouponReservation } from '../../client/operations/deleteCouponReservation.js';
import { invalidatePath, invalidateProfiles } from '../core/cache.js';
import { useTalonMutation, type TalonMutationOptions, type TalonMutationResult } from '../core/useTalonMutation.js';

type Op = typeof deleteCouponReservation;

/**
 * Releases a coupon's reservation for customers. Marks the coupon's reserved customers and those profiles' reads stale
 * (`deleteCouponReservation`).
 */
export function useDeleteCouponReservation<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(deleteCouponReservation, options, (queryClient, { couponValue, body }) => {
    invalidatePath(queryClient, 'coupon_reservations', 'customerprofiles', couponValue);
    invalidateProfiles(queryClient, body.integrationIDs);
  });
}
