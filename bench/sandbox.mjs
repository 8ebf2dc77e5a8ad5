// Sandbox benchmark: how fast does the in-memory engine evaluate a session update (20 cart items, 10 campaigns), and
// what does it hold after 100,000 closed sessions?
//
//   npm run build && node --expose-gc bench/sandbox.mjs
//
// Env: BENCH_UPDATES (timed updates per round, default 20000), BENCH_ROUNDS (default 7),
// BENCH_SESSIONS (closed sessions for the memory run, default 100000).
// Writes bench/results/sandbox.json (git-ignored). Reports; never fails on a missed goal.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const GOAL_UPDATES_PER_SECOND = 20_000;
const updates = Number(process.env.BENCH_UPDATES ?? 20_000);
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 7));
const closedSessions = Number(process.env.BENCH_SESSIONS ?? 100_000);

if (typeof globalThis.gc !== 'function') {
  console.error('Run with `node --expose-gc bench/sandbox.mjs`: the memory figures need a forced GC.');
  process.exit(1);
}

let mock;
try {
  mock = await import('../dist/mock/index.js');
} catch (error) {
  console.error('Cannot import ../dist/mock/index.js: run `npm run build` first.\n', error);
  process.exit(1);
}
const { createTalonSandbox } = mock;

// ---- data --------------------------------------------------------------------------------------
const now = '2026-01-15T12:00:00.000Z';
const categories = ['shoes', 'shirts', 'hats', 'bags'];
const catalog = Array.from({ length: 20 }, (_, i) => ({
  sku: `SKU-${i}`,
  name: `Product ${i}`,
  price: 10 + i * 3.5,
  quantity: 1 + (i % 3),
  category: categories[i % categories.length],
  attributes: { category: categories[i % categories.length], color: i % 2 ? 'red' : 'blue' },
}));

// Ten campaigns that all look at the cart, so every update evaluates every rule.
const campaigns = [
  {
    id: 1,
    name: '10% over 100',
    rules: [rule([{ type: 'cartSubtotalAtLeast', amount: 100 }], [{ type: 'percentDiscount', percent: 10 }])],
  },
  {
    id: 2,
    name: 'Shoes 15% off',
    rules: [
      rule(
        [{ type: 'itemInCart', item: { attribute: { name: 'category', value: 'shoes' } } }],
        [{ type: 'percentDiscount', percent: 15, items: { attribute: { name: 'category', value: 'shoes' } } }],
      ),
    ],
  },
  {
    id: 3,
    name: '5 off 10 items',
    rules: [rule([{ type: 'cartItemCountAtLeast', count: 10 }], [{ type: 'fixedDiscount', amount: 5 }])],
  },
  {
    id: 4,
    name: 'Points',
    rules: [rule([], [{ type: 'addLoyaltyPoints', programId: 1, percentOfSubtotal: 100, pendingDuration: 'P14D' }])],
  },
  {
    id: 5,
    name: 'Red items points',
    rules: [
      rule(
        [],
        [{ type: 'addLoyaltyPoints', programId: 1, points: 2, items: { attribute: { name: 'color', value: 'red' } } }],
      ),
    ],
  },
  {
    id: 6,
    name: 'Free hat',
    rules: [rule([{ type: 'itemInCart', item: { sku: 'SKU-2' } }], [{ type: 'freeItem', sku: 'HAT-FREE' }])],
  },
  { id: 7, name: 'Orders', rules: [rule([], [{ type: 'increaseAchievementProgress', achievementId: 1 }])] },
  {
    id: 8,
    name: 'Big basket',
    rules: [
      rule(
        [{ type: 'cartSubtotalAtLeast', amount: 500 }],
        [{ type: 'showNotification', title: 'Big basket', body: 'Thanks!' }],
      ),
    ],
  },
  {
    id: 9,
    name: 'Bags 3 off',
    rules: [
      rule(
        [{ type: 'itemInCart', item: { attribute: { name: 'category', value: 'bags' } }, minQuantity: 2 }],
        [{ type: 'fixedDiscount', amount: 3, items: { attribute: { name: 'category', value: 'bags' } } }],
      ),
    ],
  },
  {
    id: 10,
    name: 'Blue 5%',
    rules: [
      rule(
        [{ type: 'itemInCart', item: { attribute: { name: 'color', value: 'blue' } } }],
        [{ type: 'percentDiscount', percent: 5, items: { attribute: { name: 'color', value: 'blue' } } }],
      ),
    ],
  },
];

function rule(conditions, effects) {
  return { title: 'Rule', conditions, effects };
}

const seed = {
  campaigns,
  loyaltyPrograms: [{ id: 1, name: 'points', title: 'Points', tiers: [{ name: 'Silver', minPoints: 500 }] }],
  achievements: [
    { id: 1, campaignId: 7, name: 'orders', title: 'Orders', description: 'Place orders', target: 1_000_000 },
  ],
};

function sessionBody(quantityShift, state = 'open') {
  return {
    customerSession: {
      profileId: 'bench-shopper',
      state,
      cartItems: catalog.map((item, i) => ({ ...item, quantity: item.quantity + ((i + quantityShift) % 2) })),
    },
  };
}

