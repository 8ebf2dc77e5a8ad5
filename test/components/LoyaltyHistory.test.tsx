// LoyaltyHistory against the demo sandbox: Ada's history in program 1, the cards' in program 2, and a long one.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createRef } from 'react';
import { LoyaltyHistory } from '../../src/components/LoyaltyHistory/LoyaltyHistory.js';
import { createTalonSandbox, demo, demoSeed, type SandboxLoyaltyTransactionSeed } from '../../src/mock/index.js';
import { renderWithSandbox, server, url } from './render.js';

const points = demo.loyaltyPrograms.points;
const cards = demo.loyaltyPrograms.cards;
const ada = demo.profiles.ada;
// Noon UTC, so that the demo's days are the same days in any time zone the tests run in.
const now = '2026-06-15T12:00:00.000Z';
const transactionsPath = url('/v1/loyalty_programs/:programId/profile/:integrationId/transactions');

/** Every transactions request of the running test. */
const seen: URL[] = [];
beforeEach(() => {
  seen.length = 0;
  server.events.on('request:start', ({ request }) => void seen.push(new URL(request.url)));
});
afterEach(() => server.events.removeAllListeners());

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const names = () => bodyRows().map((row) => within(row).getAllByRole('cell')[1]?.firstChild?.textContent);

/** A sandbox whose profile `long-history` has `count` transactions in program 1, one a day. */
function longHistory(count: number) {
  const base = new Date(now).getTime();
  const seed = demoSeed({ now });
  const transactions: SandboxLoyaltyTransactionSeed[] = Array.from({ length: count }, (_, index) => ({
    programId: points,
    integrationId: 'long-history',
    amount: index % 5 === 4 ? -5 : 10,
    name: `Order #${index + 1}`,
    type: 'session',
    created: new Date(base - (count - index) * 60_000).toISOString(),
  }));
  return createTalonSandbox(
    { ...seed, loyaltyTransactions: [...(seed.loyaltyTransactions ?? []), ...transactions] },
    { now },
  );
}

