'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { createCouponReservation } from '../../client/operations/createCouponReservation.js';

import type { TalonQueryOptions } from '../core/useTalonQuery.js';
import { useCreateCouponReservation } from './useCreateCouponReservation.js';
import { useDeleteCouponReservation } from './useDeleteCouponReservation.js';
import { useReservedCustomers } from './useReservedCustomers.js';
import type { ReservedCustomersPage } from '../../schemas/ReservedCustomersPage.js';

/** A coupon's reserved customers, and the actions that change them. */
export type CouponReservationResult<TData = ReservedCustomersPage> = UseQueryResult<TData, TalonError> & {
  /** Reserves the coupon for these customer profiles. Resolves to the coupon. */
  reserve: (integrationIds: string[]) => Promise<OperationOutput<typeof createCouponReservation>>;
  /** Releases the coupon's reservation for these customer profiles. */
  release: (integrationIds: string[]) => Promise<void>;
  /** True while a reserve or release is on its way. */
  isUpdating: boolean;
  /** The error of the last reserve or release, if it failed. */
  updateError: TalonError | null;
};

/** The customers that have `couponValue` reserved (`getReservedCustomers`), with `reserve` and `release`. */
export function useCouponReservation<TData = ReservedCustomersPage>(
  couponValue: string | SkipToken,
  options?: TalonQueryOptions<ReservedCustomersPage, TData>,
): CouponReservationResult<TData> {
  const query = useReservedCustomers(typeof couponValue === 'string' ? { couponValue } : couponValue, options);
  const create = useCreateCouponReservation();
  const remove = useDeleteCouponReservation();
  const code = typeof couponValue === 'string' ? couponValue : '';
  return Object.assign(query, {
    reserve: (integrationIds: string[]) =>
      create.mutateAsync({ couponValue: code, body: { integrationIDs: integrationIds } }),
    release: (integrationIds: string[]) =>
      remove.mutateAsync({ couponValue: code, body: { integrationIDs: integrationIds } }) as Promise<void>,
    isUpdating: create.isPending || remove.isPending,
    updateError: create.error ?? remove.error,
  });
}
