import type { SkipToken } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import { getLoyaltyProgramProfilePoints } from '../../client/operations/getLoyaltyProgramProfilePoints.js';
import { talonInfiniteQueryOptions, type PagedInput } from '../core/talonInfiniteQueryOptions.js';

/** Infinite query options of `getLoyaltyProgramProfilePoints`, paged with `skip` until the last page. */
export const loyaltyProfilePointsInfiniteQueryOptions = (
  client: TalonTransport,
  input: PagedInput<typeof getLoyaltyProgramProfilePoints> | SkipToken,
) => talonInfiniteQueryOptions(client, getLoyaltyProgramProfilePoints, input);
