// Validation benchmark: what does checking an Integration API response with the kit's zod/mini
// schemas cost, next to the JSON.parse the client does anyway?
//
//   npm run build && node bench/validation.mjs [--breakdown]
//   node --import zod/compile bench/validation.mjs   (the same with zod's ahead-of-time compiler)
//
// Env: BENCH_TIME (ms per task in all, default 4000), BENCH_ROUNDS (default 10),
// BENCH_WARMUP_TIME (ms, default 1000).
// Writes bench/results/validation.json (git-ignored). Reports; never fails on a missed goal.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import * as z from 'zod/mini';
import { integrationStateText } from './fixtures/integrationState.mjs';

const GOAL = 1.5; // validation at most 1.5x JSON.parse
// `import 'zod/compile'` before the kit (here: `node --import zod/compile`) compiles every schema on first parse.
const compiled = process.execArgv.some((arg) => arg.includes('zod/compile'));
const mode = compiled ? 'compiled (import "zod/compile" before the kit)' : 'runtime (default)';

let kit;
try {
  kit = await import('../dist/index.js');
} catch (error) {
  console.error('Cannot import ../dist/index.js: run `npm run build` first.\n', error);
  process.exit(1);
}
const { IntegrationStateV2Schema } = kit;

// ---- fixture -----------------------------------------------------------------------------------
const text = integrationStateText();
const bytes = Buffer.byteLength(text, 'utf8');
const parsed = JSON.parse(text);

// A bench on data that fails validation measures the error path, not the parse.
const check = z.safeParse(IntegrationStateV2Schema, parsed);
if (!check.success) {
  console.error(`Fixture does not pass IntegrationStateV2Schema (${check.error.issues.length} issues):`);
  console.error(JSON.stringify(check.error.issues.slice(0, 30), null, 2));
  process.exit(1);
}
const effectTypes = new Set(parsed.effects.map((effect) => effect.effectType));
console.log(`Validation mode: ${mode}`);
console.log(
  `Fixture: ${bytes.toLocaleString('en-US')} bytes of JSON, ${parsed.customerSession.cartItems.length} cart items, ` +
    `${parsed.effects.length} effects (${effectTypes.size} types), ${parsed.triggeredCampaigns.length} campaigns, ` +
    `${parsed.coupons.length} coupons: passes IntegrationStateV2Schema.`,
);

// ---- bench -------------------------------------------------------------------------------------
// The machine is shared (2 cores, builds and tests run alongside), so the time budget is split into
// rounds that alternate the task order, and the samples of all rounds are pooled: a burst of
// background load then lands on every task instead of skewing the ratio.
const time = Number(process.env.BENCH_TIME ?? 4000);
const warmupTime = Number(process.env.BENCH_WARMUP_TIME ?? 1000);
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 10));

// Results feed a sink read after the run, so the engine cannot drop the work.
let sink = 0;
const TASKS = {
  parse: 'JSON.parse(text)',
  validate: 'z.parse(IntegrationStateV2Schema, obj)',
  both: 'JSON.parse + z.parse',
};
const taskFns = {
  [TASKS.parse]: () => {
    sink += JSON.parse(text).effects.length;
  },
  [TASKS.validate]: () => {
    sink += z.parse(IntegrationStateV2Schema, parsed).effects.length;
  },
  [TASKS.both]: () => {
    sink += z.parse(IntegrationStateV2Schema, JSON.parse(text)).effects.length;
  },
};

const load = () => os.loadavg()[0];
const loadBefore = load();
console.log(
  `Running ${rounds} rounds x ${Math.round(time / rounds)} ms per task (${time} ms per task in all, ` +
    `warmup ${warmupTime} ms then ${Math.round(warmupTime / 10)} ms per round), node ${process.version}, ${os.cpus().length} cpus, load ${loadBefore.toFixed(2)}...`,
);
const pooled = Object.fromEntries(Object.values(TASKS).map((name) => [name, []]));
const roundMedians = Object.fromEntries(Object.values(TASKS).map((name) => [name, []]));
for (let round = 0; round < rounds; round++) {
  const bench = new Bench({
    name: `IntegrationStateV2 validation, round ${round + 1}`,
    time: time / rounds,
    iterations: 16,
    warmup: true,
    warmupTime: round === 0 ? warmupTime : warmupTime / 10,
    warmupIterations: round === 0 ? 20 : 4,
    timestampProvider: 'hrtimeNow',
    retainSamples: true,
  });
  const order = round % 2 === 0 ? Object.values(TASKS) : Object.values(TASKS).reverse();
  for (const name of order) bench.add(name, taskFns[name], { async: false });
  await bench.run();
  for (const task of bench.tasks) {
    const { result } = task;
    if (result.state !== 'completed') {
      console.error(`${task.name}: ${result.state}`, result.error ?? '');
      process.exit(1);
    }
    pooled[task.name].push(...result.latency.samples);
    roundMedians[task.name].push(result.latency.p50);
  }
}
if (sink === 0) throw new Error('unreachable: sink is empty');
const loadAfter = load();

/** Percentile with linear interpolation between order statistics, as tinybench computes it. */
function percentile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}
const stats = {};
for (const [name, samples] of Object.entries(pooled)) {
  const sorted = samples.toSorted((a, b) => a - b);
  const p50 = percentile(sorted, 0.5);
  const deviations = sorted.map((value) => Math.abs(value - p50)).sort((a, b) => a - b);
  stats[name] = {
    p50,
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    min: sorted[0],
    p75: percentile(sorted, 0.75),
    p99: percentile(sorted, 0.99),
    mad: percentile(deviations, 0.5),
    samples: sorted.length,
    roundP50s: roundMedians[name],
  };
}

