import { TalonProxyRefusal } from '../../TalonProxyRefusal.js';
import type { Binding } from './Binding.js';
import { refuseLoyaltyCards } from '../refuseLoyaltyCards.js';

/** An event is always the shopper's own. */
export const ownEvent: Binding<'trackEventV2'> = ({ input, shopperId, send }) => {
  refuseLoyaltyCards(input.body.loyaltyCards, '/loyaltyCards');
  return send({ ...input, body: { ...input.body, profileId: shopperId } });
};

/** A referral code is always created with the shopper as its advocate. */
export const ownReferral: Binding<'createReferral'> = ({ input, shopperId, send }) =>
  send({ ...input, body: { ...input.body, advocateProfileIntegrationId: shopperId } });

/** A card is only ever linked to the shopper. */
export const cardToSelf: Binding<'linkLoyaltyCardToProfile'> = ({ input, shopperId, send }) =>
  send({ ...input, body: { ...input.body, integrationId: shopperId } });

/** A coupon is reserved or released for the shopper alone: `integrationIDs` must be exactly `[shopper]`. */
export function ownReservation<K extends 'createCouponReservation' | 'deleteCouponReservation'>(): Binding<K> {
  return async ({ input, shopperId, send }) => {
    const ids = input.body.integrationIDs;
    if (ids.length !== 1 || ids[0] !== shopperId) {
      throw new TalonProxyRefusal(403, 'integrationIDs must be exactly the signed-in shopper', {
        pointer: '/integrationIDs',
      });
    }
    return send(input);
  };
}
