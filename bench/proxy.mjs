// Proxy benchmark: what does `talon-react/proxy` cost in front of Talon.One (the sandbox server), under load, against
// talking to Talon.One directly and against the least any proxy costs (a bare pass-through forwarder)?
//
//   npm run build && node bench/proxy.mjs
//
// Five processes, so that no two of them share an event loop (the figures would otherwise measure one loop competing
// with itself):
//   - this one, the conductor: forks the others (child_process.fork of this same file with a role argument), tells the
//     load generator what to run, samples CPU and memory of every process between phases, and reports. Idle while
//     load runs.
//   - "sandbox": `startTalonSandboxServer` on 127.0.0.1 (the upstream, Talon.One's stand-in), counting the calls it
//     gets per operation.
//   - "forwarder": the bare pass-through a proxy cannot beat: Hono on @hono/node-server that strips the base path,
//     adds the API key and forwards with undici (a keep-alive pool), with no policy, no validation, no limits.
//   - "proxy": `createTalonProxy` served by @hono/node-server on 127.0.0.1, pointed at the sandbox server.
//   - "load": autocannon, 32 connections, in a process of its own.
// Alternating rounds (direct, forwarder, proxy, direct, ...) of the same load: "direct" sends it straight to the
// sandbox server with the API key, "forwarder" and "proxy" send it through them with the shopper in a header the
// proxy's `identify` reads. Each connection is one shopper with its own session and loops over: update its session (a
// small cart, no prices: the catalog prices it), read the session, read its inventory, read its loyalty balances.
// The sessions exist before the load starts (created by the shop's server, with the key). When the proxy exports
// `mintSessionId`, their IDs are minted for their shoppers (the proxy verifies such an ID without a look-up: one
// upstream call per update); otherwise, or with BENCH_MINTED=0, they are plain IDs, which the proxy checks by reading
// the session first (two calls). The upstream calls per session update are counted, not assumed.
//
// Env: BENCH_SECONDS (per phase, default 10), BENCH_ROUNDS (direct+forwarder+proxy triples, default 3),
// BENCH_WARMUP_SECONDS (default 3), BENCH_CONNECTIONS (default 32),
// BENCH_PROXY_LOGGER=1 (give the proxy a logger that serializes every entry and discards it), BENCH_MINTED=0,
// BENCH_CPU_PROF=<dir> (profile the proxy and forwarder processes: node --cpu-prof, written to <dir> when they exit).
// Writes bench/results/proxy.json (git-ignored). Reports PASS/MISS per goal; never fails on a missed goal.
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

// Against the bare forwarder (issue 10): the proxy's own cost, with everything a forwarder cannot avoid taken out.
const GOAL_THROUGHPUT_RATIO = 0.85;
const GOAL_ADDED_P99_MS = 2;
// Memory is "flat" when, from after the warm-up to the end, the heap after a GC grows less than this (and RSS less
// than twice this): more would be something kept per request.
const FLAT_GROWTH = 0.1;

const API_KEY = 'bench-proxy-key';
const BASE_PATH = '/api/talon';
const SHOPPER_HEADER = 'x-bench-shopper';
const NOW = '2026-03-01T12:00:00.000Z';
// The proxy's session secret, so that the conductor mints the IDs the proxy verifies.
const SESSION_SECRET = 'bench-session-secret';
const TARGETS = ['direct', 'forwarder', 'proxy'];

// ---- shared between processes ------------------------------------------------------------------
async function importDist(path) {
  try {
    return await import(path);
  } catch (error) {
    console.error(`Cannot import ${path}: run \`npm run build\` first.\n`, error);
    process.exit(1);
  }
}

// Answers the conductor's questions: CPU time used so far, and memory (after a GC when asked).
function answerConductor(extra = {}) {
  process.on('message', async (message) => {
    if (message.type === 'sample') {
      if (message.gc && typeof globalThis.gc === 'function') globalThis.gc();
      process.send({ id: message.id, cpu: process.cpuUsage(), memory: process.memoryUsage() });
    } else if (message.type === 'exit') {
      process.exit(0);
    } else if (extra[message.type]) {
      process.send({ id: message.id, ...(await extra[message.type](message)) });
    }
  });
}

