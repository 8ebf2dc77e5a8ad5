// Type tests of the cache rules' table: checked by tsc (vitest typecheck), never run.
import type { QueryClient } from '@tanstack/react-query';
import type {
  IntegrationStateV2,
  TrackEventV2Input,
  TrackEventV2Response,
  UpdateCustomerSessionV2Input,
} from '../../src/index.js';
import { cacheRules, type CacheRule, type WriteOperationId } from '../../src/react/cacheRules.js';

test('WriteOperationId is every operation but the GETs', () => {
  expectTypeOf<WriteOperationId>().toEqualTypeOf<
    | 'createAudienceV2'
    | 'createCouponReservation'
    | 'createReferral'
    | 'createReferralsForMultipleAdvocates'
    | 'deleteAudienceMembershipsV2'
    | 'deleteAudienceV2'
    | 'deleteCouponReservation'
    | 'deleteCustomerData'
    | 'generateLoyaltyCard'
    | 'linkLoyaltyCardToProfile'
    | 'reopenCustomerSession'
    | 'returnCartItems'
    | 'syncCatalog'
    | 'trackEventV2'
    | 'updateAudienceCustomersAttributes'
    | 'updateAudienceV2'
    | 'updateCustomerProfileAudiences'
    | 'updateCustomerProfileV2'
    | 'updateCustomerProfilesV2'
    | 'updateCustomerSessionV2'
  >();
});

test('a table without the rule of a write, or with a rule for a read, does not compile', () => {
  const { trackEventV2: _dropped, ...withoutTrackEvent } = cacheRules;
  // @ts-expect-error trackEventV2 has no rule
  const incomplete: { [K in WriteOperationId]: CacheRule<K> } = withoutTrackEvent;
  const read: { [K in WriteOperationId]: CacheRule<K> } = {
    ...cacheRules,
    // @ts-expect-error a read has no cache rule
    getLoyaltyBalances: cacheRules.trackEventV2,
  };
  expectTypeOf(incomplete).not.toBeAny();
  expectTypeOf(read).not.toBeAny();
});

test("each rule gets its write's input and answer", () => {
  expectTypeOf(cacheRules.trackEventV2.update).parameters.toEqualTypeOf<
    [QueryClient, TrackEventV2Input, TrackEventV2Response | undefined]
  >();
  expectTypeOf(cacheRules.updateCustomerSessionV2.update).parameters.toEqualTypeOf<
    [QueryClient, UpdateCustomerSessionV2Input, IntegrationStateV2]
  >();
  expectTypeOf(cacheRules.updateCustomerSessionV2.does).toEqualTypeOf<string>();
});
