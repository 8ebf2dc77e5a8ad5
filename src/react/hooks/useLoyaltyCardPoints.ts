'use client';
import type { SkipToken, UseQueryResult } from '@tanstack/react-query';
import type { OperationInput, OperationOutput } from '../../client/defineOperation.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { getLoyaltyCardPoints } from '../../client/operations/getLoyaltyCardPoints.js';
import { useTalonQuery, type TalonQueryOptions } from '../core/useTalonQuery.js';
import { loyaltyCardPointsQueryOptions } from '../queryOptions/loyaltyCardPointsQueryOptions.js';

type Data = OperationOutput<typeof getLoyaltyCardPoints>;

/** List a card's unused loyalty points (`getLoyaltyCardPoints`). Pass `skipToken` until the IDs are known. */
export function useLoyaltyCardPoints<TData = Data>(
  input: OperationInput<typeof getLoyaltyCardPoints> | SkipToken,
  options?: TalonQueryOptions<Data, TData>,
): UseQueryResult<TData, TalonError> {
  return useTalonQuery(loyaltyCardPointsQueryOptions, input, options);
}
