import {
  getCustomerSession,
  summarizeEffects,
  TalonApiError,
  updateCustomerSessionV2,
  type TalonTransport,
} from 'talon-react';
import type { CheckoutResult } from '../shared/types.js';

/** Why an order could not be placed, with the HTTP status the demo answers with. */
export class CheckoutError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
    this.name = 'CheckoutError';
  }
}

const cents = (value: number) => Math.round(value * 100) / 100;

/**
 * Places the shopper's order: closes their open customer session straight through the Talon.One Integration API
 * (with the API key, as a shop's server does after payment; the proxy refuses `closed` from browsers), which commits
 * the campaigns' side effects: coupon redemptions, loyalty points, achievement progress.
 *
 * A session of somebody else is "not found", so that the answer does not tell whether it exists.
 */
export async function checkout(
  talon: TalonTransport,
  shopperId: string,
  customerSessionId: string,
  loyaltyProgramId: number,
): Promise<Omit<CheckoutResult, 'nextCustomerSessionId'>> {
  const current = await talon.request(getCustomerSession, { customerSessionId }).catch((error: unknown) => {
    if (error instanceof TalonApiError && error.status === 404) return undefined;
    throw error;
  });
  const session = current?.customerSession;
  if (!session || session.profileId !== shopperId) throw new CheckoutError(404, 'There is no such cart.');
  if (session.state !== 'open') throw new CheckoutError(409, 'This order has been placed already.');
  if (session.cartItems.length === 0) throw new CheckoutError(400, 'The cart is empty.');

  const closed = await talon.request(updateCustomerSessionV2, {
    customerSessionId,
    body: { customerSession: { state: 'closed' }, responseContent: ['customerSession'] },
  });
  const summary = summarizeEffects(closed.effects);
  const total = closed.customerSession?.total ?? session.total;
  const points = summary.loyalty.added
    .filter((entry) => entry.programId === loyaltyProgramId && !entry.subLedgerId)
    .reduce((sum, entry) => sum + entry.value, 0);
  return {
    customerSessionId,
    total,
    discount: summary.totalDiscount,
    paid: cents(total - summary.totalDiscount),
    points: cents(points),
  };
}
