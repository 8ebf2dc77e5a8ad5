// AchievementProgress against the demo sandbox: campaign 6 feeds three achievements. Ada has `Place 3 orders` at 2 of
// 3, `First order` completed and `Shoe collector` not started; Grace has started none.
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createRef } from 'react';
import { AchievementProgress } from '../../src/components/AchievementProgress/AchievementProgress.js';
import { demo } from '../../src/mock/index.js';
import { createDemoSandbox, renderWithSandbox, server, url } from './render.js';

const now = '2026-03-01T12:00:00.000Z';
const achievementsPath = url('/v1/customer_profiles/:integrationId/achievements');

/** The list item of an achievement, found by its title. */
function item(title: string) {
  const heading = screen.getByRole('heading', { name: title });
  const li = heading.closest('li');
  if (!li) throw new Error(`no list item for ${title}`);
  return li;
}

/** The `<dd>` after the `<dt>` with this label, inside `scope`. */
function detail(scope: HTMLElement, label: string) {
  const term = within(scope)
    .getAllByRole('term')
    .find((dt) => dt.textContent === label);
  return term?.nextElementSibling?.textContent;
}

describe('AchievementProgress', () => {
  it('shows loading, then each achievement with a progress bar, status, target and dates', async () => {
    renderWithSandbox(<AchievementProgress integrationId={demo.profiles.ada} />, { now });
    const region = screen.getByRole('region', { name: 'Achievements' });
    expect(region).toHaveAttribute('data-state', 'loading');
    expect(within(region).getByRole('status')).toHaveTextContent('Loading…');

    const bar = await screen.findByRole('progressbar', { name: 'Place 3 orders' });
    expect(region).toHaveAttribute('data-state', 'ready');
    expect(screen.getByRole('heading', { level: 2, name: 'Achievements' })).toBeInTheDocument();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-status'))).toEqual(['inprogress', 'completed', 'not_started']);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Place 3 orders',
      'First order',
      'Shoe collector',
    ]);

    expect(bar).toHaveAttribute('aria-valuenow', '2');
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '3');
    expect(bar).toHaveAttribute('aria-valuetext', '2 of 3');
    expect(bar).toHaveAttribute('data-state', 'inprogress');

    const placeOrders = item('Place 3 orders');
    expect(within(placeOrders).getByText('Place three orders within a year.')).toBeInTheDocument();
    expect(detail(placeOrders, 'Status')).toBe('In progress');
    expect(detail(placeOrders, 'Progress')).toBe('2 of 3');
    expect(detail(placeOrders, 'Target')).toBe('3');
    // Started 30 days before `now`, for a year.
    expect(detail(placeOrders, 'Ends')).toBe('Jan 30, 2027');
    expect(within(placeOrders).getByText('Jan 30, 2027')).toHaveAttribute('dateTime', '2027-01-30T12:00:00.000Z');
    expect(detail(placeOrders, 'Completed on')).toBeUndefined();
  });

  it('distinguishes a completed achievement by text, data-status and its completion date', async () => {
    renderWithSandbox(<AchievementProgress integrationId={demo.profiles.ada} />, { now });
    const bar = await screen.findByRole('progressbar', { name: 'First order' });
    expect(bar).toHaveAttribute('aria-valuenow', '1');
    expect(bar).toHaveAttribute('aria-valuetext', '1 of 1');
    expect(bar).toHaveAttribute('data-state', 'complete');
    const firstOrder = item('First order');
    expect(firstOrder).toHaveAttribute('data-status', 'completed');
    expect(detail(firstOrder, 'Status')).toBe('Completed');
    expect(within(firstOrder).getByText('Completed')).toHaveAttribute('data-status', 'completed');
    expect(detail(firstOrder, 'Completed on')).toBe('Mar 1, 2026');
    expect(detail(firstOrder, 'Ends')).toBeUndefined();
  });

  it('shows a not-started achievement at zero, without dates', async () => {
    renderWithSandbox(<AchievementProgress integrationId={demo.profiles.ada} />, { now });
    const bar = await screen.findByRole('progressbar', { name: 'Shoe collector' });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '5');
    expect(bar).toHaveAttribute('aria-valuetext', '0 of 5');
    const shoes = item('Shoe collector');
    expect(detail(shoes, 'Status')).toBe('Not started');
    expect(detail(shoes, 'Ends')).toBeUndefined();
    expect(within(shoes).queryByRole('time')).not.toBeInTheDocument();
  });

  it('says an achievement expired once its period ended, with the end date', async () => {
    const sandbox = createDemoSandbox(now);
    sandbox.clock.advance('P1Y');
    renderWithSandbox(<AchievementProgress integrationId={demo.profiles.ada} />, { sandbox });
    await screen.findByRole('progressbar', { name: 'Place 3 orders' });
    const placeOrders = item('Place 3 orders');
    expect(placeOrders).toHaveAttribute('data-status', 'expired');
    expect(detail(placeOrders, 'Status')).toBe('Expired');
    expect(detail(placeOrders, 'Ended')).toBe('Jan 30, 2027');
    // The completed one stays completed.
    expect(item('First order')).toHaveAttribute('data-status', 'completed');
  });

  it('formats numbers and dates in the provider locale', async () => {
    renderWithSandbox(<AchievementProgress integrationId={demo.profiles.ada} />, { now, locale: 'de-DE' });
    await screen.findByRole('progressbar', { name: 'Place 3 orders' });
    expect(detail(item('Place 3 orders'), 'Ends')).toBe('30.01.2027');
    expect(detail(item('First order'), 'Completed on')).toBe('01.03.2026');
  });

  it('asks only for the campaigns and achievements it is given', async () => {
    const seen: URL[] = [];
    server.events.on('request:start', ({ request }) => void seen.push(new URL(request.url)));
    renderWithSandbox(
      <AchievementProgress
        integrationId={demo.profiles.ada}
        campaignIds={[demo.campaigns.achievements]}
        achievementIds={[demo.achievements.placeOrders, demo.achievements.shoeCollector]}
      />,
      { now },
    );
    await screen.findByRole('progressbar', { name: 'Place 3 orders' });
    expect(screen.getAllByRole('progressbar')).toHaveLength(2);
    expect(screen.queryByRole('heading', { name: 'First order' })).not.toBeInTheDocument();
    const request = seen.find((u) => u.pathname.endsWith('/achievements'));
    expect(request?.searchParams.get('campaignIds')).toBe('6');
    expect(request?.searchParams.get('achievementIds')).toBe('1,3');
    server.events.removeAllListeners('request:start');
  });

  it('shows the empty state when no achievement matches', async () => {
    renderWithSandbox(
      <AchievementProgress integrationId={demo.profiles.ada} campaignIds={[demo.campaigns.coupons]} />,
      {
        now,
      },
    );
    expect(await screen.findByText('There are no achievements to show yet.')).toHaveAttribute('data-status', 'empty');
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'empty');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('waits without a request while the integration ID is missing', async () => {
    const seen: string[] = [];
    server.events.on('request:start', ({ request }) => void seen.push(request.url));
    renderWithSandbox(<AchievementProgress integrationId={undefined} />, { now });
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'loading');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([]);
    server.events.removeAllListeners('request:start');
  });

  it('shows a 500 as an error with a retry that works by keyboard alone', async () => {
    let failing = true;
    server.use(
      http.get(achievementsPath, () => (failing ? HttpResponse.json({ message: 'boom' }, { status: 500 }) : undefined)),
    );
    const { user } = renderWithSandbox(<AchievementProgress integrationId={demo.profiles.ada} />, { now });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong.');
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'error');

    failing = false;
    await user.tab();
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('progressbar', { name: 'Place 3 orders' })).toBeInTheDocument();
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'ready');
  });

  it('shows an answer that does not fit the schema as an error', async () => {
    server.use(
      http.get(achievementsPath, () => HttpResponse.json({ totalResultSize: 1, data: [{ id: 'not a number' }] })),
    );
    renderWithSandbox(<AchievementProgress integrationId={demo.profiles.ada} />, { now });
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong.');
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'error');
  });

  it('takes its words from the messages prop over the provider over the defaults', async () => {
    renderWithSandbox(
      <AchievementProgress
        integrationId={demo.profiles.ada}
        messages={{
          statusInProgress: 'Underway',
          progress: (progress, target, achievement) =>
            achievement.name === demo.achievementNames.placeOrders
              ? `${progress} of ${target} orders`
              : `${progress}/${target}`,
        }}
      />,
      { now, messages: { achievementProgress: { title: 'Your badges', statusInProgress: 'Ongoing' } } },
    );
    const bar = await screen.findByRole('progressbar', { name: 'Place 3 orders' });
    expect(bar).toHaveAttribute('aria-valuetext', '2 of 3 orders');
    expect(screen.getByRole('region', { name: 'Your badges' })).toBeInTheDocument();
    expect(detail(item('Place 3 orders'), 'Status')).toBe('Underway');
    expect(screen.getByRole('progressbar', { name: 'Shoe collector' })).toHaveAttribute('aria-valuetext', '0/5');
  });

  it('has no kit classes when unstyled, keeps className and data attributes, and forwards its ref', async () => {
    const ref = createRef<HTMLElement>();
    const { container } = renderWithSandbox(
      <AchievementProgress ref={ref} integrationId={demo.profiles.ada} unstyled className="mine" />,
      { now },
    );
    await screen.findByRole('progressbar', { name: 'Place 3 orders' });
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current?.tagName).toBe('SECTION');
    expect(ref.current).toHaveAttribute('class', 'mine');
    expect(container.querySelector('[class*="talon"]')).toBeNull();
    expect(ref.current).toHaveAttribute('data-state', 'ready');
    expect(container.querySelectorAll('li[data-status]')).toHaveLength(3);
  });

  it('has the kit classes when styled', async () => {
    const { container } = renderWithSandbox(
      <AchievementProgress integrationId={demo.profiles.ada} className="mine" />,
      { now },
    );
    await screen.findByRole('progressbar', { name: 'Place 3 orders' });
    expect(container.firstElementChild).toHaveClass('talon', 'talon-achievement-progress', 'mine');
    expect(container.querySelectorAll('.talon-achievement-progress__item')).toHaveLength(3);
  });

  it('leaves out the heading with headingLevel={false}, or moves it to another level', async () => {
    const { rerender } = renderWithSandbox(
      <AchievementProgress integrationId={demo.profiles.ada} headingLevel={false} />,
      { now },
    );
    await screen.findByRole('progressbar', { name: 'Place 3 orders' });
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.getByText('First order').tagName).toBe('P');
    rerender(<AchievementProgress integrationId={demo.profiles.ada} headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4, name: 'Achievements' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 5, name: 'First order' })).toBeInTheDocument();
  });

  it('renders a storefront’s own markup through renderAchievement', async () => {
    renderWithSandbox(
      <AchievementProgress
        integrationId={demo.profiles.ada}
        renderAchievement={(view) => (
          <span data-testid="own">
            {view.achievement.title}: {view.text.status}, {view.text.progress}
            {view.text.completionDate ? `, done ${view.text.completionDate}` : ''}
          </span>
        )}
      />,
      { now },
    );
    const own = await screen.findAllByTestId('own');
    expect(own.map((element) => element.textContent)).toEqual([
      'Place 3 orders: In progress, 2 of 3',
      'First order: Completed, 1 of 1, done Mar 1, 2026',
      'Shoe collector: Not started, 0 of 5',
    ]);
    expect(own[1]?.closest('li')).toHaveAttribute('data-status', 'completed');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
