// LoyaltyBalance against the demo sandbox: program 1 (profile-based, tiers Bronze 0, Silver 500, Gold 1500).
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createRef } from 'react';
import { LoyaltyBalance } from '../../src/components/LoyaltyBalance/LoyaltyBalance.js';
import { demo } from '../../src/mock/index.js';
import { renderWithSandbox, server, url } from './render.js';

const program = demo.loyaltyPrograms.points;
const balancesPath = url('/v1/loyalty_programs/:programId/profile/:integrationId/balances');

/** The figure of a kind: its `<dt>` and `<dd>`. */
function figure(kind: string) {
  const element = document.querySelector(`[data-kind="${kind}"]`);
  if (!element) throw new Error(`no figure ${kind}`);
  return {
    label: element.querySelector('dt')?.textContent,
    value: element.querySelector('dd')?.textContent,
  };
}

/** Every request of the running test. */
const seen: URL[] = [];
beforeEach(() => {
  seen.length = 0;
  server.events.on('request:start', ({ request }) => void seen.push(new URL(request.url)));
});
afterEach(() => server.events.removeAllListeners());

describe('LoyaltyBalance', () => {
  it('shows loading, then the active points first, pending, spent, expired and the progress to the next tier', async () => {
    const { container } = renderWithSandbox(
      <LoyaltyBalance loyaltyProgramId={program} integrationId={demo.profiles.ada} />,
    );
    const region = screen.getByRole('region', { name: 'Your points' });
    expect(region).toHaveAttribute('data-state', 'loading');
    expect(within(region).getByRole('status')).toHaveTextContent('Loading…');

    const bar = await screen.findByRole('progressbar', { name: 'Progress to Gold' });
    expect(region).toHaveAttribute('data-state', 'ready');
    expect(screen.getByRole('heading', { level: 2, name: 'Your points' })).toBeInTheDocument();
    // Ada: 400 + 250 - 50 = 600 active (Silver), 120 pending, 80 expired, 50 spent.
    expect(figure('active')).toEqual({ label: 'Available points', value: '600' });
    expect(figure('pending')).toEqual({ label: 'Pending points', value: '120' });
    expect(figure('spent')).toEqual({ label: 'Spent points', value: '50' });
    expect(figure('expired')).toEqual({ label: 'Expired points', value: '80' });
    expect(container.querySelector('dl [data-kind="active"]')).toBe(container.querySelector('dl > div'));
    expect(screen.getByText('Current tier: Silver')).toBeInTheDocument();
    expect(screen.getByText('900 points to Gold')).toBeInTheDocument();
    expect(bar).toHaveAttribute('aria-valuenow', '600');
    expect(bar).toHaveAttribute('aria-valuemax', '1500');
    expect(bar).toHaveAttribute('aria-valuetext', '600 of 1,500 points to Gold');
    expect(container.querySelector('.talon-loyalty-balance__tier')).toHaveAttribute('data-state', 'in-progress');
  });

  it('says when the top tier is reached, without a progress bar', async () => {
    const { container } = renderWithSandbox(
      <LoyaltyBalance loyaltyProgramId={program} integrationId={demo.profiles.vip} />,
    );
    expect(await screen.findByText('You have reached the top tier: Gold.')).toBeInTheDocument();
    expect(screen.getByText('Current tier: Gold')).toBeInTheDocument();
    expect(figure('active').value).toBe('1,800');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(container.querySelector('[data-state="top-tier"]')).toBeInTheDocument();
  });

  it('asks for the tiers and the subledger it is given', async () => {
    renderWithSandbox(
      <LoyaltyBalance loyaltyProgramId={program} integrationId={demo.profiles.ada} subledgerId="coffee-club" />,
    );
    // The coffee-club subledger: 30 points, Bronze.
    expect(await screen.findByText('Current tier: Bronze')).toBeInTheDocument();
    expect(figure('active').value).toBe('30');
    expect(seen.map((request) => request.pathname)).toEqual([
      `/api/talon/v1/loyalty_programs/${program}/profile/${demo.profiles.ada}/balances`,
    ]);
    expect(Object.fromEntries(seen[0]!.searchParams)).toEqual({ includeTiers: 'true', subledgerId: 'coffee-club' });
  });

  it('is empty for a customer without points in the program (404)', async () => {
    const { container } = renderWithSandbox(<LoyaltyBalance loyaltyProgramId={program} integrationId="nobody-yet" />);
    expect(await screen.findByText('You have not collected any points yet.')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'empty');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('waits for its IDs without asking anything', async () => {
    const { container } = renderWithSandbox(<LoyaltyBalance loyaltyProgramId={program} integrationId={undefined} />);
    expect(container.firstElementChild).toHaveAttribute('data-state', 'loading');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([]);
  });

  it('shows an error on a 500 and recovers with the retry button, by keyboard', async () => {
    let fail = true;
    server.use(
      http.get(balancesPath, () => (fail ? HttpResponse.json({ message: 'down' }, { status: 500 }) : undefined)),
    );
    const { user, container } = renderWithSandbox(
      <LoyaltyBalance loyaltyProgramId={program} integrationId={demo.profiles.ada} />,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong.');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
    fail = false;
    await user.tab();
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'ready');
  });

  it('shows an error when the answer breaks the schema', async () => {
    server.use(http.get(balancesPath, () => HttpResponse.json({ balance: { activePoints: 'lots' } })));
    const { container } = renderWithSandbox(
      <LoyaltyBalance loyaltyProgramId={program} integrationId={demo.profiles.ada} />,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong.');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
  });

  it('takes its words from the provider and the messages prop', async () => {
    renderWithSandbox(
      <LoyaltyBalance
        loyaltyProgramId={program}
        integrationId={demo.profiles.ada}
        messages={{ activePoints: 'Punkte', progressValueText: (p, t, tier) => `${p} von ${t} bis ${tier}` }}
      />,
      { locale: 'de-DE', messages: { loyaltyBalance: { title: 'Deine Punkte', activePoints: 'ignored' } } },
    );
    const bar = await screen.findByRole('progressbar');
    expect(screen.getByRole('heading', { name: 'Deine Punkte' })).toBeInTheDocument();
    expect(figure('active').label).toBe('Punkte');
    expect(bar).toHaveAttribute('aria-valuetext', '600 von 1.500 bis Gold');
  });

  it('leaves out its classes with unstyled, keeps className, and forwards its ref to the root', async () => {
    const ref = createRef<HTMLElement>();
    const { container } = renderWithSandbox(
      <LoyaltyBalance
        ref={ref}
        loyaltyProgramId={program}
        integrationId={demo.profiles.ada}
        unstyled
        className="mine"
        headingLevel={false}
      />,
    );
    await screen.findByRole('progressbar');
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current).toHaveAttribute('class', 'mine');
    expect(container.querySelector('[class^="talon"]')).toBeNull();
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Your points' })).toBe(ref.current);
  });

  it('renders the tier part its own way with renderTier', async () => {
    renderWithSandbox(
      <LoyaltyBalance
        loyaltyProgramId={program}
        integrationId={demo.profiles.ada}
        renderTier={(tier) => <p>{`${tier.currentTier} → ${tier.nextTier}: ${tier.pointsToNextTier}`}</p>}
        showDetails={false}
      />,
    );
    expect(await screen.findByText('Silver → Gold: 900')).toBeInTheDocument();
    expect(document.querySelector('[data-kind="spent"]')).toBeNull();
  });
});
