import { TalonApiError } from '../../../client/errors/TalonApiError.js';
import type { TalonTransport } from '../../../client/createTalonTransport.js';
import { getCustomerSession } from '../../../client/operations/getCustomerSession.js';
import type { CustomerSessionV2 } from '../../../schemas/CustomerSessionV2.js';
import type { NewCustomerSessionV2 } from '../../../schemas/NewCustomerSessionV2.js';
import { TalonProxyRefusal } from '../../TalonProxyRefusal.js';
import { priceItems, refuseBrowserCosts, refuseBrowserItems } from '../cartPrices.js';
import type { PolicySettings } from '../PolicySettings.js';
import { refusePreview } from '../previewGate.js';
import { refuseFields } from '../refuseFields.js';
import { refuseLoyaltyCards } from '../refuseLoyaltyCards.js';
import type { Binding, BindingContext } from './Binding.js';

// One answer for "no such session", "somebody else's session" and "an ID not minted for you", so that IDs cannot be
// probed; it says what a developer who meets it needs to know.
const notFound = () =>
  new TalonProxyRefusal(
    404,
    'customer session not found (a new session needs an ID minted for the signed-in shopper: mintSessionId)',
    { parameter: 'customerSessionId' },
  );

const isNotFound = (error: unknown) => error instanceof TalonApiError && error.status === 404;

const requestFields = new Set(['customerSession', 'responseContent']);
// `profileId` is forced, `state` may only be `open`, the rest is checked below.
const sessionFields = new Set([
  'profileId',
  'state',
  'couponCodes',
  'referralCode',
  'storeIntegrationId',
  'cartItems',
  'additionalCosts',
  'loyaltyCards',
  'attributes',
  'identifiers',
  'evaluableCampaignIds',
]);

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

/** Session attributes only by the app's allow-list, identifiers only when the app lets them. */
function refuseSessionExtras(session: NewCustomerSessionV2, settings: PolicySettings): void {
  for (const name of Object.keys(session.attributes ?? {})) {
    if (settings.sessionAttributes.has(name)) continue;
    throw new TalonProxyRefusal(
      403,
      `session attribute ${name} is not for the browser to set: rules may trust it (allow it with policy.sessionAttributes)`,
      { pointer: `/customerSession/attributes/${name}` },
    );
  }
  if (session.identifiers !== undefined && !settings.sessionIdentifiers) {
    throw new TalonProxyRefusal(
      403,
      'session identifiers are set by your server: campaigns limit redemptions per identifier (allow them with policy.sessionIdentifiers)',
      { pointer: '/customerSession/identifiers' },
    );
  }
}

/** Everything about the browser's update that needs no look-up: refused before anything goes upstream. */
async function refuseRequest({ input, shopperId, request, settings }: BindingContext<'updateCustomerSessionV2'>) {
  const { body } = input;
  const session = body.customerSession;
  refuseFields(body, requestFields, '', 'an update carries customerSession and responseContent');
  refuseFields(session, sessionFields, '/customerSession', 'the proxy does not let it through');
  if (session.state !== undefined && session.state !== 'open') {
    throw new TalonProxyRefusal(
      403,
      'closing, cancelling or returning a customer session is done by your server: call Talon.One directly',
      { pointer: '/customerSession/state' },
    );
  }
  refuseBrowserItems(session.cartItems);
  refuseBrowserCosts(session.additionalCosts);
  refuseLoyaltyCards(session.loyaltyCards, '/customerSession/loyaltyCards');
  refuseSessionExtras(session, settings);
  const preview =
    input.now !== undefined
      ? { name: 'now', source: { parameter: 'now' } }
      : session.evaluableCampaignIds !== undefined
        ? { name: 'evaluableCampaignIds', source: { pointer: '/customerSession/evaluableCampaignIds' } }
        : undefined;
  await refusePreview(preview, settings, { operationId: 'updateCustomerSessionV2', shopperId, request });
}

/**
 * Whether the shopper may write this session. An ID minted for them (`mintSessionId`) is theirs without asking
 * Talon.One, whether the session exists yet or not: nobody else can create it, so there is no race between a look-up
 * and the write. Any other ID must name a session that exists, is theirs and is open (a look-up first): a new
 * session under an ID the shopper chose could be taken by whoever guessed it first.
 */
async function refuseSession({ input, shopperId, talon, signal, settings }: BindingContext<'updateCustomerSessionV2'>) {
  if (await settings.sessions.isMintedFor(input.customerSessionId, shopperId)) return;
  const existing = await findSession(talon, input.customerSessionId, signal);
  if (!existing || existing.profileId !== shopperId) throw notFound();
  if (existing.state !== 'open') {
    throw new TalonProxyRefusal(403, 'this customer session is no longer open: only your server can change it', {
      parameter: 'customerSessionId',
    });
  }
}

/**
 * A session is updated only by its shopper, always with the shopper's profile, only with what a shopper may choose:
 * cart lines (`sku` and `quantity`; the rest from `policy.priceCart` or Talon.One's catalog), coupon and referral
 * codes, the store, and allow-listed attributes. Talon.One itself refuses updates of a closed session.
 */
export const ownSessionUpdate: Binding<'updateCustomerSessionV2'> = async (context) => {
  const { input, shopperId, request, signal, send, settings } = context;
  await refuseRequest(context);
  await refuseSession(context);
  const { customerSession } = input.body;
  const priced = await priceItems(customerSession.cartItems, settings.priceCart, {
    shopperId,
    customerSessionId: input.customerSessionId,
    request,
    signal,
  });
  return send({
    ...input,
    body: {
      ...input.body,
      customerSession: {
        ...customerSession,
        profileId: shopperId,
        ...(priced ? { cartItems: priced.cartItems } : {}),
        ...(priced?.additionalCosts ? { additionalCosts: priced.additionalCosts } : {}),
      },
    },
  });
};
