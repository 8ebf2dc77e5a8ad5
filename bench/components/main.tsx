// The page bench/components.mjs builds (Vite, production) and runs in Chromium. It imports the BUILT package (dist/)
// by its names, as an app would. Each scenario:
// 1. builds a sandbox seeded with that many coupons or transactions and a client whose `fetch` is answered by the
//    sandbox's MSW handlers in the page (`getResponse`, no service worker or network);
// 2. "ready via the sandbox": mounts the component on an empty cache and times until `data-state="ready"` (the
//    request, the sandbox's work, the response's validation and the render), a few times;
// 3. "first render": mounts it again and again on the cache that step 2 filled, so only React's render and commit are
//    timed (`flushSync`), and until the next frame (style, layout and paint), counting the DOM elements it made.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { getResponse } from 'msw';
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
// The package's own names: bench/components.mjs maps them to dist/, tsconfig.json's paths to src/ (for the types).
import { createTalonTransport, TalonProvider } from 'talon-react';
import { CouponWallet, LoyaltyHistory } from 'talon-react/components';
import { createTalonSandbox, demo, demoSeed, type SandboxSeed } from 'talon-react/mock';
import { talonHandlers } from 'talon-react/mock/msw';
import 'talon-react/styles.css';

const baseUrl = `${location.origin}/api/talon`;
const day = 24 * 60 * 60 * 1000;
const now = new Date();
const ada = demo.profiles.ada;

interface Scenario {
  name: string;
  seed: (seed: SandboxSeed) => SandboxSeed;
  ui: ReactElement;
}

const coupons = (count: number) => (seed: SandboxSeed) => ({
  ...seed,
  coupons: Array.from({ length: count }, (_, index) => ({
    value: `BULK-${String(index + 1).padStart(5, '0')}`,
    campaignId: demo.campaigns.coupons,
    reservedBy: [ada],
    created: now.toISOString(),
    // A quarter each: active, expired, pending, used.
    expiryDate: new Date(now.getTime() + (index % 4 === 1 ? -1 : 30 + index) * day).toISOString(),
    ...(index % 4 === 2 ? { startDate: new Date(now.getTime() + 7 * day).toISOString() } : {}),
    ...(index % 4 === 3 ? { usageCounter: 1 } : {}),
  })),
});

const transactions = (count: number) => (seed: SandboxSeed) => ({
  ...seed,
  profiles: [...(seed.profiles ?? []), { integrationId: 'bench-member' }],
  loyaltyTransactions: Array.from({ length: count }, (_, index) => ({
    programId: demo.loyaltyPrograms.points,
    integrationId: 'bench-member',
    amount: index % 5 === 4 ? -20 : 10 + (index % 7),
    name: index % 5 === 4 ? 'Redeemed for a discount' : 'Points for an order',
    created: new Date(now.getTime() - (count - index) * 60_000).toISOString(),
  })),
});

const scenarios: Record<string, Scenario> = {
  'CouponWallet, 1,000 coupons': {
    name: 'CouponWallet, 1,000 coupons',
    seed: coupons(1_000),
    ui: <CouponWallet integrationId={ada} />,
  },
  'LoyaltyHistory, 1,000 transactions': {
    name: 'LoyaltyHistory, 1,000 transactions',
    seed: transactions(1_000),
    ui: <LoyaltyHistory loyaltyProgramId={demo.loyaltyPrograms.points} integrationId="bench-member" />,
  },
  'LoyaltyHistory, 10,000 transactions': {
    name: 'LoyaltyHistory, 10,000 transactions',
    seed: transactions(10_000),
    ui: <LoyaltyHistory loyaltyProgramId={demo.loyaltyPrograms.points} integrationId="bench-member" />,
  },
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function stateOf(container: HTMLElement) {
  return container.querySelector('[data-state]')?.getAttribute('data-state');
}

async function until(check: () => boolean, timeout = 30_000) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

function mount(ui: ReactElement, queryClient: QueryClient, client: ReturnType<typeof createTalonTransport>) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const render = () =>
    root.render(
      <QueryClientProvider client={queryClient}>
        <TalonProvider client={client} locale="en-US" currency="USD">
          {ui}
        </TalonProvider>
      </QueryClientProvider>,
    );
  const unmount = () => {
    root.unmount();
    container.remove();
  };
  return { container, render, unmount };
}

export interface ScenarioResult {
  name: string;
  runs: number;
  /** Median ms from render() to commit, from a filled cache. */
  firstRender: number;
  /** Median ms from render() to the next frame (style, layout, paint), from a filled cache. */
  firstFrame: number;
  /** Median ms from mount to data-state="ready" on an empty cache, through the sandbox. */
  readyViaSandbox: number;
  /** Elements the component rendered. */
  domElements: number;
  /** Every DOM node (elements, text, comments). */
  domNodes: number;
}

async function run(scenario: Scenario, runs: number, warmup: number, sandboxRuns: number): Promise<ScenarioResult> {
  const sandbox = createTalonSandbox(scenario.seed(demoSeed({ now })), { now });
  const handlers = talonHandlers(sandbox, { baseUrl });
  const client = createTalonTransport({
    baseUrl,
    retry: 0,
    fetch: async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      return (await getResponse(handlers, request)) ?? new Response('no handler', { status: 404 });
    },
  });

  const ready: number[] = [];
  let cache: QueryClient | undefined;
  for (let i = 0; i < sandboxRuns; i++) {
    cache = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, gcTime: Infinity, retry: false } } });
    const mounted = mount(scenario.ui, cache, client);
    const start = performance.now();
    mounted.render();
    await until(() => stateOf(mounted.container) === 'ready' || stateOf(mounted.container) === 'error');
    ready.push(performance.now() - start);
    if (stateOf(mounted.container) !== 'ready') throw new Error(`${scenario.name}: ${mounted.container.textContent}`);
    mounted.unmount();
  }

  const render: number[] = [];
  const frame: number[] = [];
  let domElements = 0;
  let domNodes = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const mounted = mount(scenario.ui, cache!, client);
    const start = performance.now();
    flushSync(mounted.render);
    const committed = performance.now();
    await nextFrame();
    const painted = performance.now();
    if (stateOf(mounted.container) !== 'ready') throw new Error(`${scenario.name}: not ready from the cache`);
    if (i >= warmup) {
      render.push(committed - start);
      frame.push(painted - start);
    }
    domElements = mounted.container.getElementsByTagName('*').length;
    const walker = document.createTreeWalker(mounted.container);
    domNodes = 0;
    while (walker.nextNode()) domNodes++;
    mounted.unmount();
    await nextFrame();
  }
  return {
    name: scenario.name,
    runs,
    firstRender: median(render),
    firstFrame: median(frame),
    readyViaSandbox: median(ready),
    domElements,
    domNodes,
  };
}

declare global {
  interface Window {
    runBench(options: { runs: number; warmup: number; sandboxRuns: number }): Promise<ScenarioResult[]>;
  }
}

window.runBench = async ({ runs, warmup, sandboxRuns }) => {
  const results: ScenarioResult[] = [];
  for (const scenario of Object.values(scenarios)) results.push(await run(scenario, runs, warmup, sandboxRuns));
  return results;
};
