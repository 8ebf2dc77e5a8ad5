'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { createCouponReservation } from '../../client/operations/createCouponReservation.js';
import type { ReservedCustomersPage } from '../../schemas/ReservedCustomersPage.js';
import type { TalonQueryOptions } from '../core/useTalonQuery.js';
import { useCreateCouponReservation } from './useCreateCouponReservation.js';
import { useDeleteCouponReservation } from './useDeleteCouponReservation.js';
import { useReservedCustomers } from './useReservedCustomers.js';

/** A coupon's reserved customers, and beside them the actions that change them. */
export interface CouponReservationResult<TData = ReservedCustomersPage> {
  /**
   * The reserved customers: TanStack Query's result as `useReservedCustomers` gives it, untouched (it tracks which of
   * its properties a component reads, and re-renders only when those change).
   */
  query: UseQueryResult<TData, TalonError>;
  /** Reserves the coupon for these customer profiles. Resolves to the coupon. */
  reserve: (integrationIds: string[]) => Promise<OperationOutput<typeof createCouponReservation>>;
  /** Releases the coupon's reservation for these customer profiles. */
  release: (integrationIds: string[]) => Promise<void>;
  /** True while a reserve or release is on its way. */
  isUpdating: boolean;
  /** The error of the last reserve or release, if it failed. */
  updateError: TalonError | null;
}

/**
 * The customers that have `couponValue` reserved (`getReservedCustomers`) as `query`, with `reserve` and `release`
 * beside it: `const { query, reserve } = useCouponReservation('SUMMER')`, then `query.data`.
 */
export function useCouponReservation<TData = ReservedCustomersPage>(
  couponValue: string | SkipToken,
  options?: TalonQueryOptions<ReservedCustomersPage, TData>,
): CouponReservationResult<TData> {
  const query = useReservedCustomers(typeof couponValue === 'string' ? { couponValue } : couponValue, options);
  const { mutateAsync: create, isPending: isCreating, error: createError } = useCreateCouponReservation();
  const { mutateAsync: remove, isPending: isRemoving, error: removeError } = useDeleteCouponReservation();
  const code = typeof couponValue === 'string' ? couponValue : '';
  const reserve = useCallback(
    (integrationIds: string[]) => create({ couponValue: code, body: { integrationIDs: integrationIds } }),
    [create, code],
  );
  const release = useCallback(
    async (integrationIds: string[]) => {
      await remove({ couponValue: code, body: { integrationIDs: integrationIds } });
    },
    [remove, code],
  );
  return { query, reserve, release, isUpdating: isCreating || isRemoving, updateError: createError ?? removeError };
}
