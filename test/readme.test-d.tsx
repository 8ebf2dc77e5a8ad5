// The README's examples, as written there: if the API drifts from the README, this stops compiling.
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import {
  createTalonClient,
  createTalonTransport,
  effectsOfType,
  getLoyaltyBalances,
  isEffectOfType,
  loyaltyBalancesQueryOptions,
  plural,
  summarizeEffects,
  TalonProvider,
  useCart,
  useCartSummary,
  useFormat,
  useLoyaltyBalances,
  useSessionCoupons,
  useUpdateCustomerSession,
} from 'talon-react';
import type {
  TalonMessages,
  CartEffectsSummary,
  CouponOutcome,
  SessionCouponStatus,
  CartItem,
  Effect,
  IntegrationStateV2,
  LoyaltyBalancesWithTiers,
} from 'talon-react';
import { CartPromotions, CouponCodeForm, CouponWallet, LoyaltyBalance } from 'talon-react/components';
import { createTalonSandbox, demoSeed } from 'talon-react/mock';
import { talonHandlers } from 'talon-react/mock/msw';
import { de } from 'talon-react/locales/de';
import { setupServer } from 'msw/node';
import { getRequestListener, serve } from '@hono/node-server';
import { createTalonProxy, mintSessionId, TalonProxyRefusal, verifySessionId } from 'talon-react/proxy';

test('quick start', () => {
  function App() {
    return (
      <TalonProvider baseUrl="/api/talon" locale="de-DE" currency="EUR">
        <Points shopperId="shopper-42" />
      </TalonProvider>
    );
  }

  function Points({ shopperId }: { shopperId: string }) {
    const { data, error, isPending } = useLoyaltyBalances({
      loyaltyProgramId: 7,
      integrationId: shopperId,
      includeTiers: true,
    });
    if (isPending) return <p>Loading…</p>;
    if (error) return <p role="alert">{error.message}</p>;
    return <p>{data.balance?.activePoints ?? 0} points</p>;
  }

  expectTypeOf(App).toBeFunction();
});

test('a cart', () => {
  function useCart(shopperId: string, cartItems: CartItem[]) {
    const update = useUpdateCustomerSession();
    update.mutate({
      customerSessionId: 'cart-123',
      body: { customerSession: { profileId: shopperId, couponCodes: ['SUMMER'], cartItems } },
    });
    const summary = summarizeEffects(update.data?.effects);
    expectTypeOf(summary).toEqualTypeOf<CartEffectsSummary>();
  }
  expectTypeOf(useCart).toBeFunction();
});

test('headless cart and formatters', () => {
  function Cart({ cartId, shopperId }: { cartId: string | undefined; shopperId: string }) {
    const cart = useCart(cartId, { profileId: shopperId });
    const format = useFormat();
    if (cart.loadError) return <button onClick={cart.retry}>Try again</button>;
    if (!cart.ready) return <p>Loading…</p>;
    return (
      <section aria-busy={cart.updating}>
        {cart.lines.map((line) => (
          <p key={line.sku}>
            {line.sku} × {line.quantity}
            <button onClick={() => cart.setQuantity(line.sku, line.quantity + 1)}>+</button>
            <button onClick={() => cart.remove(line.sku)}>Remove</button>
          </p>
        ))}
        <button onClick={() => cart.add('MUG')}>Add a mug</button>
        <button onClick={() => cart.applyCoupon('SUMMER')}>Apply SUMMER</button>
        {cart.error && <p role="alert">Your cart could not be updated.</p>}
        <p>You save {format.money(cart.summary?.totalDiscount ?? 0)}</p>
      </section>
    );
  }

  function SavedBadge({ cartId }: { cartId: string }) {
    const { data: summary } = useCartSummary(cartId);
    return <span>{summary?.acceptedCoupons.join(', ')}</span>;
  }

  expectTypeOf(Cart).toBeFunction();
  expectTypeOf(SavedBadge).toBeFunction();
  const coupons = expectTypeOf(useSessionCoupons).returns;
  coupons.toHaveProperty('codes').toEqualTypeOf<readonly string[]>();
  coupons.toHaveProperty('statusOf').toEqualTypeOf<(code: string) => SessionCouponStatus | undefined>();
  coupons.toHaveProperty('apply').toEqualTypeOf<(code: string) => Promise<CouponOutcome>>();
  coupons.toHaveProperty('remove').toEqualTypeOf<(code: string) => Promise<CouponOutcome>>();
  coupons.toHaveProperty('state').toEqualTypeOf<'idle' | 'loading' | 'error' | 'ready'>();
  coupons.toHaveProperty('outcome').toEqualTypeOf<CouponOutcome | undefined>();
  expectTypeOf(useSessionCoupons).parameters.toEqualTypeOf<[string | undefined, (string | undefined)?]>();
});

