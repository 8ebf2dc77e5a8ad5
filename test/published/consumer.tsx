// An app's use of the published types. `npm run check:types` compiles this file against dist/ (the build's .d.ts, as
// an app resolves `talon-react`) with skipLibCheck off: an error in any published declaration fails it, and so does a
// type that degrades on the way there, such as a key whose data becomes `{}` or an error that becomes `unknown`.
// `npm run typecheck` compiles it against src/ too.
import {
  QueryClient,
  useQuery,
  useSuspenseInfiniteQuery,
  useSuspenseQuery,
  skipToken,
  type InfiniteData,
} from '@tanstack/react-query';
import {
  customerAchievementsInfiniteQueryOptions,
  loyaltyBalancesQueryOptions,
  talonKeys,
  TalonProvider,
  useCouponReservation,
  useLoyaltyBalances,
  useSessionCoupons,
  useTalonClient,
  useUpdateCustomerSession,
  type Coupon,
  type CouponOutcome,
  type TalonMessages,
  type CustomerAchievementHistoryPage,
  type CustomerAchievementsPage,
  type CustomerInventory,
  type IntegrationCustomerSessionResponse,
  type IntegrationStateV2,
  type LoyaltyBalancesWithTiers,
  type LoyaltyCardBalances,
  type LoyaltyCardPointsPage,
  type LoyaltyCardTransactionsPage,
  type LoyaltyProfilePointsPage,
  type LoyaltyProfileTransactionsPage,
  type ReservedCustomersPage,
  type TalonError,
} from 'talon-react';
import { CouponWallet, LoyaltyBalance } from 'talon-react/components';
import { createTalonSandbox, demoSeed } from 'talon-react/mock';
import { createTalonProxy } from 'talon-react/proxy';
import { de } from 'talon-react/locales/de';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** `expectType<T>()(value)` compiles only when the value's type is exactly `T`. */
const expectType =
  <Expected,>() =>
  <Actual,>(_value: Actual, ..._mismatch: Equal<Actual, Expected> extends true ? [] : [never]) =>
    undefined;

const queryClient = new QueryClient();
const program = { loyaltyProgramId: 7 };
const shopper = { integrationId: 'shopper-42' };
const card = { ...program, loyaltyCardId: 'CARD-1' };

export function cacheReads() {
  expectType<readonly ['talon']>()(talonKeys.all);
  expectType<IntegrationCustomerSessionResponse | undefined>()(
    queryClient.getQueryData(talonKeys.customerSession({ customerSessionId: 'cart-1' })),
  );
  expectType<CustomerInventory | undefined>()(queryClient.getQueryData(talonKeys.customerInventory(shopper)));
  expectType<CustomerAchievementsPage | undefined>()(queryClient.getQueryData(talonKeys.customerAchievements(shopper)));
  expectType<CustomerAchievementHistoryPage | undefined>()(
    queryClient.getQueryData(talonKeys.customerAchievementHistory({ ...shopper, achievementId: 3 })),
  );
  expectType<LoyaltyBalancesWithTiers | undefined>()(
    queryClient.getQueryData(talonKeys.loyaltyBalances({ ...program, ...shopper })),
  );
  expectType<LoyaltyCardBalances | undefined>()(queryClient.getQueryData(talonKeys.loyaltyCardBalances(card)));
  expectType<LoyaltyCardPointsPage | undefined>()(queryClient.getQueryData(talonKeys.loyaltyCardPoints(card)));
  expectType<LoyaltyCardTransactionsPage | undefined>()(
    queryClient.getQueryData(talonKeys.loyaltyCardTransactions(card)),
  );
  expectType<LoyaltyProfilePointsPage | undefined>()(
    queryClient.getQueryData(talonKeys.loyaltyProfilePoints({ ...program, ...shopper })),
  );
  expectType<LoyaltyProfileTransactionsPage | undefined>()(
    queryClient.getQueryData(talonKeys.loyaltyProfileTransactions({ ...program, ...shopper })),
  );
  expectType<ReservedCustomersPage | undefined>()(
    queryClient.getQueryData(talonKeys.reservedCustomers({ couponValue: 'SUMMER' })),
  );

  expectType<TalonError | null | undefined>()(
    queryClient.getQueryState(talonKeys.loyaltyBalances({ ...program, ...shopper }))?.error,
  );
  queryClient.setQueryData(talonKeys.loyaltyBalances({ ...program, ...shopper }), (old) => {
    expectType<LoyaltyBalancesWithTiers | undefined>()(old);
    return old;
  });
  // @ts-expect-error integrationId is required
  talonKeys.loyaltyBalances(program);
  // @ts-expect-error a key holds its read's data only
  queryClient.setQueryData(talonKeys.loyaltyBalances({ ...program, ...shopper }), { balance: 'none' });
}

export function useHooksAndQueryOptions() {
  const client = useTalonClient();
  const balances = useLoyaltyBalances({ ...program, ...shopper, includeTiers: true });
  expectType<LoyaltyBalancesWithTiers | undefined>()(balances.data);
  expectType<TalonError | null>()(balances.error);

  const suspended = useSuspenseQuery(loyaltyBalancesQueryOptions(client, { ...program, ...shopper }));
  expectType<LoyaltyBalancesWithTiers>()(suspended.data);
  const waiting = useQuery(loyaltyBalancesQueryOptions(client, skipToken));
  expectType<LoyaltyBalancesWithTiers | undefined>()(waiting.data);
  // @ts-expect-error skipToken cannot suspend
  useSuspenseQuery(loyaltyBalancesQueryOptions(client, skipToken));
  const options = loyaltyBalancesQueryOptions(client, { ...program, ...shopper });
  expectType<LoyaltyBalancesWithTiers | undefined>()(queryClient.getQueryData(options.queryKey));

  const pages = useSuspenseInfiniteQuery(customerAchievementsInfiniteQueryOptions(client, shopper));
  expectType<InfiniteData<CustomerAchievementsPage, number>>()(pages.data);

  const update = useUpdateCustomerSession();
  expectType<Promise<IntegrationStateV2>>()(
    update.mutateAsync({ customerSessionId: 'cart-1', body: { customerSession: {} } }),
  );
  expectType<TalonError | null>()(update.error);

  const reservation = useCouponReservation('SUMMER');
  expectType<(integrationIds: string[]) => Promise<Coupon>>()(reservation.reserve);
  expectType<ReservedCustomersPage | undefined>()(reservation.query.data);
}

expectType<TalonMessages>()(de);
expectType<string>()(de.cartPromotions.points('2', 2));

export function App() {
  return (
    <TalonProvider baseUrl="/api/talon" locale="de-DE" currency="EUR" queryClient={queryClient} messages={de}>
      <CouponWallet integrationId="shopper-42" messages={{ title: 'Ihre Gutscheine' }} />
      <LoyaltyBalance loyaltyProgramId={7} integrationId="shopper-42" />
    </TalonProvider>
  );
}

export function CartWallet({ cartId }: { cartId: string }) {
  const cart = useSessionCoupons(cartId, 'shopper-42');
  expectType<(code: string) => Promise<CouponOutcome>>()(cart.apply);
  expectType<TalonError | null>()(cart.error);
  return <CouponWallet integrationId="shopper-42" cart={cart} />;
}

export function server() {
  const now = '2026-03-01T12:00:00Z';
  const sandbox = createTalonSandbox(demoSeed({ now }), { now });
  const proxy = createTalonProxy({
    baseUrl: 'https://yourbaseurl.talon.one',
    apiKey: 'key',
    identify: async () => null,
  });
  return { sandbox, proxy };
}
