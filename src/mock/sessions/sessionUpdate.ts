import type { CartItem } from '../../schemas/CartItem.js';
import type { IntegrationRequest } from '../../schemas/IntegrationRequest.js';
import type { IntegrationStateV2 } from '../../schemas/IntegrationStateV2.js';
import type { NewCustomerSessionV2 } from '../../schemas/NewCustomerSessionV2.js';
import { cartTotals, returnedValue } from '../campaigns/cart.js';
import { commitEvaluation } from '../campaigns/commit.js';
import { reuseUnchanged } from '../campaigns/effectShapes.js';
import { evaluateCampaigns, previewEffects } from '../campaigns/engine.js';
import { rollBackSession } from '../campaigns/rollback.js';
import type { SandboxContext } from '../SandboxContext.js';
import { badRequest } from '../SandboxError.js';
import type { SessionRecord } from '../SandboxState.js';
import { findCatalogItem } from '../domain/catalogs.js';
import { ensureProfile } from '../domain/profiles.js';
import {
  bookSales,
  isFirstSession,
  linkSessionToProfile,
  recordSessionEvent,
  responseParts,
  touchProfile,
} from './sessions.js';

type SessionState = SessionRecord['state'];

const maxItems = 1000;
const maxUnits = 10_000;
const statePointer = '/customerSession/state';

/**
 * Cart items as the session keeps them: prices (and catalog IDs) from the catalog where missing, returned quantities
 * dropped (the sandbox computes them). Items that need neither are kept as they came (the request's validation made
 * them fresh objects): copying twenty items per update would be the update's biggest cost. Positions are the indexes,
 * added when the session is shown.
 */
function normalizeCart(context: SandboxContext, items: readonly CartItem[]): readonly CartItem[] {
  if (items.length > maxItems) {
    throw badRequest(
      `cartItems holds ${items.length} items; at most ${maxItems} are allowed`,
      '/customerSession/cartItems',
    );
  }
  let cart: CartItem[] | undefined;
  let units = 0;
  for (let position = 0; position < items.length; position++) {
    const given = items[position] as CartItem;
    units += given.quantity;
    let item = given;
    if (item.returnedQuantity !== undefined || item.remainingQuantity !== undefined) {
      const { returnedQuantity: _returned, remainingQuantity: _remaining, ...rest } = item;
      item = rest as CartItem;
    }
    const catalogItem = item.price === undefined ? findCatalogItem(context, item.sku) : undefined;
    if (catalogItem) {
      item = {
        ...item,
        ...(catalogItem.price === undefined ? {} : { price: catalogItem.price }),
        catalogItemID: catalogItem.id,
        ...(catalogItem.attributes || item.attributes
          ? { attributes: { ...catalogItem.attributes, ...item.attributes } }
          : {}),
      };
    }
    if (item !== given) {
      cart ??= items.slice();
      cart[position] = item;
    }
  }
  if (units > maxUnits) {
    throw badRequest(
      `the cart items' quantities add up to ${units}; at most ${maxUnits} are allowed per request`,
      '/customerSession/cartItems',
    );
  }
  return cart ?? items;
}

const json = (value: unknown) => JSON.stringify(value);

/** Whether an update of a closed session asks for nothing new (a repeated close, say). */
function unchanged(session: SessionRecord, patch: NewCustomerSessionV2): boolean {
  if (patch.profileId !== undefined && patch.profileId !== session.profileId) return false;
  if (patch.couponCodes !== undefined && json(patch.couponCodes) !== json(session.couponCodes)) return false;
  if (patch.referralCode !== undefined && (patch.referralCode || undefined) !== session.referralCode) return false;
  if (patch.loyaltyCards !== undefined && json(patch.loyaltyCards) !== json(session.loyaltyCards)) return false;
  if (patch.attributes !== undefined && json(patch.attributes) !== json(session.attributes)) return false;
  if (patch.additionalCosts !== undefined && json(patch.additionalCosts) !== json(session.additionalCosts))
    return false;
  if (patch.cartItems !== undefined) {
    if (patch.cartItems.length !== session.cartItems.length) return false;
    return patch.cartItems.every((item, position) => {
      const stored = session.cartItems[position];
      return (
        stored !== undefined &&
        stored.sku === item.sku &&
        stored.quantity === item.quantity &&
        (item.price === undefined || item.price === stored.price)
      );
    });
  }
  return true;
}

