import type { CustomerSessionV2 } from '../../schemas/CustomerSessionV2.js';
import type { Effect } from '../../schemas/Effect.js';
import type { Event } from '../../schemas/Event.js';
import type { IntegrationCoupon } from '../../schemas/IntegrationCoupon.js';
import type { IntegrationRequest } from '../../schemas/IntegrationRequest.js';
import type { IntegrationStateV2 } from '../../schemas/IntegrationStateV2.js';
import type { InventoryReferral } from '../../schemas/InventoryReferral.js';
import { campaignView } from '../campaigns/campaignView.js';
import { cartTotals } from '../campaigns/cart.js';
import type { Evaluation } from '../campaigns/Evaluation.js';
import type { SandboxContext } from '../SandboxContext.js';
import { notFound } from '../SandboxError.js';
import type { EventRecord, SessionRecord } from '../SandboxState.js';
import { couponView } from '../domain/coupons.js';
import { loyaltyView } from '../domain/loyalty.js';
import { profileView } from '../domain/profiles.js';
import { inventoryReferrals, referralView } from '../domain/referrals.js';

class Discarded<T> {
  constructor(readonly result: T) {}
}

/**
 * Runs `run` and undoes every change it made (`dry=true`): the answer is exactly what the real request would give,
 * and the sandbox stays as it was.
 */
export function withoutPersisting<T>(context: SandboxContext, run: () => T): T {
  try {
    context.state.journal.atomically(() => {
      throw new Discarded(run());
    });
  } catch (error) {
    if (error instanceof Discarded) return error.result as T;
    throw error;
  }
  throw new Error('withoutPersisting: unreachable');
}

/** The session's record; 404 for an unknown session. */
export function getSession(context: SandboxContext, customerSessionId: string): SessionRecord {
  const session = context.state.sessions.get(customerSessionId);
  if (!session) throw notFound(`customer session "${customerSessionId}"`);
  return session;
}

/** The session as the API shows it (`CustomerSessionV2`), with its totals before discounts. */
export function sessionView(context: SandboxContext, session: SessionRecord): CustomerSessionV2 {
  const totals = cartTotals(session.cartItems, session.additionalCosts);
  return {
    id: session.id,
    created: session.created,
    integrationId: session.integrationId,
    applicationId: context.state.applicationId,
    profileId: session.profileId,
    ...(session.storeIntegrationId === undefined ? {} : { storeIntegrationId: session.storeIntegrationId }),
    ...(session.evaluableCampaignIds === undefined ? {} : { evaluableCampaignIds: [...session.evaluableCampaignIds] }),
    couponCodes: [...session.couponCodes],
    ...(session.referralCode === undefined ? {} : { referralCode: session.referralCode }),
    loyaltyCards: [...session.loyaltyCards],
    state: session.state,
    cartItems: session.cartItems.map((item, position) => ({ ...item, position })),
    additionalCosts: { ...session.additionalCosts },
    identifiers: [...session.identifiers],
    attributes: { ...session.attributes },
    firstSession: session.firstSession,
    total: totals.total,
    cartItemTotal: totals.cartItemTotal,
    additionalCostTotal: totals.additionalCostTotal,
    updated: session.updated,
  };
}

/** Stores an event (a session update, a tracked event, a profile update) and returns it. */
export function recordEvent(context: SandboxContext, event: Omit<EventRecord, 'id' | 'created'>): EventRecord {
  const id = context.nextId('event');
  return context.state.events.set(id, { id, created: context.now, ...event });
}

/** Stores the event of a session (a built-in `talon_session_*` event) with the effects it answered. */
export function recordSessionEvent(
  context: SandboxContext,
  session: SessionRecord,
  type: string,
  effects: readonly Effect[],
): EventRecord {
  return recordEvent(context, {
    type,
    ...(session.profileId === '' ? {} : { profileId: session.profileId }),
    sessionId: session.integrationId,
    ...(session.storeIntegrationId === undefined ? {} : { storeIntegrationId: session.storeIntegrationId }),
    attributes: {},
    effects,
  });
}

/** The event as the API shows it. */
function eventView(context: SandboxContext, event: EventRecord): Event {
  return {
    id: event.id,
    created: event.created,
    applicationId: context.state.applicationId,
    ...(event.profileId === undefined ? {} : { profileId: event.profileId }),
    ...(event.storeIntegrationId === undefined ? {} : { storeIntegrationId: event.storeIntegrationId }),
    type: event.type,
    attributes: { ...event.attributes },
    ...(event.sessionId === undefined ? {} : { sessionId: event.sessionId }),
    effects: event.effects.map((effect) => ({ ...effect })),
  };
}

