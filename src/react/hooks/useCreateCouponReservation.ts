'use client';
import { createCouponReservation } from '../../client/operations/createCouponReservation.js';
import { invalidatePath, invalidateProfiles } from '../core/cache.js';
import { useTalonMutation, type TalonMutationOptions, type TalonMutationResult } from '../core/useTalonMutation.js';

type Op = typeof createCouponReservation;

/**
 * Reserves a coupon for customers. Marks the coupon's reserved customers and those profiles' reads stale
 * (`createCouponReservation`).
 */
export function useCreateCouponReservation<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(createCouponReservation, options, (queryClient, { couponValue, body }) => {
    invalidatePath(queryClient, 'coupon_reservations', 'customerprofiles', couponValue);
    invalidateProfiles(queryClient, body.integrationIDs);
  });
}