test('the client without React', async () => {
  const talon = createTalonClient({ baseUrl: 'https://shop.example/api/talon' });
  const send = () =>
    talon.updateCustomerSessionV2({
      customerSessionId: 'cart-123',
      dry: true,
      body: { customerSession: {} },
    });
  expectTypeOf(send).returns.resolves.toEqualTypeOf<IntegrationStateV2>();
});

test('types: narrowing effects', () => {
  function check(state: IntegrationStateV2, effect: Effect) {
    expectTypeOf(effectsOfType(state.effects, 'setDiscount').map((effect) => effect.props.value)).toEqualTypeOf<
      number[]
    >();
    if (isEffectOfType(effect, 'rejectCoupon')) expectTypeOf(effect.props.rejectionReason).toEqualTypeOf<string>();
  }
  expectTypeOf(check).toBeFunction();
});

test('the lean transport', () => {
  const send = () =>
    createTalonTransport({ baseUrl: '/api/talon' }).request(getLoyaltyBalances, {
      loyaltyProgramId: 7,
      integrationId: 'shopper-42',
    });
  expectTypeOf(send).returns.resolves.toEqualTypeOf<LoyaltyBalancesWithTiers>();
});

test('server rendering', () => {
  function RootLayout({ children }: { children: React.ReactNode }) {
    return <TalonProvider baseUrl="/api/talon">{children}</TalonProvider>;
  }

  function Points({ shopperId }: { shopperId: string }) {
    return <p>{useLoyaltyBalances({ loyaltyProgramId: 7, integrationId: shopperId }).data?.balance?.activePoints}</p>;
  }

  async function Page({ integrationId, cookie }: { integrationId: string; cookie: string }) {
    const queryClient = new QueryClient();
    const talon = createTalonClient({ baseUrl: 'https://shop.example/api/talon', headers: { cookie } });
    await queryClient.prefetchQuery(loyaltyBalancesQueryOptions(talon, { loyaltyProgramId: 7, integrationId }));

    return (
      <HydrationBoundary state={dehydrate(queryClient)}>
        <Points shopperId={integrationId} />
      </HydrationBoundary>
    );
  }

  function OwnClientLayout({ children, queryClient }: { children: React.ReactNode; queryClient: QueryClient }) {
    return (
      <TalonProvider baseUrl="/api/talon" queryClient={queryClient}>
        {children}
      </TalonProvider>
    );
  }
  expectTypeOf(RootLayout).toBeFunction();
  expectTypeOf(Page).toBeFunction();
  expectTypeOf(OwnClientLayout).toBeFunction();
});

test('the sandbox', () => {
  const now = '2026-03-01T12:00:00Z';
  const sandbox = createTalonSandbox(demoSeed({ now }), { now });
  const server = setupServer(...talonHandlers(sandbox, { baseUrl: 'http://localhost/api/talon' }));
  const cartItems: CartItem[] = [];

  const state = sandbox.call('updateCustomerSessionV2', {
    customerSessionId: 'order-1',
    body: { customerSession: { profileId: 'demo-shopper-1', couponCodes: ['WELCOME10'], cartItems } },
  });
  sandbox.clock.advance('P30D');

  expectTypeOf(state).toEqualTypeOf<IntegrationStateV2>();
  expectTypeOf(server.listen).toBeFunction();
});