/** The profile's session list gains this session (oldest first). */
export function linkSessionToProfile(context: SandboxContext, profileId: string, customerSessionId: string): void {
  if (profileId === '') return;
  const { sessionsByProfile } = context.state;
  const sessions = sessionsByProfile.get(profileId) ?? [];
  if (!sessions.includes(customerSessionId)) sessionsByProfile.set(profileId, [...sessions, customerSessionId]);
}

/** Whether the profile has had a session before (anonymous sessions are always first sessions). */
export function isFirstSession(context: SandboxContext, profileId: string): boolean {
  return profileId === '' || (context.state.sessionsByProfile.get(profileId)?.length ?? 0) === 0;
}

/**
 * Books a closed session on the profile (`sign` 1), or takes it back (`-1`: cancelled, reopened, or items returned,
 * with `sales` the returned value): `closedSessions` and `totalSales` (before discounts).
 */
export function bookSales(context: SandboxContext, profileId: string, sessions: number, sales: number): void {
  if (profileId === '') return;
  const profile = context.state.profiles.get(profileId);
  if (!profile) return;
  context.state.profiles.set(profileId, {
    ...profile,
    closedSessions: Math.max(0, profile.closedSessions + sessions),
    totalSales: Math.round((profile.totalSales + sales) * 100) / 100,
  });
}

/** Marks the profile active now (calls that run the Rule Engine). */
export function touchProfile(context: SandboxContext, profileId: string): void {
  const profile = profileId === '' ? undefined : context.state.profiles.get(profileId);
  if (profile && profile.lastActivity !== context.now) {
    context.state.profiles.set(profileId, { ...profile, lastActivity: context.now });
  }
}

export type ResponsePart = NonNullable<IntegrationRequest['responseContent']>[number];

/** What a response may include, besides the effects and the created codes. */
export interface ResponseSources {
  readonly profileId: string;
  readonly session?: SessionRecord | undefined;
  readonly evaluation?: Evaluation | undefined;
  readonly event?: EventRecord | undefined;
}

function referralOf(context: SandboxContext, code: string): InventoryReferral | undefined {
  const referral = context.state.referrals.get(code);
  if (!referral) return undefined;
  const inventory = inventoryReferrals(context, referral.advocateProfileIntegrationId).find(
    (candidate) => candidate.code === code,
  );
  return inventory ?? { ...referralView(referral), referredCustomers: [] };
}

function couponsOf(context: SandboxContext, session: SessionRecord): IntegrationCoupon[] {
  const coupons: IntegrationCoupon[] = [];
  for (const value of new Set(session.couponCodes)) {
    const coupon = context.state.coupons.get(value);
    if (coupon) {
      coupons.push({ ...couponView(coupon), profileRedemptionCount: coupon.redemptions[session.profileId] ?? 0 });
    }
  }
  return coupons;
}

/**
 * The parts of an integration state that `responseContent` asks for. Parts that do not apply (no profile, no
 * referral code) are left out.
 */
export function responseParts(
  context: SandboxContext,
  content: readonly ResponsePart[] | undefined,
  sources: ResponseSources,
): Partial<IntegrationStateV2> {
  const parts: Partial<IntegrationStateV2> = {};
  if (!content || content.length === 0) return parts;
  const { session, evaluation, event, profileId } = sources;
  const profile = profileId === '' ? undefined : context.state.profiles.get(profileId);
  for (const part of new Set(content)) {
    switch (part) {
      case 'customerSession':
        if (session) parts.customerSession = sessionView(context, session);
        break;
      case 'customerProfile':
        if (profile) parts.customerProfile = profileView(context, profile);
        break;
      case 'coupons':
        if (session) parts.coupons = couponsOf(context, session);
        break;
      case 'triggeredCampaigns':
        parts.triggeredCampaigns = (evaluation?.triggeredCampaigns ?? []).map((campaign) =>
          campaignView(context, campaign),
        );
        break;
      case 'referral': {
        const referral = session?.referralCode === undefined ? undefined : referralOf(context, session.referralCode);
        if (referral) parts.referral = referral;
        break;
      }
      case 'loyalty':
        if (profile) parts.loyalty = loyaltyView(context, profile.integrationId);
        break;
      case 'event':
        if (event) parts.event = eventView(context, event);
        break;
      case 'awardedGiveaways':
        parts.awardedGiveaways = [];
        break;
      case 'ruleFailureReasons':
        parts.ruleFailureReasons = [...(evaluation?.ruleFailureReasons ?? [])];
        break;
      case 'previousReturns':
        if (session) parts.previousReturns = [...session.returns];
        break;
    }
  }
  return parts;
}