function refuse(id: string, from: SessionState, to: SessionState): never {
  if (from === 'cancelled') {
    throw badRequest(`customer session "${id}" is cancelled: a cancelled session can no longer change`, statePointer);
  }
  if (to === 'open') {
    throw badRequest(
      `customer session "${id}" is ${from}: state cannot go back to "open"; reopen a closed session with reopenCustomerSession`,
      statePointer,
    );
  }
  if (to === 'partially_returned') {
    throw badRequest(
      `state cannot be set to "partially_returned" by an update: returnCartItems returns items of a closed session`,
      statePointer,
    );
  }
  throw badRequest(
    `customer session "${id}" is ${from}: its cart and codes can no longer change (set state to "cancelled" to cancel it, or reopen it with reopenCustomerSession)`,
    statePointer,
  );
}

function answer(
  context: SandboxContext,
  body: IntegrationRequest,
  session: SessionRecord,
  result: Pick<IntegrationStateV2, 'effects' | 'createdCoupons' | 'createdReferrals'>,
  sources: Omit<Parameters<typeof responseParts>[2], 'profileId' | 'session'> = {},
): IntegrationStateV2 {
  return {
    ...result,
    ...responseParts(context, body.responseContent, { profileId: session.profileId, session, ...sources }),
  };
}

/** Cancels a session: an open one simply ends; a closed (or partly returned) one has its commits rolled back. */
function cancel(context: SandboxContext, session: SessionRecord, body: IntegrationRequest): IntegrationStateV2 {
  const { effects, remaining } =
    session.state === 'open'
      ? { effects: [], remaining: [...session.commits] }
      : rollBackSession(context, session, 'cancel');
  if (session.state !== 'open') {
    const { total } = cartTotals(session.cartItems, session.additionalCosts);
    // Returned items left the total sales already.
    bookSales(context, session.profileId, -1, -(total - returnedValue(session.cartItems)));
  }
  const cancelled = context.state.sessions.set(session.integrationId, {
    ...session,
    state: 'cancelled',
    updated: context.now,
    commits: remaining,
  });
  const event = recordSessionEvent(context, cancelled, 'talon_session_cancelled', effects);
  return answer(context, body, cancelled, { effects, createdCoupons: [], createdReferrals: [] }, { event });
}

/**
 * `updateCustomerSessionV2`: creates the session on first use (and its profile), merges the update (given fields
 * replace), moves it through its states, evaluates the campaigns, and on closing commits their side effects. With
 * `dry`, only the payload counts (not what earlier updates stored); the caller discards every change.
 */
