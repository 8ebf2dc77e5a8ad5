// The component tests' helper: the sandbox over msw/node at `/api/talon`, the providers, and overrides.
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useCustomerInventory } from '../../src/react/hooks/useCustomerInventory.js';
import { useTalonContext } from '../../src/react/useTalonContext.js';
import { createDemoSandbox, renderWithSandbox, server, url } from './render.js';
import { demo } from '../../src/mock/index.js';

function Codes({ integrationId }: { integrationId: string }) {
  const { data, error } = useCustomerInventory({ integrationId, coupons: true });
  const { locale, currency, messages } = useTalonContext();
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <>
      <p data-testid="context">{`${locale} ${currency} ${messages?.couponWallet ? 'messages' : 'none'}`}</p>
      <ul aria-label="codes">
        {data?.coupons?.map((coupon) => (
          <li key={coupon.value}>{coupon.value}</li>
        ))}
      </ul>
    </>
  );
}

describe('renderWithSandbox', () => {
  it('serves the demo sandbox at /api/talon under a TalonProvider', async () => {
    const { sandbox, user, queryClient } = renderWithSandbox(<Codes integrationId={demo.profiles.ada} />);
    expect(await screen.findByText(demo.coupons.visible)).toBeInTheDocument();
    expect(screen.getByTestId('context')).toHaveTextContent('en-US USD none');
    expect(sandbox.snapshot()).toBeTypeOf('object');
    expect(user.keyboard).toBeTypeOf('function');
    expect(queryClient.getQueryCache().getAll()).toHaveLength(1);
  });

  it('passes locale, currency and messages to the provider', async () => {
    renderWithSandbox(<Codes integrationId={demo.profiles.ada} />, {
      locale: 'de-DE',
      currency: 'EUR',
      messages: { couponWallet: {} },
    });
    expect(screen.getByTestId('context')).toHaveTextContent('de-DE EUR messages');
    expect(await screen.findByText(demo.coupons.visible)).toBeInTheDocument();
  });

  it('serves the sandbox it is given, which the test can change', async () => {
    const sandbox = createDemoSandbox('2026-03-01T12:00:00Z');
    expect(sandbox.clock.now().toISOString()).toBe('2026-03-01T12:00:00.000Z');
    renderWithSandbox(<Codes integrationId="nobody-yet" />, { sandbox });
    // An unknown profile has an empty inventory.
    await screen.findByRole('list', { name: 'codes' });
    expect(screen.queryAllByRole('listitem')).toEqual([]);
  });

  it('lets server.use overrides, added before the render, win over the sandbox', async () => {
    server.use(
      http.get(url('/v1/customer_profiles/:id/inventory'), () =>
        HttpResponse.json({ message: 'boom' }, { status: 500 }),
      ),
    );
    renderWithSandbox(<Codes integrationId={demo.profiles.ada} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('500');
  });

  it('forgets the overrides after each test', async () => {
    renderWithSandbox(<Codes integrationId={demo.profiles.ada} />);
    expect(await screen.findByText(demo.coupons.visible)).toBeInTheDocument();
  });
});