// ---- throughput --------------------------------------------------------------------------------
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// Each measurement runs in a function of its own, so the sandbox of one is garbage before the next one's baseline.
function measureThroughput() {
  const sandbox = createTalonSandbox(seed, { now });
  const first = sandbox.call('updateCustomerSessionV2', { customerSessionId: 'bench', body: sessionBody(0) });
  const bodies = [sessionBody(0), sessionBody(1)];
  let sink = 0;
  const run = (count) => {
    for (let i = 0; i < count; i++) {
      sink += sandbox.call('updateCustomerSessionV2', { customerSessionId: 'bench', body: bodies[i % 2] }).effects
        .length;
    }
  };
  run(2_000);
  const rates = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    run(updates);
    rates.push(updates / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  return { effects: first.effects, rates, sink };
}

// ---- memory ------------------------------------------------------------------------------------
// Heap held (after a forced GC) per closed session, measured at steps: linear growth means a constant cost per
// session; anything else (a journal, caches) would show as a cost per session that rises with the count.
function heapUsed() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

function measureClosedSessions() {
  const base = heapUsed();
  const sandbox = createTalonSandbox(seed, { now });
  const steps = [];
  const stepSize = closedSessions / 4;
  const closeBody = sessionBody(0, 'closed');
  for (let i = 1; i <= closedSessions; i++) {
    closeBody.customerSession.profileId = `shopper-${i % 1000}`;
    sandbox.call('updateCustomerSessionV2', { customerSessionId: `s-${i}`, body: closeBody });
    if (i % stepSize === 0) {
      const held = heapUsed() - base;
      steps.push({ sessions: i, heldBytes: held, bytesPerSession: Math.round(held / i) });
    }
  }
  return steps;
}

// Updating one open session again and again must hold no more than the events Talon.One also stores.
function measureChurn(count) {
  const sandbox = createTalonSandbox(seed, { now });
  const bodies = [sessionBody(0), sessionBody(1)];
  sandbox.call('updateCustomerSessionV2', { customerSessionId: 'churn', body: bodies[0] });
  const base = heapUsed();
  for (let i = 0; i < count; i++)
    sandbox.call('updateCustomerSessionV2', { customerSessionId: 'churn', body: bodies[i % 2] });
  const held = heapUsed() - base;
  sandbox.call('getCustomerSession', { customerSessionId: 'churn' });
  return held;
}

const { effects, rates, sink } = measureThroughput();
const effectTypes = [...new Set(effects.map((effect) => effect.effectType))].sort();
console.log(
  `Session update: ${catalog.length} cart items, ${campaigns.length} campaigns -> ${effects.length} effects (${effectTypes.join(', ')}).`,
);
const updatesPerSecond = median(rates);
console.log(
  `Throughput: median ${Math.round(updatesPerSecond).toLocaleString('en-US')} updates/s over ${rounds} rounds of ` +
    `${updates.toLocaleString('en-US')} (min ${Math.round(Math.min(...rates)).toLocaleString('en-US')}, max ` +
    `${Math.round(Math.max(...rates)).toLocaleString('en-US')}); goal >= ${GOAL_UPDATES_PER_SECOND.toLocaleString('en-US')}: ` +
    `${updatesPerSecond >= GOAL_UPDATES_PER_SECOND ? 'PASS' : 'MISS'}.`,
);

const steps = measureClosedSessions();
for (const step of steps) {
  console.log(
    `Memory: ${step.sessions.toLocaleString('en-US')} closed sessions hold ${(step.heldBytes / 2 ** 20).toFixed(1)} MiB ` +
      `= ${step.bytesPerSession.toLocaleString('en-US')} bytes per session.`,
  );
}
const perSession = steps.map((step) => step.bytesPerSession);
const spread = (Math.max(...perSession) - Math.min(...perSession)) / Math.min(...perSession);
console.log(
  `Linearity: bytes per session vary by ${(spread * 100).toFixed(1)}% from ${steps[0].sessions.toLocaleString('en-US')} ` +
    `to ${closedSessions.toLocaleString('en-US')} sessions (goal: constant, within 15%): ${spread <= 0.15 ? 'PASS' : 'MISS'}.`,
);

const churnUpdates = 50_000;
const churnHeld = measureChurn(churnUpdates);
console.log(
  `Churn: ${churnUpdates.toLocaleString('en-US')} updates of one open session hold ${(churnHeld / 2 ** 20).toFixed(1)} MiB ` +
    `(${Math.round(churnHeld / churnUpdates).toLocaleString('en-US')} bytes per update: the event each update stores).`,
);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  cartItems: catalog.length,
  campaigns: campaigns.length,
  effects: effects.length,
  updatesPerSecond: Math.round(updatesPerSecond),
  rates: rates.map(Math.round),
  goalUpdatesPerSecond: GOAL_UPDATES_PER_SECOND,
  memory: steps,
  churnBytesPerUpdate: Math.round(churnHeld / churnUpdates),
  sink,
};
const out = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(out, { recursive: true });
writeFileSync(`${out}sandbox.json`, `${JSON.stringify(results, null, 2)}\n`);
