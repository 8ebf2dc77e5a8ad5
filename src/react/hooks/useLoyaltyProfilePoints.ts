'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { OperationInput, OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { getLoyaltyProgramProfilePoints } from '../../client/operations/getLoyaltyProgramProfilePoints.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { loyaltyProfilePointsQueryOptions } from '../queryOptions/loyaltyProfilePointsQueryOptions.js';

type Data = OperationOutput<typeof getLoyaltyProgramProfilePoints>;

/**
 * List a customer's unused loyalty points (`getLoyaltyProgramProfilePoints`). Pass `skipToken` until the IDs are
 * known.
 */
export function useLoyaltyProfilePoints<TData = Data>(
  input: OperationInput<typeof getLoyaltyProgramProfilePoints> | SkipToken,
  options?: TalonQueryOptions<Data, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(loyaltyProfilePointsQueryOptions, input, options);
}
