import type { SkipToken } from '@tanstack/react-query';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import { getLoyaltyCardPoints } from '../../client/operations/getLoyaltyCardPoints.js';
import { talonInfiniteQueryOptions, type PagedInput } from '../core/talonInfiniteQueryOptions.js';

/** Infinite query options of `getLoyaltyCardPoints`, paged with `skip` until the last page. */
export const loyaltyCardPointsInfiniteQueryOptions = (
  client: TalonTransport,
  input: PagedInput<typeof getLoyaltyCardPoints> | SkipToken,
) => talonInfiniteQueryOptions(client, getLoyaltyCardPoints, input);
