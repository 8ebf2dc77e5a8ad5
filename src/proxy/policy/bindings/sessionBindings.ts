import { TalonApiError } from '../../../client/errors/TalonApiError.js';
import type { TalonTransport } from '../../../client/createTalonTransport.js';
import { getCustomerSession } from '../../../client/operations/getCustomerSession.js';
import type { CustomerSessionV2 } from '../../../schemas/CustomerSessionV2.js';
import { TalonProxyRefusal } from '../../TalonProxyRefusal.js';
import { priceItems, refuseBrowserPrices } from '../cartPrices.js';
import { refuseLoyaltyCards } from '../refuseLoyaltyCards.js';
import type { Binding } from './Binding.js';

// One answer for "no such session" and "somebody else's session", so that IDs cannot be probed.
const notFound = () => new TalonProxyRefusal(404, 'customer session not found', { parameter: 'customerSessionId' });

const isNotFound = (error: unknown) => error instanceof TalonApiError && error.status === 404;

async function findSession(
  talon: TalonTransport,
  customerSessionId: string,
  signal: AbortSignal,
): Promise<CustomerSessionV2 | undefined> {
  try {
    return (await talon.request(getCustomerSession, { customerSessionId }, { signal })).customerSession;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** A session is read only by the shopper whose profile it carries; for anybody else it does not exist. */
export const ownSessionRead: Binding<'getCustomerSession'> = async ({ input, shopperId, send }) => {
  let output;
  try {
    output = await send(input);
  } catch (error) {
    throw isNotFound(error) ? notFound() : error;
  }
  if (output.customerSession?.profileId !== shopperId) throw notFound();
  return output;
};

/**
 * A session is updated only by its shopper, only while open, always with the shopper's profile, and never with prices
 * or loyalty cards from the browser. A new session is created bound to the shopper. (Talon.One would move a session to another profile
 * if asked, hence the look-up first.)
 */
export const ownSessionUpdate: Binding<'updateCustomerSessionV2'> = async (context) => {
  const { input, shopperId, talon, signal, request, send, priceCart } = context;
  const { customerSession } = input.body;
  if (customerSession.state !== undefined && customerSession.state !== 'open') {
    throw new TalonProxyRefusal(
      403,
      'closing, cancelling or returning a customer session is done by your server: call Talon.One directly',
      { pointer: '/customerSession/state' },
    );
  }
  refuseBrowserPrices(customerSession.cartItems, priceCart);
  refuseLoyaltyCards(customerSession.loyaltyCards, '/customerSession/loyaltyCards');
  const existing = await findSession(talon, input.customerSessionId, signal);
  if (existing) {
    if (existing.profileId !== shopperId) throw notFound();
    if (existing.state !== 'open') {
      throw new TalonProxyRefusal(403, 'this customer session is no longer open: only your server can change it', {
        parameter: 'customerSessionId',
      });
    }
  }
  const cartItems = await priceItems(customerSession.cartItems, priceCart, {
    shopperId,
    customerSessionId: input.customerSessionId,
    request,
    signal,
  });
  return send({
    ...input,
    body: {
      ...input.body,
      customerSession: { ...customerSession, profileId: shopperId, ...(cartItems ? { cartItems } : {}) },
    },
  });
};