export function updateSession(
  context: SandboxContext,
  customerSessionId: string,
  body: IntegrationRequest,
  dry: boolean,
): IntegrationStateV2 {
  const { state, now } = context;
  const patch = body.customerSession;
  const stored = state.sessions.get(customerSessionId);
  const base = dry ? undefined : stored;
  const from = base?.state;
  const to: SessionState = patch.state ?? from ?? 'open';

  if (base === undefined) {
    if (to !== 'open' && to !== 'closed') {
      throw badRequest(`a customer session is created "open" or "closed", not "${to}"`, statePointer);
    }
  } else if (from !== 'open') {
    if (to === 'cancelled' && from !== 'cancelled') return cancel(context, base, body);
    if (to === from && unchanged(base, patch)) {
      return answer(context, body, base, { effects: [...base.effects], createdCoupons: [], createdReferrals: [] });
    }
    refuse(customerSessionId, from as SessionState, to);
  } else if (to === 'cancelled') {
    return cancel(context, base, body);
  } else if (to === 'partially_returned') {
    refuse(customerSessionId, 'open', to);
  }

  const profileId = patch.profileId ?? base?.profileId ?? '';
  if (profileId !== '') ensureProfile(context, profileId);
  const firstSession =
    stored && stored.profileId === profileId ? stored.firstSession : isFirstSession(context, profileId);
  const cartItems = patch.cartItems ? normalizeCart(context, patch.cartItems) : (base?.cartItems ?? []);
  const storeIntegrationId = patch.storeIntegrationId ?? base?.storeIntegrationId;
  const evaluableCampaignIds = patch.evaluableCampaignIds ?? base?.evaluableCampaignIds;
  const referralCode = patch.referralCode === undefined ? base?.referralCode : patch.referralCode || undefined;
  const session: SessionRecord = {
    id: stored?.id ?? context.nextId('session'),
    integrationId: customerSessionId,
    created: stored?.created ?? now,
    updated: now,
    profileId,
    ...(storeIntegrationId === undefined ? {} : { storeIntegrationId }),
    ...(evaluableCampaignIds === undefined ? {} : { evaluableCampaignIds: [...evaluableCampaignIds] }),
    state: to,
    couponCodes: patch.couponCodes ? [...patch.couponCodes] : (base?.couponCodes ?? []),
    ...(referralCode === undefined ? {} : { referralCode }),
    loyaltyCards: patch.loyaltyCards ? [...patch.loyaltyCards] : (base?.loyaltyCards ?? []),
    cartItems,
    additionalCosts: patch.additionalCosts ? { ...patch.additionalCosts } : (base?.additionalCosts ?? {}),
    identifiers: patch.identifiers ? [...patch.identifiers] : (base?.identifiers ?? []),
    attributes: patch.attributes ? { ...patch.attributes } : (base?.attributes ?? {}),
    firstSession,
    effects: [],
    commits: base?.commits ?? [],
    returns: base?.returns ?? [],
  };

  const evaluation = evaluateCampaigns(
    context,
    {
      kind: 'session',
      profileId,
      cartItems,
      couponCodes: session.couponCodes,
      referralCode,
      loyaltyCards: session.loyaltyCards,
      attributes: session.attributes,
      evaluableCampaignIds,
    },
    {
      ruleFailureReasons: body.responseContent?.includes('ruleFailureReasons') ?? false,
      // Only while nothing was ever committed: a committed transaction UUID must not be planned again.
      previousEffects: base && base.commits.length === 0 ? base.effects : undefined,
    },
  );
  let result: Pick<IntegrationStateV2, 'effects' | 'createdCoupons' | 'createdReferrals'>;
  let commits = session.commits;
  if (to === 'closed') {
    const committed = commitEvaluation(context, evaluation, {
      customerSessionId,
      earlier: session.commits,
    });
    commits = committed.commits;
    result = committed;
    bookSales(context, profileId, 1, cartTotals(cartItems, session.additionalCosts).total);
  } else {
    const effects = reuseUnchanged(base?.commits.length === 0 ? base.effects : undefined, previewEffects(evaluation));
    result = { effects, createdCoupons: [], createdReferrals: [] };
  }
  touchProfile(context, profileId);

  if (stored && stored.profileId !== profileId && stored.profileId !== '') {
    const others = state.sessionsByProfile.get(stored.profileId) ?? [];
    state.sessionsByProfile.set(
      stored.profileId,
      others.filter((id) => id !== customerSessionId),
    );
  }
  if (!stored || stored.profileId !== profileId) linkSessionToProfile(context, profileId, customerSessionId);
  const saved = state.sessions.set(customerSessionId, { ...session, effects: result.effects, commits });
  const type = to === 'closed' ? 'talon_session_closed' : stored ? 'talon_session_updated' : 'talon_session_created';
  const event = recordSessionEvent(context, saved, type, result.effects);
  return answer(context, body, saved, result, { evaluation, event });
}
