import type { SkipToken } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import type { OperationInput } from '../../client/defineOperation.js';
import { getLoyaltyCardPoints } from '../../client/operations/getLoyaltyCardPoints.js';
import { talonQueryOptions } from '../core/talonQueryOptions.js';

/**
 * Query options of `getLoyaltyCardPoints` (list a card's unused loyalty points): for prefetching, `useSuspenseQuery`
 * and `ensureQueryData`.
 */
export const loyaltyCardPointsQueryOptions = (
  client: TalonTransport,
  input: OperationInput<typeof getLoyaltyCardPoints> | SkipToken,
) => talonQueryOptions(client, getLoyaltyCardPoints, input);
