'use client';
import { deleteCustomerData } from '../../client/operations/deleteCustomerData.js';
import { removeProfile } from '../core/cache.js';
import { useTalonMutation, type TalonMutationOptions, type TalonMutationResult } from '../core/useTalonMutation.js';

type Op = typeof deleteCustomerData;

/**
 * Deletes a customer's personal data. Removes every cached read of that profile, its sessions included
 * (`deleteCustomerData`).
 */
export function useDeleteCustomerData<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(deleteCustomerData, options, (queryClient, { integrationId }) =>
    removeProfile(queryClient, integrationId),
  );
}