describe('LoyaltyHistory', () => {
  it("shows a customer's transactions, newest first, each readable", async () => {
    const { container } = renderWithSandbox(<LoyaltyHistory loyaltyProgramId={points} integrationId={ada} />, { now });
    expect(container.firstElementChild).toHaveAttribute('data-state', 'loading');
    const table = await screen.findByRole('table', { name: 'Loyalty transactions, newest first' });
    expect(container.firstElementChild).toHaveAttribute('data-state', 'ready');
    expect(screen.getByRole('heading', { level: 2, name: 'Points history' })).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Date', 'Description', 'Type', 'Subledger', 'Points']);
    expect(names()).toEqual([
      'Order #1002',
      'Redeemed for a mug',
      'Coffee club bonus',
      'Order #1001',
      'Welcome bonus',
      'Order #0990',
    ]);
    const cells = (index: number) =>
      within(bodyRows()[index]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells(0)).toEqual([
      'Jun 13, 2026',
      'Order #1002 Active from Jun 27, 2026 · Valid until Jun 27, 2027',
      'Added',
      'Main',
      '+120',
    ]);
    expect(cells(1)).toEqual(['Jun 5, 2026', 'Redeemed for a mug', 'Deducted', 'Main', '\u221250']);
    expect(cells(2)).toEqual(['May 26, 2026', 'Coffee club bonus', 'Added', 'coffee-club', '+30']);
    expect(bodyRows()[1]).toHaveAttribute('data-type', 'subtraction');
    expect(within(bodyRows()[0]!).getByText('Jun 13, 2026').closest('time')).toHaveAttribute(
      'datetime',
      '2026-06-13T12:00:00.000Z',
    );
    // No more pages: no button.
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(Object.fromEntries(seen[0]!.searchParams)).toEqual({ pageSize: '50', skip: '0' });
  });

  it("shows a card's transactions", async () => {
    renderWithSandbox(<LoyaltyHistory loyaltyProgramId={cards} loyaltyCardId={demo.loyaltyCards.full} />, { now });
    await screen.findByRole('table');
    expect(names()).toEqual(['Redeemed for socks', 'Imported balance']);
    expect(seen[0]?.pathname).toBe(
      `/api/talon/v1/loyalty_programs/${cards}/cards/${demo.loyaltyCards.full}/transactions`,
    );
  });

  it('loads more by keyboard, keeps the focus on the button, announces the new rows, and focuses the first of the last page', async () => {
    const { user } = renderWithSandbox(<LoyaltyHistory loyaltyProgramId={points} integrationId={ada} pageSize={2} />, {
      now,
    });
    await screen.findByRole('table');
    expect(bodyRows()).toHaveLength(2);
    const button = screen.getByRole('button', { name: 'Load more' });
    button.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(bodyRows()).toHaveLength(4));
    expect(screen.getByRole('button', { name: 'Load more' })).toHaveFocus();
    expect(
      within(screen.getAllByRole('status').at(-1)!).getByText('Loaded 2 more. 4 transactions shown.'),
    ).toBeInTheDocument();
    await user.keyboard(' ');
    await waitFor(() => expect(bodyRows()).toHaveLength(6));
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    await waitFor(() => expect(bodyRows()[4]).toHaveFocus());
    expect(screen.getByText('Loaded 2 more. 6 transactions shown.')).toBeInTheDocument();
    expect(seen.map((request) => request.searchParams.get('skip'))).toEqual(['0', '2', '4']);
  });

  it('keeps the DOM to the loaded page, however long the history is', async () => {
    // The benchmark mounts 10,000 transactions; seeding that many takes the sandbox seconds, so compare two sizes.
    const mount = async (count: number) => {
      const view = renderWithSandbox(<LoyaltyHistory loyaltyProgramId={points} integrationId="long-history" />, {
        sandbox: longHistory(count),
      });
      await screen.findByRole('table');
      const nodes = view.container.querySelectorAll('*').length;
      return { ...view, nodes };
    };
    const short = await mount(120);
    expect(bodyRows()).toHaveLength(50);
    short.unmount();
    const long = await mount(2_000);
    expect(bodyRows()).toHaveLength(50);
    expect(long.nodes).toBe(short.nodes);
    expect(names()[0]).toBe('Order #2000');
    await long.user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(100));
    expect(names()[50]).toBe('Order #1950');
  });

  it('sends the type filter, and announces the results', async () => {
    const { user } = renderWithSandbox(<LoyaltyHistory loyaltyProgramId={points} integrationId={ada} />, { now });
    await screen.findByRole('table');
    await user.tab();
    const select = screen.getByRole('combobox', { name: 'Type' });
    expect(select).toHaveFocus();
    await user.selectOptions(select, 'Adjustments');
    await waitFor(() => expect(names()).toEqual(['Redeemed for a mug']));
    expect(select).toHaveFocus();
    expect(seen.at(-1)?.searchParams.get('loyaltyTransactionType')).toBe('manual');
    expect(await screen.findByText('Transactions found: 1.')).toBeInTheDocument();
    await user.selectOptions(select, 'Imported');
    await waitFor(() => expect(names()).toEqual(['Welcome bonus']));
    expect(seen.at(-1)?.searchParams.get('loyaltyTransactionType')).toBe('import');
  });

  it('sends the date range as the days of the shopper, and says when the range is backwards', async () => {
    const { user } = renderWithSandbox(<LoyaltyHistory loyaltyProgramId={points} integrationId={ada} />, { now });
    await screen.findByRole('table');
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    fireEvent.change(from, { target: { value: '2026-05-20' } });
    fireEvent.change(to, { target: { value: '2026-06-10' } });
    await waitFor(() => expect(names()).toEqual(['Redeemed for a mug', 'Coffee club bonus']));
    const query = seen.at(-1)!.searchParams;
    expect(query.get('startDate')).toBe(new Date(2026, 4, 20).toISOString());
    expect(query.get('endDate')).toBe(new Date(2026, 5, 10, 23, 59, 59, 999).toISOString());

    const requests = seen.length;
    fireEvent.change(to, { target: { value: '2026-05-01' } });
    const error = await screen.findByText('The end date must not be before the start date.');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription('The end date must not be before the start date.');
    expect(error).toHaveAttribute('role', 'alert');
    // The backwards range is not sent: the last valid one stays.
    expect(seen).toHaveLength(requests);
    expect(names()).toEqual(['Redeemed for a mug', 'Coffee club bonus']);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(names()).toHaveLength(6));
    expect(from).toHaveValue('');
    expect(screen.queryByText('The end date must not be before the start date.')).not.toBeInTheDocument();
  });

  it('says when no transaction matches the filters, and keeps the filters', async () => {
    renderWithSandbox(
      <LoyaltyHistory
        loyaltyProgramId={points}
        integrationId={demo.profiles.grace}
        defaultFilters={{ type: 'manual' }}
      />,
      { now },
    );
    expect(await screen.findByText('No transactions match these filters.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('manual');
    expect(seen[0]?.searchParams.get('loyaltyTransactionType')).toBe('manual');
  });

  it('is empty for a customer without loyalty data (404)', async () => {
    const { container } = renderWithSandbox(<LoyaltyHistory loyaltyProgramId={points} integrationId="nobody-yet" />);
    expect(await screen.findByText('No transactions yet.')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'empty');
  });

  it('shows an error on a 500, and recovers by keyboard', async () => {
    let fail = true;
    server.use(http.get(transactionsPath, () => (fail ? HttpResponse.json({}, { status: 500 }) : undefined)));
    const { user, container } = renderWithSandbox(
      <LoyaltyHistory loyaltyProgramId={points} integrationId={ada} showFilters={false} />,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong.');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
    fail = false;
    await user.tab();
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('keeps the rows and the button when the next page fails', async () => {
    let fail = false;
    server.use(http.get(transactionsPath, () => (fail ? HttpResponse.json({}, { status: 500 }) : undefined)));
    const { user } = renderWithSandbox(<LoyaltyHistory loyaltyProgramId={points} integrationId={ada} pageSize={4} />, {
      now,
    });
    await screen.findByRole('table');
    fail = true;
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Could not load more transactions.')).toHaveAttribute('role', 'alert');
    expect(bodyRows()).toHaveLength(4);
    fail = false;
    const button = screen.getByRole('button', { name: 'Load more' });
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(bodyRows()).toHaveLength(6));
    expect(screen.queryByText('Could not load more transactions.')).not.toBeInTheDocument();
  });

  it('shows an error when the answer breaks the schema', async () => {
    server.use(http.get(transactionsPath, () => HttpResponse.json({ hasMore: false, data: [{ id: 'one' }] })));
    renderWithSandbox(<LoyaltyHistory loyaltyProgramId={points} integrationId={ada} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong.');
  });

  it('takes its words from the provider and the messages prop', async () => {
    renderWithSandbox(
      <LoyaltyHistory
        loyaltyProgramId={points}
        integrationId={ada}
        messages={{
          amount: (p, type) => (type === 'addition' ? `plus ${p}` : `minus ${p}`),
          mainLedger: 'Haupt',
          columnPoints: 'Punkte',
        }}
      />,
      { now, locale: 'de-DE', messages: { loyaltyHistory: { title: 'Punkteverlauf', mainLedger: 'ignored' } } },
    );
    await screen.findByRole('table');
    expect(screen.getByRole('heading', { name: 'Punkteverlauf' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Punkte' })).toBeInTheDocument();
    expect(
      within(bodyRows()[1]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['05.06.2026', 'Redeemed for a mug', 'Deducted', 'Haupt', 'minus 50']);
  });

  it('renders rows its own way with renderRow', async () => {
    renderWithSandbox(
      <LoyaltyHistory
        loyaltyProgramId={cards}
        loyaltyCardId={demo.loyaltyCards.linked}
        renderRow={(transaction, parts) => (
          <tr data-testid="mine">
            <td colSpan={5}>{`${parts.date}: ${parts.amount} (${transaction.name})`}</td>
          </tr>
        )}
      />,
      { now },
    );
    expect(await screen.findByTestId('mine')).toHaveTextContent('May 31, 2026: +120 (Store purchase)');
  });

  it('leaves out its classes with unstyled, keeps className, and forwards its ref to the root', async () => {
    const ref = createRef<HTMLElement>();
    const { container } = renderWithSandbox(
      <LoyaltyHistory
        ref={ref}
        loyaltyProgramId={points}
        integrationId={ada}
        unstyled
        className="mine"
        headingLevel={false}
      />,
    );
    await screen.findByRole('table');
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current).toHaveAttribute('class', 'mine');
    expect(container.querySelector('[class*="talon"]')).toBeNull();
    expect(screen.getByRole('region', { name: 'Points history' })).toBe(ref.current);
  });
});
