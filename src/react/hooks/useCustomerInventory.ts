'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { GetCustomerInventoryInput } from '../../client/operations/getCustomerInventory.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { customerInventoryQueryOptions } from '../queryOptions/customerInventoryQueryOptions.js';
import type { CustomerInventory } from '../../schemas/CustomerInventory.js';

/**
 * List a customer's coupons, referrals, loyalty, giveaways and achievements (`getCustomerInventory`). Pass `skipToken`
 * until the IDs are known.
 */
export function useCustomerInventory<TData = CustomerInventory>(
  input: GetCustomerInventoryInput | SkipToken,
  options?: TalonQueryOptions<CustomerInventory, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(customerInventoryQueryOptions, input, options);
}