// ---- the sandbox server ------------------------------------------------------------------------
async function sandboxRole() {
  const { startTalonSandboxServer, createTalonSandbox, demoSeed, demo } = await importDist('../dist/mock/index.js');
  const sessions = JSON.parse(process.argv[4]);
  // The demo data, plus each connection's shopper with points in the demo's loyalty program (the balances of a
  // profile that never earned any are a 404).
  const seed = demoSeed({ now: NOW });
  const shoppers = Array.from({ length: Number(process.argv[3]) }, (_, i) => shopperOf(i));
  seed.profiles = [...(seed.profiles ?? []), ...shoppers.map((integrationId) => ({ integrationId }))];
  seed.loyaltyTransactions = [
    ...(seed.loyaltyTransactions ?? []),
    ...shoppers.map((integrationId) => ({
      programId: demo.loyaltyPrograms.points,
      integrationId,
      amount: 100,
      type: 'import',
      created: '2026-02-01T12:00:00.000Z',
    })),
  ];
  const inner = createTalonSandbox(seed, { now: NOW });
  // Calls per operation, for the upstream calls each shopper request costs.
  let calls = {};
  const sandbox = {
    ...inner,
    call: (operationId, input) => {
      calls[operationId] = (calls[operationId] ?? 0) + 1;
      return inner.call(operationId, input);
    },
  };
  shoppers.forEach((profileId, i) =>
    inner.call('updateCustomerSessionV2', {
      customerSessionId: sessions[i],
      body: { customerSession: { profileId, cartItems: [] } },
    }),
  );
  const server = await startTalonSandboxServer({ port: 0, apiKey: API_KEY, sandbox });
  answerConductor({
    calls: () => {
      const counted = calls;
      calls = {};
      return { calls: counted };
    },
  });
  process.send({ type: 'ready', url: server.url });
}

