import { cartTotals } from '../campaigns/cart.js';
import { rollBackSession } from '../campaigns/rollback.js';
import { bookSales, getSession, recordSessionEvent } from '../sessions/sessions.js';
import { badRequest } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

/**
 * Reopens a closed session: it is open again, and what closing committed is rolled back, except what Talon.One
 * keeps (free items, loyalty points no longer pending, created coupons and referrals, reservations, custom effects).
 */
export const reopenCustomerSession: OperationHandler<'reopenCustomerSession'> = (context, { customerSessionId }) => {
  const session = getSession(context, customerSessionId);
  if (session.state !== 'closed') {
    throw badRequest(
      `customer session "${customerSessionId}" is ${session.state}: only a closed session can be reopened`,
    );
  }
  const { effects, remaining } = rollBackSession(context, session, 'reopen');
  bookSales(context, session.profileId, -1, -cartTotals(session.cartItems, session.additionalCosts).total);
  const reopened = context.state.sessions.set(customerSessionId, {
    ...session,
    state: 'open',
    updated: context.now,
    commits: remaining,
  });
  recordSessionEvent(context, reopened, 'talon_session_reopened', effects);
  return { effects };
};
