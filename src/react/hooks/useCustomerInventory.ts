'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { OperationInput, OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { getCustomerInventory } from '../../client/operations/getCustomerInventory.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { customerInventoryQueryOptions } from '../queryOptions/customerInventoryQueryOptions.js';

type Data = OperationOutput<typeof getCustomerInventory>;

/**
 * List a customer's coupons, referrals, loyalty, giveaways and achievements (`getCustomerInventory`). Pass `skipToken`
 * until the IDs are known.
 */
export function useCustomerInventory<TData = Data>(
  input: OperationInput<typeof getCustomerInventory> | SkipToken,
  options?: TalonQueryOptions<Data, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(customerInventoryQueryOptions, input, options);
}
