import type { SkipToken } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { OperationInput } from '../../client/defineOperation.js';
import { getLoyaltyProgramProfilePoints } from '../../client/operations/getLoyaltyProgramProfilePoints.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getLoyaltyProgramProfilePoints` (list a customer's unused loyalty points): for prefetching,
 * `useSuspenseQuery` and `ensureQueryData`.
 */
export const loyaltyProfilePointsQueryOptions = (
  client: TalonTransport,
  input: OperationInput<typeof getLoyaltyProgramProfilePoints> | SkipToken,
) => talonQueryOptions(client, getLoyaltyProgramProfilePoints, input);
