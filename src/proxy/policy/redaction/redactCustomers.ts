/** What stands in for another customer's identifier in an answer: a string, so the answer keeps its schema. */
export const redacted = '[redacted]';

// Fields that name a customer by integration ID, wherever they are (referrals, coupons, giveaways, effect props,
// ledger entries). `profileId` only as text: as a number it is an internal ID (see below).
const customerFields = new Set([
  'profileId',
  'advocateProfileIntegrationId',
  'friendProfileIntegrationId',
  'recipientIntegrationId',
  'profileIntegrationId',
  'customerProfileID',
]);
const customerLists = new Set([
  'referredCustomers',
  'integrationIDs',
  'customerProfileIds',
  'advocateProfileIntegrationIds',
]);
// Objects whose `integrationId` is not a customer's: a session's (its ID), an audience's. Everywhere else (profiles,
// card registrations) it is one.
const notCustomers = new Set(['customerSession', 'audience']);
// Codes that belong to whoever they were created for or awarded to: another customer's code is theirs to redeem.
// Not the `coupons` and `referral` of a session: the shopper entered those codes.
const ownedCodes: Readonly<Record<string, readonly [owner: string, code: string]>> = {
  createdCoupons: ['recipientIntegrationId', 'value'],
  createdReferrals: ['advocateProfileIntegrationId', 'code'],
  awardedGiveaways: ['profileIntegrationId', 'code'],
  giveaways: ['profileIntegrationId', 'code'],
};
const ownedEffectCodes: Readonly<Record<string, readonly [owner: string, code: string]>> = {
  couponCreated: ['profileId', 'value'],
  awardGiveaway: ['recipientIntegrationId', 'code'],
  reserveCoupon: ['profileIntegrationId', 'couponValue'],
};

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

class Redactor {
  constructor(readonly shopperId: string | null) {}

  /** A customer other than the shopper ('' is no customer: an anonymous session's profile). */
  isOther(value: unknown): value is string {
    return typeof value === 'string' && value !== '' && value !== redacted && value !== this.shopperId;
  }

  value(value: unknown, key: string): unknown {
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        const next = this.value(item, key);
        if (next !== item) (copy ??= value.slice())[index] = next;
      }
      return copy ?? value;
    }
    return isRecord(value) ? this.object(value, key) : value;
  }

  object(object: Json, key: string): Json {
    let copy: Json | undefined;
    const set = (field: string, value: unknown) => ((copy ??= { ...object })[field] = value);
    for (const field in object) {
      const value = object[field];
      if (customerFields.has(field) || (field === 'integrationId' && !notCustomers.has(key))) {
        if (this.isOther(value)) set(field, redacted);
      } else if (customerLists.has(field) && Array.isArray(value)) {
        if (value.some((item) => this.isOther(item)))
          set(
            field,
            value.map((item) => (this.isOther(item) ? redacted : item)),
          );
      } else {
        const next = this.value(value, field);
        if (next !== value) set(field, next);
      }
    }
    // Another customer's profile: their attributes (name, e-mail) are as personal as their ID.
    if (!notCustomers.has(key) && this.isOther(object.integrationId) && isRecord(object.attributes))
      set('attributes', {});
    // The internal numeric ID of a customer named by integration ID beside it.
    if (this.isOther(object.profileIntegrationId) && typeof object.profileId === 'number') {
      copy ??= { ...object };
      delete copy.profileId;
    }
    const owned = ownedCodes[key];
    if (owned && this.isOther(object[owned[0]]) && typeof object[owned[1]] === 'string') set(owned[1], redacted);
    const effect = typeof object.effectType === 'string' ? ownedEffectCodes[object.effectType] : undefined;
    const props = object.props;
    if (effect && isRecord(props) && this.isOther(props[effect[0]]) && typeof props[effect[1]] === 'string') {
      set('props', { ...((copy?.props as Json | undefined) ?? props), [effect[1]]: redacted });
    }
    return copy ?? object;
  }
}

/**
 * An answer with every other customer's identifier replaced by {@link redacted}: advocates, friends and referred
 * customers of referrals, coupon recipients, the other holders of a shared loyalty card, the profiles of other
 * customers (their attributes emptied), and the codes created for or awarded to them. The shopper's own stay. A new
 * object where something changed, the same one where nothing did.
 */
export function redactCustomers<T>(answer: T, shopperId: string | null, topLevelKey = ''): T {
  return new Redactor(shopperId).value(answer, topLevelKey) as T;
}
