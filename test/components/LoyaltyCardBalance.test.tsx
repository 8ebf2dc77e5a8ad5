// LoyaltyCardBalance against the demo sandbox: program 2 (card-based, 2 customers per card).
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createRef } from 'react';
import { LoyaltyCardBalance } from '../../src/components/LoyaltyCardBalance/LoyaltyCardBalance.js';
import { createTalonSandbox, demo, demoSeed } from '../../src/mock/index.js';
import { renderWithSandbox, server, url } from './render.js';

const program = demo.loyaltyPrograms.cards;
const { linked, unlinked, full } = demo.loyaltyCards;
const balancesPath = url('/v1/loyalty_programs/:programId/cards/:cardId/balances');

function figure(kind: string) {
  const element = document.querySelector(`[data-kind="${kind}"]`);
  return (
    element && { label: element.querySelector('dt')?.textContent, value: element.querySelector('dd')?.textContent }
  );
}

/** Every request's path and query, for the test that is running. */
const seen: URL[] = [];
beforeEach(() => {
  seen.length = 0;
  server.events.on('request:start', ({ request }) => void seen.push(new URL(request.url)));
});
afterEach(() => server.events.removeAllListeners());

describe('LoyaltyCardBalance', () => {
  it("shows a card's points, its linked customers and, through a linked customer, its status and user limit", async () => {
    const { container } = renderWithSandbox(
      <LoyaltyCardBalance loyaltyProgramId={program} loyaltyCardId={full} integrationId={demo.profiles.grace} />,
    );
    const region = screen.getByRole('region', { name: `Loyalty card ${full}` });
    expect(region).toHaveAttribute('data-state', 'loading');
    expect(await screen.findByText('Active')).toBeInTheDocument();
    expect(region).toHaveAttribute('data-state', 'ready');
    expect(figure('status')).toEqual({ label: 'Status', value: 'Active' });
    expect(container.querySelector('[data-kind="status"]')).toHaveAttribute('data-status', 'active');
    // 300 imported - 40 redeemed.
    expect(figure('active')).toEqual({ label: 'Available points', value: '260' });
    expect(figure('pending')).toEqual({ label: 'Pending points', value: '0' });
    expect(figure('spent')).toEqual({ label: 'Spent points', value: '40' });
    expect(figure('expired')).toEqual({ label: 'Expired points', value: '0' });
    expect(screen.getByRole('heading', { level: 3, name: 'Customers linked to this card' })).toBeInTheDocument();
    const customers = screen.getByRole('list', { name: 'Customers linked to this card' });
    expect(
      within(customers)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^demo-shopper-2, linked on \w+ \d+, \d{4}$/),
      expect.stringMatching(/^demo-vip, linked on /),
    ]);
    expect(screen.getByText('2 of 2 customers')).toBeInTheDocument();
    expect(container.querySelector('.talon-loyalty-card-balance__profiles')).toHaveAttribute('data-state', 'full');
    // No subledgers in the demo's card program: no table.
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows no status without a linked customer, and asks nothing about customers', async () => {
    renderWithSandbox(<LoyaltyCardBalance loyaltyProgramId={program} loyaltyCardId={linked} />);
    expect(await screen.findByText('120')).toBeInTheDocument();
    expect(figure('status')).toBeNull();
    expect(screen.queryByText(/of 2 customers/)).not.toBeInTheDocument();
    expect(seen.map((request) => request.pathname)).toEqual([
      `/api/talon/v1/loyalty_programs/${program}/cards/${linked}/balances`,
    ]);
  });

  it('says when nobody is linked to the card', async () => {
    renderWithSandbox(<LoyaltyCardBalance loyaltyProgramId={program} loyaltyCardId={unlinked} />);
    expect(await screen.findByText('No customer is linked to this card yet.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows the subledgers in a table, and asks only for those it is given', async () => {
    const now = new Date();
    const seed = demoSeed({ now });
    const sandbox = createTalonSandbox(
      {
        ...seed,
        loyaltyTransactions: [
          ...(seed.loyaltyTransactions ?? []),
          { programId: program, cardIdentifier: linked, amount: 25, subledgerId: 'gift', name: 'Gift' },
          { programId: program, cardIdentifier: linked, amount: 5, subledgerId: 'travel', name: 'Trip' },
        ],
      },
      { now },
    );
    renderWithSandbox(<LoyaltyCardBalance loyaltyProgramId={program} loyaltyCardId={linked} />, { sandbox });
    const table = await screen.findByRole('table', { name: 'Points by subledger' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Subledger', 'Available points', 'Pending points', 'Spent points', 'Expired points']);
    expect(within(table).getByRole('rowheader', { name: 'gift' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /^gift 25 0 0 0$/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /^travel 5 0 0 0$/ })).toBeInTheDocument();
  });

  it('sends the subledger filter', async () => {
    renderWithSandbox(<LoyaltyCardBalance loyaltyProgramId={program} loyaltyCardId={linked} subledgerId={['gift']} />);
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(seen[0]?.searchParams.getAll('subledgerId')).toEqual(['gift']);
    expect(screen.getByRole('row', { name: /^gift 0 0 0 0$/ })).toBeInTheDocument();
  });

  it('shows a blocked card as blocked, with the reason', async () => {
    const now = new Date();
    const seed = demoSeed({ now });
    const sandbox = createTalonSandbox(
      {
        ...seed,
        loyaltyCards: [
          ...(seed.loyaltyCards ?? []),
          {
            programId: program,
            identifier: 'DEMO-CARD-0009',
            status: 'inactive',
            blockReason: 'CardLost',
            profiles: [demo.profiles.ada],
          },
        ],
      },
      { now },
    );
    const { container } = renderWithSandbox(
      <LoyaltyCardBalance
        loyaltyProgramId={program}
        loyaltyCardId="DEMO-CARD-0009"
        integrationId={demo.profiles.ada}
      />,
      { sandbox },
    );
    expect(await screen.findByText('Blocked (CardLost)')).toBeInTheDocument();
    expect(container.querySelector('[data-kind="status"]')).toHaveAttribute('data-status', 'blocked');
    expect(screen.getByText('1 of 2 customers')).toBeInTheDocument();
  });

  it('is empty, in words, for a card Talon.One does not know (404)', async () => {
    const { container } = renderWithSandbox(
      <LoyaltyCardBalance loyaltyProgramId={program} loyaltyCardId="DEMO-NOPE" integrationId={demo.profiles.ada} />,
    );
    expect(await screen.findByText('This loyalty card does not exist.')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'empty');
  });

  it('shows an error on a 500 and recovers by keyboard', async () => {
    let fail = true;
    server.use(http.get(balancesPath, () => (fail ? HttpResponse.json({}, { status: 500 }) : undefined)));
    const { user, container } = renderWithSandbox(
      <LoyaltyCardBalance loyaltyProgramId={program} loyaltyCardId={linked} />,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong.');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
    fail = false;
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('120')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'ready');
  });

  it('shows an error when the answer breaks the schema', async () => {
    server.use(http.get(balancesPath, () => HttpResponse.json({ profiles: [{ integrationId: 7 }] })));
    renderWithSandbox(<LoyaltyCardBalance loyaltyProgramId={program} loyaltyCardId={linked} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong.');
  });

  it('still shows the balances when the status cannot be read', async () => {
    server.use(http.get(url('/v1/customer_profiles/:id/inventory'), () => HttpResponse.json({}, { status: 500 })));
    renderWithSandbox(
      <LoyaltyCardBalance loyaltyProgramId={program} loyaltyCardId={linked} integrationId={demo.profiles.ada} />,
    );
    expect(await screen.findByText('120')).toBeInTheDocument();
    expect(figure('status')).toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('takes its words from the provider and the messages prop, and renders profiles its own way', async () => {
    renderWithSandbox(
      <LoyaltyCardBalance
        loyaltyProgramId={program}
        loyaltyCardId={full}
        integrationId={demo.profiles.vip}
        messages={{ status: (status) => (status === 'active' ? 'Aktiv' : status) }}
        renderProfile={(profile) => <strong>{profile.integrationId}</strong>}
      />,
      { messages: { loyaltyCardBalance: { title: (card) => `Karte ${card}`, activePoints: 'Punkte' } } },
    );
    expect(await screen.findByText('Aktiv')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: `Karte ${full}` })).toBeInTheDocument();
    expect(figure('active')?.label).toBe('Punkte');
    expect(screen.getByText('demo-vip').tagName).toBe('STRONG');
  });

  it('leaves out its classes with unstyled, keeps className, and forwards its ref to the root', async () => {
    const ref = createRef<HTMLElement>();
    const { container } = renderWithSandbox(
      <LoyaltyCardBalance
        ref={ref}
        loyaltyProgramId={program}
        loyaltyCardId={linked}
        unstyled
        className="mine"
        headingLevel={false}
      />,
    );
    await screen.findByText('120');
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current).toHaveAttribute('class', 'mine');
    expect(container.querySelector('[class*="talon"]')).toBeNull();
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: `Loyalty card ${linked}` })).toBe(ref.current);
    expect(screen.getByRole('list', { name: 'Customers linked to this card' })).toBeInTheDocument();
  });
});
