// Type tests: checked by tsc (vitest typecheck), never run.
import {
  QueryClient,
  skipToken,
  useQuery,
  useSuspenseInfiniteQuery,
  useSuspenseQuery,
  type InfiniteData,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { TalonClient } from '../../src/client/createTalonClient.js';
import { customerAchievementsInfiniteQueryOptions } from '../../src/react/queryOptions/customerAchievementsInfiniteQueryOptions.js';
import { loyaltyBalancesQueryOptions } from '../../src/react/queryOptions/loyaltyBalancesQueryOptions.js';
import type { OperationInput } from '../../src/client/defineOperation.js';
import type { TalonError } from '../../src/client/errors/TalonError.js';
import type {
  getLoyaltyBalances,
  GetLoyaltyBalancesInput,
  UpdateCustomerSessionV2Input,
  updateCustomerSessionV2,
} from '../../src/client/operations/index.js';
import type { TalonQueryKey } from '../../src/react/core/operationKey.js';
import { useCouponReservation } from '../../src/react/hooks/useCouponReservation.js';
import { useCustomerAchievementsInfinite } from '../../src/react/hooks/useCustomerAchievementsInfinite.js';
import { useCustomerSession } from '../../src/react/hooks/useCustomerSession.js';
import { useLoyaltyBalances } from '../../src/react/hooks/useLoyaltyBalances.js';
import { useUpdateCustomerSession } from '../../src/react/hooks/useUpdateCustomerSession.js';
import { talonKeys } from '../../src/react/talonKeys.js';
import type {
  Coupon,
  CustomerAchievementsPage,
  IntegrationCustomerSessionResponse,
  IntegrationStateV2,
  LoyaltyBalancesWithTiers,
  ReservedCustomersPage,
} from '../../src/schemas/index.js';

const balancesInput = { loyaltyProgramId: 7, integrationId: 'shopper-1' };

describe('read hooks', () => {
  test('useLoyaltyBalances data is LoyaltyBalancesWithTiers | undefined, the error a TalonError', () => {
    function useCheck() {
      const result = useLoyaltyBalances(balancesInput);
      expectTypeOf(result.data).toEqualTypeOf<LoyaltyBalancesWithTiers | undefined>();
      expectTypeOf(result.error).toEqualTypeOf<TalonError | null>();
    }
    expectTypeOf(useCheck).toBeFunction();
  });

  test('select narrows data to what it returns', () => {
    function useCheck() {
      const result = useLoyaltyBalances(balancesInput, { select: (d) => d.balance?.activePoints });
      expectTypeOf(result.data).toEqualTypeOf<number | undefined>();
      // select gets the whole answer.
      useLoyaltyBalances(balancesInput, {
        select: (d) => {
          expectTypeOf(d).toEqualTypeOf<LoyaltyBalancesWithTiers>();
          return d;
        },
      });
    }
    expectTypeOf(useCheck).toBeFunction();
  });

  test('useCustomerSession data is IntegrationCustomerSessionResponse | undefined; skipToken is accepted', () => {
    function useCheck() {
      expectTypeOf(useCustomerSession({ customerSessionId: 's' }).data).toEqualTypeOf<
        IntegrationCustomerSessionResponse | undefined
      >();
      expectTypeOf(useCustomerSession(skipToken).data).toEqualTypeOf<IntegrationCustomerSessionResponse | undefined>();
    }
    expectTypeOf(useCheck).toBeFunction();
  });

  test('inputs are checked', () => {
    function useCheck() {
      // @ts-expect-error integrationId is required
      useLoyaltyBalances({ loyaltyProgramId: 7 });
      // @ts-expect-error loyaltyProgramId is a number
      useLoyaltyBalances({ loyaltyProgramId: '7', integrationId: 'shopper-1' });
      // @ts-expect-error unknown parameters are rejected
      useLoyaltyBalances({ ...balancesInput, includeTier: true });
      // @ts-expect-error the query key and function are the hook's
      useLoyaltyBalances(balancesInput, { queryKey: ['mine'] });
    }
    expectTypeOf(useCheck).toBeFunction();
  });

  test('infinite hooks: pages of the answer, no skip in the input', () => {
    function useCheck() {
      const result = useCustomerAchievementsInfinite({ integrationId: 'shopper-1', pageSize: 10 });
      expectTypeOf(result.data).toEqualTypeOf<InfiniteData<CustomerAchievementsPage, number> | undefined>();
      expectTypeOf(result.error).toEqualTypeOf<TalonError | null>();
      // @ts-expect-error skip belongs to the pages
      useCustomerAchievementsInfinite({ integrationId: 'shopper-1', skip: 10 });
    }
    expectTypeOf(useCheck).toBeFunction();
  });
});

describe('write hooks', () => {
  test('useUpdateCustomerSession().mutate requires { customerSessionId, body }', () => {
    function useCheck() {
      const { mutate, mutateAsync, data, error } = useUpdateCustomerSession();
      expectTypeOf(mutate).parameter(0).toEqualTypeOf<OperationInput<typeof updateCustomerSessionV2>>();
      expectTypeOf(mutate).parameter(0).toHaveProperty('customerSessionId').toEqualTypeOf<string>();
      expectTypeOf(mutateAsync).returns.resolves.toEqualTypeOf<IntegrationStateV2>();
      expectTypeOf(data).toEqualTypeOf<IntegrationStateV2 | undefined>();
      expectTypeOf(error).toEqualTypeOf<TalonError | null>();

      mutate({ customerSessionId: 's', body: { customerSession: { profileId: 'p' } } });
      mutate({ customerSessionId: 's', dry: true, body: { customerSession: {} } });
      // @ts-expect-error body is required
      mutate({ customerSessionId: 's' });
      // @ts-expect-error customerSessionId is required
      mutate({ body: { customerSession: {} } });
      // @ts-expect-error the body needs a customerSession
      mutate({ customerSessionId: 's', body: {} });
    }
    expectTypeOf(useCheck).toBeFunction();
  });

  test('onSuccess gets the typed answer and input', () => {
    function useCheck() {
      useUpdateCustomerSession({
        onSuccess: (data, input) => {
          expectTypeOf(data).toEqualTypeOf<IntegrationStateV2>();
          expectTypeOf(input.customerSessionId).toEqualTypeOf<string>();
        },
        onError: (error) => {
          expectTypeOf(error).toEqualTypeOf<TalonError>();
        },
      });
    }
    expectTypeOf(useCheck).toBeFunction();
  });

  test('useCouponReservation reserve resolves to the coupon', () => {
    function useCheck() {
      const { reserve, release, updateError } = useCouponReservation('SUMMER-50');
      expectTypeOf(reserve).toEqualTypeOf<(integrationIds: string[]) => Promise<Coupon>>();
      expectTypeOf(release).toEqualTypeOf<(integrationIds: string[]) => Promise<void>>();
      expectTypeOf(updateError).toEqualTypeOf<TalonError | null>();
    }
    expectTypeOf(useCheck).toBeFunction();
  });
});

describe('useCouponReservation', () => {
  test("gives TanStack Query's result as query, with the actions beside it", () => {
    function useCheck() {
      const reservation = useCouponReservation('SUMMER-50');
      expectTypeOf(reservation.query).toEqualTypeOf<UseQueryResult<ReservedCustomersPage, TalonError>>();
      expectTypeOf(reservation.isUpdating).toEqualTypeOf<boolean>();
      const selected = useCouponReservation('SUMMER-50', { select: (page) => page.data.length });
      expectTypeOf(selected.query.data).toEqualTypeOf<number | undefined>();
      // @ts-expect-error the query's fields are not mixed into the result
      void reservation.data;
    }
    expectTypeOf(useCheck).toBeFunction();
  });
});

describe('query options factories', () => {
  test('with an input they suit useSuspenseQuery and useSuspenseInfiniteQuery, with data always there', () => {
    function useCheck(client: TalonClient) {
      const balances = useSuspenseQuery(loyaltyBalancesQueryOptions(client, balancesInput));
      expectTypeOf(balances.data).toEqualTypeOf<LoyaltyBalancesWithTiers>();
      const achievements = useSuspenseInfiniteQuery(
        customerAchievementsInfiniteQueryOptions(client, { integrationId: 'shopper-1' }),
      );
      expectTypeOf(achievements.data.pages).toEqualTypeOf<CustomerAchievementsPage[]>();
    }
    expectTypeOf(useCheck).toBeFunction();
  });

  test('with skipToken they suit useQuery only', () => {
    function useCheck(client: TalonClient) {
      expectTypeOf(useQuery(loyaltyBalancesQueryOptions(client, skipToken)).data).toEqualTypeOf<
        LoyaltyBalancesWithTiers | undefined
      >();
      // @ts-expect-error skipToken cannot suspend
      useSuspenseQuery(loyaltyBalancesQueryOptions(client, skipToken));
    }
    expectTypeOf(useCheck).toBeFunction();
  });
});

describe('talonKeys', () => {
  test('keys are TalonQueryKeys tagged with their data, and reject incomplete inputs', () => {
    expectTypeOf(talonKeys.loyaltyBalances(balancesInput)).toExtend<TalonQueryKey>();
    const queryClient = new QueryClient();
    expectTypeOf(queryClient.getQueryData(talonKeys.loyaltyBalances(balancesInput))).toEqualTypeOf<
      LoyaltyBalancesWithTiers | undefined
    >();
    expectTypeOf(queryClient.getQueryData(talonKeys.customerSession({ customerSessionId: 's' }))).toEqualTypeOf<
      IntegrationCustomerSessionResponse | undefined
    >();
    expectTypeOf(talonKeys.all).toEqualTypeOf<readonly ['talon']>();
    // @ts-expect-error integrationId is required
    talonKeys.loyaltyBalances({ loyaltyProgramId: 7 });
    // @ts-expect-error customerSessionId is required
    talonKeys.customerSession({});
  });
});

describe('operation inputs', () => {
  test('each operation has a named, documented input type that its hook and client method take', () => {
    expectTypeOf<OperationInput<typeof getLoyaltyBalances>>().toEqualTypeOf<GetLoyaltyBalancesInput>();
    expectTypeOf(useLoyaltyBalances).parameter(0).toEqualTypeOf<GetLoyaltyBalancesInput | typeof skipToken>();
    expectTypeOf<TalonClient['updateCustomerSessionV2']>().parameter(0).toEqualTypeOf<UpdateCustomerSessionV2Input>();
  });
});
