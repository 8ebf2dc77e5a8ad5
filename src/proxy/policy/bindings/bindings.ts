import type { BindableOperationId } from '../TalonProxyPolicy.js';
import type { Binding } from './Binding.js';
import { cardToSelf, ownEvent, ownReferral, ownRelease, ownReservation } from './bodyBindings.js';
import { linkedCard, linkedCardBalances } from './cardBindings.js';
import { ownProfile } from './profileBindings.js';
import { ownSessionRead, ownSessionUpdate } from './sessionBindings.js';

/** The built-in binding of each bindable operation to the shopper: what `'bind'` means. */
export const bindings: { readonly [K in BindableOperationId]: Binding<K> } = {
  getCustomerSession: ownSessionRead,
  updateCustomerSessionV2: ownSessionUpdate,
  getCustomerInventory: ownProfile(),
  getCustomerAchievements: ownProfile(),
  getCustomerAchievementHistory: ownProfile(),
  getLoyaltyBalances: ownProfile(),
  getLoyaltyProgramProfilePoints: ownProfile(),
  getLoyaltyProgramProfileTransactions: ownProfile(),
  trackEventV2: ownEvent,
  createCouponReservation: ownReservation,
  deleteCouponReservation: ownRelease,
  createReferral: ownReferral,
  linkLoyaltyCardToProfile: cardToSelf,
  getLoyaltyCardBalances: linkedCardBalances,
  getLoyaltyCardPoints: linkedCard(),
  getLoyaltyCardTransactions: linkedCard(),
};