test('components', () => {
  const cartId = 'cart-1';
  const shopperId = 'shopper-42';
  const page = (
    <TalonProvider
      baseUrl="/api/talon"
      locale="de-DE"
      currency="EUR"
      messages={{ couponWallet: { title: 'Gutscheine' } }}
    >
      <CartPage cartId={cartId} shopperId={shopperId} />
    </TalonProvider>
  );
  function CartPage({ cartId, shopperId }: { cartId: string; shopperId: string }) {
    return (
      <>
        <CouponCodeForm customerSessionId={cartId} integrationId={shopperId} />
        <CartPromotions customerSessionId={cartId} />
        <CouponWallet integrationId={shopperId} cart={useSessionCoupons(cartId)} />
        <LoyaltyBalance loyaltyProgramId={1} integrationId={shopperId} />
      </>
    );
  }
  expectTypeOf(page).toEqualTypeOf<React.JSX.Element>();
});

test('translations', () => {
  const shopperId = 'shopper-42';
  function App() {
    return (
      <TalonProvider baseUrl="/api/talon" locale="de-DE" currency="EUR" messages={de}>
        <CouponWallet integrationId={shopperId} messages={{ title: 'Ihre Gutscheine' }} />
      </TalonProvider>
    );
  }
  const tweaked = { ...de, couponWallet: { ...de.couponWallet, title: 'Gutscheine' } };
  expectTypeOf(App).toBeFunction();
  expectTypeOf(tweaked).toMatchTypeOf<TalonMessages>();
  expectTypeOf(plural('pl', 5, { one: 'punkt', few: 'punkty', many: 'punktów', other: 'punktu' })).toBeString();
});

test('the proxy', () => {
  const shopperIdFromYourSession = (request: Request): string | undefined =>
    request.headers.get('x-shopper') ?? undefined;
  const catalog = { priceOf: async (sku: string) => sku.length };
  const handler = createTalonProxy({
    baseUrl: 'https://yourbaseurl.talon.one',
    apiKey: 'key',
    basePath: '/api/talon',
    identify: async (request) => shopperIdFromYourSession(request) ?? null,
    policy: {
      trackEventV2: async (ctx) => {
        if (ctx.input.body.type !== 'product_viewed') throw new TalonProxyRefusal(403, 'Only product views');
        return ctx.bind();
      },
      priceCart: async (items) =>
        Promise.all(items.map(async (item) => ({ ...item, price: await catalog.priceOf(item.sku) }))),
    },
  });
  expectTypeOf(serve).toBeCallableWith({ fetch: handler, port: 3000 });
  expectTypeOf(getRequestListener).toBeCallableWith(handler);
});

test('the proxy: security', async () => {
  const [baseUrl, apiKey, shopperId] = ['https://yourbaseurl.talon.one', 'key', 'shopper-42'];
  const identify = (): string | null => shopperId;
  const sessionSecret = process.env.TALON_SESSION_SECRET!;
  const handler = createTalonProxy({
    baseUrl,
    apiKey,
    identify,
    sessionSecret,
    policy: {
      verifyCardLink: ({ cardId, input }) => input.body.pin === `pin-of-${cardId}`,
      allowCouponReservation: ({ couponValue }) => couponValue.startsWith('WALLET-'),
      priceCart: (items) => ({
        cartItems: items.map((item) => ({ ...item, price: 10 })),
        additionalCosts: { shipping: { price: 4.9 } },
      }),
      sessionAttributes: ['giftWrap'],
      sessionIdentifiers: false,
      previewCampaigns: ({ shopperId: id }) => id === 'staff',
      revealCustomers: ['getReservedCustomers'],
      createReferral: (ctx) =>
        ctx.forward({ body: { campaignId: 3, usageLimit: 5, advocateProfileIntegrationId: ctx.shopperId! } }),
    },
  });
  const customerSessionId = await mintSessionId(shopperId, { secret: sessionSecret });
  expectTypeOf(customerSessionId).toEqualTypeOf<string>();
  expectTypeOf(
    verifySessionId(customerSessionId, shopperId, { secret: sessionSecret }),
  ).resolves.toEqualTypeOf<boolean>();
  expectTypeOf(handler).toBeFunction();
});
