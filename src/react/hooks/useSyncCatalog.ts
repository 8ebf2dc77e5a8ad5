'use client';
import { syncCatalog } from '../../client/operations/syncCatalog.js';
import { useTalonMutation, type TalonMutationOptions, type TalonMutationResult } from '../core/useTalonMutation.js';

type Op = typeof syncCatalog;

/**
 * Adds, changes or removes items of a cart item catalog. No read of the Integration API returns catalog items, so no
 * cached read changes (`syncCatalog`).
 */
export function useSyncCatalog<TOnMutateResult = unknown>(
  options?: TalonMutationOptions<Op, TOnMutateResult>,
): TalonMutationResult<Op, TOnMutateResult> {
  return useTalonMutation(syncCatalog, options, () => undefined);
}