const parseMs = stats[TASKS.parse].p50;
const validateRatio = stats[TASKS.validate].p50 / parseMs;
const bothRatio = stats[TASKS.both].p50 / parseMs;
const ms = (value) => value.toFixed(3);

console.log();
console.table(
  Object.entries(stats).map(([name, s]) => ({
    Task: name,
    'p50 (ms)': ms(s.p50),
    'mean (ms)': ms(s.mean),
    'min (ms)': ms(s.min),
    'p99 (ms)': ms(s.p99),
    'MAD (ms)': ms(s.mad),
    'x JSON.parse': (s.p50 / parseMs).toFixed(2),
    Samples: s.samples,
    'p50 per round (ms)': s.roundP50s.map(ms).join(' '),
  })),
);
console.log(`(b)/(a) validation / JSON.parse:          ${validateRatio.toFixed(2)}x`);
console.log(`(c)/(a) JSON.parse + validation / parse:  ${bothRatio.toFixed(2)}x`);
const pass = validateRatio <= GOAL;
console.log(`Goal: validation at most ${GOAL}x JSON.parse: ${pass ? 'PASS' : 'MISS'} (${validateRatio.toFixed(2)}x)`);

if (Math.max(loadBefore, loadAfter) > os.cpus().length * 0.75) {
  console.log(
    `Note: load average ${loadBefore.toFixed(2)} -> ${loadAfter.toFixed(2)} on ${os.cpus().length} cpus: other work shared the machine, figures are noisy.`,
  );
}

// ---- results file ------------------------------------------------------------------------------
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(resultsDir, { recursive: true });
const results = {
  benchmark: 'validation',
  mode: compiled ? 'compiled' : 'runtime',
  date: new Date().toISOString(),
  environment: {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
  },
  settings: { timeMs: time, rounds, warmupTimeMs: warmupTime, timestampProvider: 'hrtimeNow' },
  loadAverage: { before: loadBefore, after: loadAfter },
  fixture: {
    bytes,
    cartItems: parsed.customerSession.cartItems.length,
    effects: parsed.effects.length,
    effectTypes: effectTypes.size,
    triggeredCampaigns: parsed.triggeredCampaigns.length,
    coupons: parsed.coupons.length,
  },
  unit: 'ms',
  tasks: {
    jsonParse: { name: TASKS.parse, ...stats[TASKS.parse] },
    validate: { name: TASKS.validate, ...stats[TASKS.validate] },
    jsonParseAndValidate: { name: TASKS.both, ...stats[TASKS.both] },
  },
  ratios: { validateOverParse: validateRatio, parseAndValidateOverParse: bothRatio },
  goal: { description: `validation at most ${GOAL}x JSON.parse`, maxRatio: GOAL, ratio: validateRatio, pass },
};

// ---- optional breakdown: where the validation time goes ----------------------------------------
// `node bench/validation.mjs --breakdown` also times each part of the response on its own, and the
// whole schema through `z.compile` (zod's ahead-of-time compiler), for comparison. Informational.
if (process.argv.includes('--breakdown')) {
  const {
    EffectSchema,
    CartItemSchema,
    CampaignSchema,
    IntegrationCouponSchema,
    CouponSchema,
    ReferralSchema,
    RuleFailureReasonSchema,
  } = kit;
  const parts = {
    [`effects (${parsed.effects.length})`]: [z.array(EffectSchema), parsed.effects],
    [`cartItems (${parsed.customerSession.cartItems.length})`]: [
      z.array(CartItemSchema),
      parsed.customerSession.cartItems,
    ],
    [`triggeredCampaigns (${parsed.triggeredCampaigns.length})`]: [z.array(CampaignSchema), parsed.triggeredCampaigns],
    [`coupons (${parsed.coupons.length})`]: [z.array(IntegrationCouponSchema), parsed.coupons],
    [`createdCoupons (${parsed.createdCoupons.length})`]: [z.array(CouponSchema), parsed.createdCoupons],
    [`createdReferrals (${parsed.createdReferrals.length})`]: [z.array(ReferralSchema), parsed.createdReferrals],
    [`ruleFailureReasons (${parsed.ruleFailureReasons.length})`]: [
      z.array(RuleFailureReasonSchema),
      parsed.ruleFailureReasons,
    ],
  };
  if (typeof z.compile === 'function')
    parts['whole, z.compile(IntegrationStateV2Schema)'] = [z.compile(IntegrationStateV2Schema), parsed];
  const breakdownBench = new Bench({ time: 1000, iterations: 16, warmupTime: 300, timestampProvider: 'hrtimeNow' });
  for (const [name, [schema, value]] of Object.entries(parts)) {
    if (!z.safeParse(schema, value).success) throw new Error(`breakdown: ${name} does not pass`);
    breakdownBench.add(
      name,
      () => {
        sink += z.parse(schema, value) ? 1 : 0;
      },
      { async: false },
    );
  }
  await breakdownBench.run();
  results.breakdown = {};
  console.log();
  console.table(
    breakdownBench.tasks.map((task) => {
      const p50 = task.result.latency.p50;
      results.breakdown[task.name] = { p50, samples: task.result.latency.samplesCount };
      return {
        Part: task.name,
        'p50 (ms)': ms(p50),
        'x JSON.parse (whole text)': (p50 / parseMs).toFixed(2),
        'share of whole validation': task.name.startsWith('whole')
          ? ''
          : `${((100 * p50) / stats[TASKS.validate].p50).toFixed(0)}%`,
      };
    }),
  );
}

const resultsFile = `${resultsDir}validation${compiled ? '-compiled' : ''}.json`;
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`Wrote ${resultsFile}`);
