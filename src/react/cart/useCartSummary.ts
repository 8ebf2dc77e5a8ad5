'use client';
import { skipToken, type UseQueryResult } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { CartEffectsSummary } from '../../effects/CartEffectsSummary.js';
import { summarizeEffects } from '../../effects/summarizeEffects.js';
import type { IntegrationCustomerSessionResponse } from '../../schemas/IntegrationCustomerSessionResponse.js';
import { useCustomerSession } from '../hooks/useCustomerSession.js';

// TanStack Query memoises `select` per observer: with a plain stable function, N mounted callers would still each
// summarize every answer once. Keyed by the answer itself, the first caller's summary serves every other one (and a
// refetch that structural sharing turns into the same object costs nothing); the entry goes with the answer.
const summaries = new WeakMap<IntegrationCustomerSessionResponse, CartEffectsSummary>();

function selectSummary(data: IntegrationCustomerSessionResponse): CartEffectsSummary {
  let summary = summaries.get(data);
  if (!summary) summaries.set(data, (summary = summarizeEffects(data.effects)));
  return summary;
}

/**
 * What the campaigns do to a cart: `summarizeEffects` over the customer session's effects (discounts, the total
 * saved, free items, loyalty points, codes accepted or rejected, notifications), read with `useCustomerSession`.
 * The summary is computed once per answer from Talon.One and shared by every caller (the kit's `CartPromotions`,
 * `CouponCodeForm`, `CouponWallet` and `useCart` read it too), so mounting it in ten places costs one summary.
 *
 * A session Talon.One does not know yet answers 404: `error.status === 404` is an empty cart, not a failure.
 *
 * @param customerSessionId The cart's session; `undefined` waits (`skipToken`) until it is known.
 * @returns TanStack Query's result, `data` the summary.
 *
 * @example
 * const { data: summary } = useCartSummary(cartId);
 * return <p>You save {format.money(summary?.totalDiscount ?? 0)}</p>;
 */
export function useCartSummary(customerSessionId: string | undefined): UseQueryResult<CartEffectsSummary, TalonError> {
  return useCustomerSession(customerSessionId ? { customerSessionId } : skipToken, { select: selectSummary });
}