// ---- the bare forwarder ----------------------------------------------------------------------
async function forwarderRole() {
  const { Hono } = await import('hono');
  const { serve } = await import('@hono/node-server');
  const { Pool } = await import('undici');
  const upstream = process.argv[3];
  const pool = new Pool(upstream, { keepAliveTimeout: 4_000, keepAliveMaxTimeout: 60_000 });
  const app = new Hono();
  app.all(`${BASE_PATH}/*`, async (c) => {
    const url = c.req.url;
    const path = url.slice(url.indexOf(BASE_PATH) + BASE_PATH.length);
    const method = c.req.method;
    const body = method === 'GET' || method === 'HEAD' ? null : await c.req.text();
    const answer = await pool.request({
      path,
      method,
      headers: {
        authorization: `ApiKey-v1 ${API_KEY}`,
        ...(body === null ? {} : { 'content-type': 'application/json' }),
      },
      body,
    });
    const text = await answer.body.text();
    return c.body(answer.statusCode === 204 ? null : text, answer.statusCode, {
      'content-type': 'application/json',
    });
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  answerConductor();
  process.send({ type: 'ready', url: `http://127.0.0.1:${server.address().port}` });
}

// ---- the proxy ---------------------------------------------------------------------------------
async function proxyRole() {
  const { createTalonProxy } = await importDist('../dist/proxy/index.js');
  const { serve } = await import('@hono/node-server');
  const upstream = process.argv[3];
  const handler = createTalonProxy({
    baseUrl: upstream,
    apiKey: API_KEY,
    basePath: BASE_PATH,
    // The storefront's session stands here as a header set on every request.
    identify: (request) => request.headers.get(SHOPPER_HEADER),
    // On, so that their cost is measured, but high enough that the load is never refused.
    rateLimit: { shopper: { limit: 1e9, windowMs: 60_000 }, ip: { limit: 1e9, windowMs: 60_000 } },
    // (Ignored by a proxy without minted session IDs.)
    sessionSecret: SESSION_SECRET,
    ...(process.env.BENCH_PROXY_LOGGER === '1' ? { logger: (entry) => void JSON.stringify(entry) } : {}),
    onError: (error) => console.error('proxy error:', error),
  });
  const server = serve({ fetch: handler, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  answerConductor();
  process.send({ type: 'ready', url: `http://127.0.0.1:${server.address().port}` });
}

// ---- the load generator ------------------------------------------------------------------------
// One connection's loop: a shopper and their session, with the path and headers of the target.
const shopperOf = (index) => `bench-shopper-${index}`;

function requestsOf(index, target, sessions) {
  const shopper = shopperOf(index);
  const session = encodeURIComponent(sessions[index]);
  const prefix = target === 'direct' ? '' : BASE_PATH;
  const headers =
    target === 'direct'
      ? { authorization: `ApiKey-v1 ${API_KEY}`, 'content-type': 'application/json' }
      : { [SHOPPER_HEADER]: shopper, 'content-type': 'application/json' };
  const body = JSON.stringify({
    customerSession: {
      profileId: shopper,
      state: 'open',
      cartItems: [
        { sku: 'SOCKS', quantity: 1 + (index % 3) },
        { sku: 'MUG', quantity: 1 },
      ],
    },
  });
  return [
    { method: 'PUT', path: `${prefix}/v2/customer_sessions/${session}`, headers, body },
    { method: 'GET', path: `${prefix}/v2/customer_sessions/${session}`, headers },
    { method: 'GET', path: `${prefix}/v1/customer_profiles/${shopper}/inventory?coupons=true&loyalty=true`, headers },
    { method: 'GET', path: `${prefix}/v1/loyalty_programs/1/profile/${shopper}/balances`, headers },
  ];
}

async function loadRole() {
  const { default: autocannon } = await import('autocannon');
  answerConductor({
    run: ({ url, target, seconds, connections, sessions }) =>
      new Promise((resolve, reject) => {
        let next = 0;
        const latencies = [];
        const statuses = {};
        const instance = autocannon(
          {
            url,
            connections,
            duration: seconds,
            setupClient: (client) => client.setRequests(requestsOf(next++ % connections, target, sessions)),
          },
          (error, result) => {
            if (error) reject(error);
            else resolve({ result: summarize(result), latencies, statuses });
          },
        );
        instance.on('response', (_client, status, _bytes, ms) => {
          latencies.push(ms);
          statuses[status] = (statuses[status] ?? 0) + 1;
        });
      }),
  });
  process.send({ type: 'ready' });
}

function summarize(result) {
  return {
    seconds: result.duration,
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

// ---- the conductor -----------------------------------------------------------------------------
async function conduct() {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
  const warmup = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
  const self = fileURLToPath(import.meta.url);

  // Each connection's session: minted for its shopper where the proxy can verify that, else a plain ID.
  const { mintSessionId } = await importDist('../dist/proxy/index.js');
  const minted = typeof mintSessionId === 'function' && process.env.BENCH_MINTED !== '0';
  const sessions = await Promise.all(
    Array.from({ length: connections }, (_, i) =>
      minted ? mintSessionId(shopperOf(i), { secret: SESSION_SECRET }) : `bench-session-${i}`,
    ),
  );

  const children = [];
  const start = async (name, args = [], execArgv = []) => {
    const child = fork(self, [name, ...args], { execArgv });
    children.push(child);
    // Whatever ends this process ends its servers too.
    process.once('exit', () => child.kill());
    child.on('exit', (code) => {
      if (code !== 0 && !stopping) {
        console.error(`The ${name} process exited with ${code}.`);
        process.exit(1);
      }
    });
    const ready = await new Promise((resolve) => child.on('message', (m) => m.type === 'ready' && resolve(m)));
    return { name, child, ...ready };
  };
  let stopping = false;
  let lastId = 0;
  const ask = (child, message) =>
    new Promise((resolve) => {
      const id = ++lastId;
      const listener = (answer) => {
        if (answer.id !== id) return;
        child.off('message', listener);
        resolve(answer);
      };
      child.on('message', listener);
      child.send({ ...message, id });
    });

  const sandbox = await start('sandbox', [String(connections), JSON.stringify(sessions)]);
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const forwarder = await start('forwarder', [sandbox.url], profile);
  const proxy = await start('proxy', [sandbox.url], ['--expose-gc', ...profile]);
  const load = await start('load');
  const processes = [sandbox, forwarder, proxy, load];
  const urls = { direct: sandbox.url, forwarder: forwarder.url, proxy: proxy.url };

  const memory = [];
  const sampleMemory = async (when) => {
    const { memory: m } = await ask(proxy.child, { type: 'sample', gc: true });
    memory.push({ when, rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed), heapTotalMB: mb(m.heapTotal) });
  };

  // One phase of load, with the CPU each process spent in it (as % of one core) and the sandbox's calls.
  const phase = async (target, phaseSeconds) => {
    await ask(sandbox.child, { type: 'calls' });
    const before = await Promise.all(processes.map((p) => ask(p.child, { type: 'sample' })));
    const started = process.hrtime.bigint();
    const run = await ask(load.child, {
      type: 'run',
      url: urls[target],
      target,
      seconds: phaseSeconds,
      connections,
      sessions,
    });
    const wallUs = Number(process.hrtime.bigint() - started) / 1000;
    const after = await Promise.all(processes.map((p) => ask(p.child, { type: 'sample' })));
    const { calls } = await ask(sandbox.child, { type: 'calls' });
    const cpu = Object.fromEntries(
      processes.map((p, i) => {
        const used = after[i].cpu.user + after[i].cpu.system - before[i].cpu.user - before[i].cpu.system;
        return [p.name, Math.round((used / wallUs) * 100)];
      }),
    );
    return { target, ...run, cpu, calls };
  };

  console.log(
    `Proxy benchmark: ${connections} connections, ${rounds} x (${TARGETS.map((t) => `${t} ${seconds} s`).join(', ')}), ` +
      `warm-up ${warmup} s each; sessions ${minted ? 'minted (mintSessionId)' : 'with plain IDs'}; ` +
      `node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'})`,
  );
  await sampleMemory('start (idle)');
  for (const target of TARGETS) await phase(target, warmup);
  await sampleMemory('after warm-up');

  const results = Object.fromEntries(TARGETS.map((target) => [target, []]));
  for (let round = 1; round <= rounds; round++) {
    for (const target of TARGETS) {
      const r = await phase(target, seconds);
      results[target].push(r);
      console.log(
        `  round ${round} ${target.padEnd(9)} ${fmt(r.result.rps, 0).padStart(6)} req/s  p50 ${fmt(r.result.p50)} ms` +
          `  p99 ${fmt(r.result.p99)} ms  errors ${errorsOf(r.result)}  CPU% ` +
          Object.entries(r.cpu)
            .map(([name, pct]) => `${name} ${pct}`)
            .join(', '),
      );
    }
    if (round === Math.ceil(rounds / 2)) await sampleMemory(`middle (after round ${round})`);
  }
  await sampleMemory('end');

  const totals = Object.fromEntries(TARGETS.map((target) => [target, aggregate(results[target])]));
  const { direct, forwarder: forwarded, proxy: proxied } = totals;
  const ratio = proxied.rps / forwarded.rps;
  const ratioToDirect = proxied.rps / direct.rps;
  const addedP99 = proxied.p99 - forwarded.p99;
  const errors = TARGETS.reduce((n, target) => n + totals[target].errors, 0);
  const base = memory.find((m) => m.when === 'after warm-up');
  const end = memory.at(-1);
  const heapGrowth = end.heapUsedMB / base.heapUsedMB - 1;
  const rssGrowth = end.rssMB / base.rssMB - 1;
  const flat = heapGrowth < FLAT_GROWTH && rssGrowth < 2 * FLAT_GROWTH;

  // Milliseconds of CPU time (all threads of a process) per request answered, by process.
  const perRequest = (a) => Object.fromEntries(Object.entries(a.cpu).map(([name, pct]) => [name, (pct * 10) / a.rps]));
  const cost = Object.fromEntries(TARGETS.map((target) => [target, perRequest(totals[target])]));
  // Upstream calls: per shopper request, and per session update (the loop reads the session once per update, so the
  // session reads beyond one per update are the proxy's own look-ups).
  const upstream = Object.fromEntries(
    TARGETS.map((target) => {
      const { requests, calls } = totals[target];
      const total = Object.values(calls).reduce((n, c) => n + c, 0);
      const updates = requests / 4;
      const perUpdate = ((calls.updateCustomerSessionV2 ?? 0) + (calls.getCustomerSession ?? 0)) / updates - 1;
      return [target, { perRequest: total / requests, perSessionUpdate: perUpdate, calls }];
    }),
  );

  console.log('');
  console.log('| | direct | forwarder | proxy |');
  console.log('|---|---|---|---|');
  const row = (label, value) => console.log(`| ${label} | ${TARGETS.map((t) => value(t)).join(' | ')} |`);
  row('requests/s', (t) => fmt(totals[t].rps, 0));
  row('p50 / p99 ms', (t) => `${fmt(totals[t].p50)} / ${fmt(totals[t].p99)}`);
  row('errors', (t) => `${totals[t].errors}`);
  row('CPU ms per request, own process', (t) => (t === 'direct' ? '-' : fmt(cost[t][t], 3)));
  row('CPU ms per request, sandbox', (t) => fmt(cost[t].sandbox, 3));
  row('upstream calls per session update', (t) => fmt(upstream[t].perSessionUpdate, 2));
  row('upstream calls per request', (t) => fmt(upstream[t].perRequest, 2));
  console.log('');
  console.log('proxy process memory (after GC):');
  for (const m of memory) console.log(`  ${m.when.padEnd(26)} RSS ${m.rssMB} MB, heap ${m.heapUsedMB} MB used`);
  const goals = [
    [
      `throughput: proxy ${pct(ratio)} of the forwarder (goal >= ${pct(GOAL_THROUGHPUT_RATIO)}); ${pct(ratioToDirect)} of direct`,
      ratio >= GOAL_THROUGHPUT_RATIO,
    ],
    [
      `added p99 over the forwarder: ${fmt(addedP99)} ms (goal <= ${GOAL_ADDED_P99_MS} ms)`,
      addedP99 <= GOAL_ADDED_P99_MS,
    ],
    [`errors: ${errors} non-2xx, socket errors and timeouts (goal 0)`, errors === 0],
    [
      `memory flat: heap ${signedPct(heapGrowth)}, RSS ${signedPct(rssGrowth)} from after warm-up to end ` +
        `(goal heap < +${pct(FLAT_GROWTH)}, RSS < +${pct(2 * FLAT_GROWTH)})`,
      flat,
    ],
  ];
  console.log('');
  for (const [text, pass] of goals) console.log(`${pass ? 'PASS' : 'MISS'}  ${text}`);
  const listCost = (costs) =>
    Object.entries(costs)
      .filter(([, ms]) => ms >= 0.005)
      .map(([name, ms]) => `${name} ${fmt(ms, 3)}`)
      .join(', ');
  console.log('');
  for (const target of TARGETS) console.log(`CPU ms per request, ${target} phase: ${listCost(cost[target])}`);
  const machine = sum(cost.proxy);
  console.log(
    `  the proxy phase costs the machine ${fmt(machine, 3)} CPU ms per request (${os.cpus().length} cores: at most ` +
      `~${fmt((os.cpus().length * 1000) / machine, 0)} req/s with every process at full load).`,
  );

  const output = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    arrangement:
      'separate processes (child_process.fork): sandbox server, bare forwarder (Hono + undici), proxy ' +
      '(@hono/node-server), load generator (autocannon); conductor idle during load',
    connections,
    secondsPerPhase: seconds,
    rounds,
    warmupSeconds: warmup,
    proxyLogger: process.env.BENCH_PROXY_LOGGER === '1',
    sessions: minted ? 'minted' : 'plain IDs',
    mix: 'per connection: updateCustomerSessionV2 (2 cart items), getCustomerSession, getCustomerInventory, getLoyaltyBalances',
    ...Object.fromEntries(TARGETS.map((t) => [t, { ...totals[t], rounds: results[t].map(roundSummary) }])),
    cpuMsPerRequest: cost,
    upstream,
    throughputRatioToForwarder: ratio,
    throughputRatioToDirect: ratioToDirect,
    addedP99MsOverForwarder: addedP99,
    errors,
    proxyMemory: memory,
    goals: {
      throughputRatio: { goal: GOAL_THROUGHPUT_RATIO, value: ratio, pass: ratio >= GOAL_THROUGHPUT_RATIO },
      addedP99Ms: { goal: GOAL_ADDED_P99_MS, value: addedP99, pass: addedP99 <= GOAL_ADDED_P99_MS },
      errors: { goal: 0, value: errors, pass: errors === 0 },
      memoryFlat: { heapGrowth, rssGrowth, pass: flat },
    },
  };
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}proxy.json`, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`\nWrote bench/results/proxy.json`);

  stopping = true;
  for (const child of children) child.send({ type: 'exit' });
}

const sum = (costs) => Object.values(costs).reduce((total, ms) => total + ms, 0);

// All rounds of one target as one: requests over seconds, percentiles over every response's latency.
function aggregate(rounds) {
  const latencies = new Float64Array(rounds.reduce((n, r) => n + r.latencies.length, 0));
  let offset = 0;
  for (const r of rounds) {
    latencies.set(r.latencies, offset);
    offset += r.latencies.length;
  }
  latencies.sort();
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  const statuses = {};
  for (const r of rounds) {
    for (const [status, n] of Object.entries(r.statuses)) statuses[status] = (statuses[status] ?? 0) + n;
  }
  const cpu = {};
  for (const name of Object.keys(rounds[0].cpu)) {
    cpu[name] = Math.round(rounds.reduce((sum, r) => sum + r.cpu[name], 0) / rounds.length);
  }
  const calls = {};
  for (const r of rounds) {
    for (const [operationId, n] of Object.entries(r.calls)) calls[operationId] = (calls[operationId] ?? 0) + n;
  }
  const requests = rounds.reduce((n, r) => n + r.result.requests, 0);
  const seconds = rounds.reduce((n, r) => n + r.result.seconds, 0);
  return {
    requests,
    rps: requests / seconds,
    p50: at(0.5),
    p99: at(0.99),
    errors: rounds.reduce((n, r) => n + errorsOf(r.result), 0),
    statuses,
    cpu,
    calls,
  };
}

const roundSummary = (r) => ({ ...r.result, cpu: r.cpu });
const errorsOf = (r) => r.non2xx + r.errors + r.timeouts;
const mb = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const fmt = (n, digits = 2) => n.toFixed(digits);
const pct = (n) => `${Math.round(n * 100)}%`;
const signedPct = (n) => `${n >= 0 ? '+' : ''}${(n * 100).toFixed(1)}%`;

// ---- which process this is -------------------------------------------------------------------
const role = process.argv[2];
if (role === 'sandbox') await sandboxRole();
else if (role === 'forwarder') await forwarderRole();
else if (role === 'proxy') await proxyRole();
else if (role === 'load') await loadRole();
else await conduct();
