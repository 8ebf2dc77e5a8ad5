import type { CartItem } from '../../schemas/CartItem.js';
import type { IntegrationStateV2 } from '../../schemas/IntegrationStateV2.js';
import type { Return } from '../../schemas/Return.js';
import type { ReturnIntegrationRequest } from '../../schemas/ReturnIntegrationRequest.js';
import { roundMoney } from '../campaigns/cart.js';
import { rollBackReturn } from '../campaigns/rollback.js';
import { bookSales, getSession, recordSessionEvent, responseParts, withoutPersisting } from '../sessions/sessions.js';
import type { SandboxContext } from '../SandboxContext.js';
import { badRequest } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

function returnItems(
  context: SandboxContext,
  customerSessionId: string,
  body: ReturnIntegrationRequest,
): IntegrationStateV2 {
  const { state } = context;
  const session = getSession(context, customerSessionId);
  if (session.state !== 'closed' && session.state !== 'partially_returned') {
    throw badRequest(
      `customer session "${customerSessionId}" is ${session.state}: only a closed or partially returned session can return items`,
    );
  }
  const lines = body.return.returnedCartItems;
  if (lines.length === 0) {
    throw badRequest('returnedCartItems must list at least one cart item to return', '/return/returnedCartItems');
  }
  const items = session.cartItems;
  const returning = new Map<number, number>();
  const returned = lines.map(({ position, quantity }, index) => {
    const pointer = `/return/returnedCartItems/${index}`;
    const item = items[position];
    if (item === undefined) {
      throw badRequest(
        `position ${position} is not a cart item of the session: its positions are 0 to ${items.length - 1}`,
        `${pointer}/position`,
      );
    }
    const left = item.quantity - (item.returnedQuantity ?? 0) - (returning.get(position) ?? 0);
    if (left <= 0) {
      throw badRequest(
        `the cart item at position ${position} (${item.sku}) has no units left to return`,
        `${pointer}/position`,
      );
    }
    const units = quantity ?? left;
    if (units < 1 || units > left) {
      throw badRequest(
        `quantity must be between 1 and ${left} (the units of the cart item at position ${position} not returned yet), not ${units}`,
        `${pointer}/quantity`,
      );
    }
    returning.set(position, (returning.get(position) ?? 0) + units);
    return { position, quantity: units };
  });

  let value = 0;
  const after = items.map((item, position): CartItem => {
    const units = returning.get(position) ?? 0;
    value += (item.price ?? 0) * units;
    const returnedQuantity = (item.returnedQuantity ?? 0) + units;
    return { ...item, returnedQuantity, remainingQuantity: item.quantity - returnedQuantity };
  });
  const effects = rollBackReturn(context, session, after);
  // Total sales leave out returned items.
  bookSales(context, session.profileId, 0, -roundMoney(value));
  const event = recordSessionEvent(context, session, 'talon_session_partially_returned', effects);
  const profile = session.profileId === '' ? undefined : state.profiles.get(session.profileId);
  const record: Return = {
    id: context.nextId('return'),
    created: context.now,
    applicationId: state.applicationId,
    accountId: state.accountId,
    returnedCartItems: returned,
    eventId: event.id,
    sessionId: session.id,
    sessionIntegrationId: customerSessionId,
    ...(profile ? { profileId: profile.id, profileIntegrationId: profile.integrationId } : {}),
  };
  const saved = state.sessions.set(customerSessionId, {
    ...session,
    state: 'partially_returned',
    cartItems: after,
    returns: [...session.returns, record],
    updated: context.now,
  });
  const parts = responseParts(context, body.responseContent, { profileId: session.profileId, session: saved, event });
  return {
    effects,
    createdCoupons: [],
    createdReferrals: [],
    return: record,
    ...parts,
    // The returns before this one.
    ...(parts.previousReturns ? { previousReturns: [...session.returns] } : {}),
  };
}

/**
 * Returns cart items of a closed session: it becomes `partially_returned`, and what belongs to the returned units is
 * rolled back (per-item discounts and points, points from the subtotal by the returned value). `dry` keeps nothing.
 */
export const returnCartItems: OperationHandler<'returnCartItems'> = (context, { customerSessionId, body, dry }) => {
  const run = () => returnItems(context, customerSessionId, body);
  return dry ? withoutPersisting(context, run) : run();
};
