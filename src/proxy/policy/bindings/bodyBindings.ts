import { TalonProxyRefusal } from '../../TalonProxyRefusal.js';
import { refusePreview } from '../previewGate.js';
import { refuseFields } from '../refuseFields.js';
import { refuseLoyaltyCards } from '../refuseLoyaltyCards.js';
import type { Binding } from './Binding.js';

const eventFields = new Set([
  'type',
  'profileId',
  'storeIntegrationId',
  'attributes',
  'loyaltyCards',
  'evaluableCampaignIds',
  'responseContent',
]);
const referralFields = new Set(['campaignId', 'advocateProfileIntegrationId']);

/** An event is always the shopper's own, and previews no campaigns unless `policy.previewCampaigns` says so. */
export const ownEvent: Binding<'trackEventV2'> = async ({ input, shopperId, request, settings, send }) => {
  refuseFields(input.body, eventFields, '', 'the proxy does not let it through');
  refuseLoyaltyCards(input.body.loyaltyCards, '/loyaltyCards');
  const preview =
    input.forceCompleteEvaluation !== undefined
      ? { name: 'forceCompleteEvaluation', source: { parameter: 'forceCompleteEvaluation' } }
      : input.body.evaluableCampaignIds !== undefined
        ? { name: 'evaluableCampaignIds', source: { pointer: '/evaluableCampaignIds' } }
        : undefined;
  await refusePreview(preview, settings, { operationId: 'trackEventV2', shopperId, request });
  return send({ ...input, body: { ...input.body, profileId: shopperId } });
};

/**
 * A referral code is created with the shopper as its advocate, on the campaign's own terms: its usage limit, dates,
 * friend and attributes are the campaign's (or your server's), so only `campaignId` is the browser's.
 */
export const ownReferral: Binding<'createReferral'> = ({ input, shopperId, send }) => {
  refuseFields(input.body, referralFields, '', "a referral code's terms are the campaign's");
  return send({
    ...input,
    body: { campaignId: input.body.campaignId, advocateProfileIntegrationId: shopperId },
  });
};

/**
 * A card is linked to the shopper only once `policy.verifyCardLink` has checked their proof: a card number alone
 * would let anybody take over a card they read somewhere. Nothing but the shopper goes upstream.
 */
export const cardToSelf: Binding<'linkLoyaltyCardToProfile'> = async ({
  input,
  shopperId,
  request,
  signal,
  settings,
  send,
}) => {
  const { verifyCardLink } = settings;
  if (!verifyCardLink) {
    throw new TalonProxyRefusal(
      403,
      'linking a loyalty card needs your shop to check that it is the shopper’s: set policy.verifyCardLink',
      { parameter: 'loyaltyCardId' },
    );
  }
  const verified = await verifyCardLink({
    shopperId,
    loyaltyProgramId: input.loyaltyProgramId,
    cardId: input.loyaltyCardId,
    input,
    request,
    signal,
  });
  if (verified !== true) {
    throw new TalonProxyRefusal(403, 'this loyalty card cannot be linked to you', { parameter: 'loyaltyCardId' });
  }
  return send({ ...input, body: { integrationId: shopperId } });
};

function refuseOthers(ids: readonly string[], shopperId: string): void {
  if (ids.length === 1 && ids[0] === shopperId) return;
  throw new TalonProxyRefusal(403, 'integrationIDs must be exactly the signed-in shopper', {
    pointer: '/integrationIDs',
  });
}

/**
 * A coupon is reserved for the shopper alone, and only one the shop allows (`policy.allowCouponReservation`): a
 * reservation of a "reservation mandatory" coupon is a hard one, which lets its holder redeem a code meant for others.
 */
export const ownReservation: Binding<'createCouponReservation'> = async ({
  input,
  shopperId,
  request,
  signal,
  settings,
  send,
}) => {
  refuseOthers(input.body.integrationIDs, shopperId);
  const { allowCouponReservation } = settings;
  if (!allowCouponReservation) {
    throw new TalonProxyRefusal(
      403,
      'reserving a coupon needs your shop to allow the code: set policy.allowCouponReservation',
      { parameter: 'couponValue' },
    );
  }
  if ((await allowCouponReservation({ shopperId, couponValue: input.couponValue, request, signal })) !== true) {
    throw new TalonProxyRefusal(403, 'this coupon cannot be reserved from the browser', { parameter: 'couponValue' });
  }
  return send({ ...input, body: { integrationIDs: [shopperId] } });
};

/** A shopper releases only their own reservation: it concerns nobody else. */
export const ownRelease: Binding<'deleteCouponReservation'> = async ({ input, shopperId, send }) => {
  refuseOthers(input.body.integrationIDs, shopperId);
  return send({ ...input, body: { integrationIDs: [shopperId] } });
};
