// What test:examples checks in each app, from its install to its pages in Chromium.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freePort, startApp, waitForReact, watch } from './browser.mjs';
import { cleanEnv, installTarball, run } from './npm.mjs';
import { copyApp } from './workspace.mjs';

const shopperId = 'demo-shopper-1';
const loyaltyProgramId = 1;
const validCode = 'WELCOME10';
const expiredCode = 'EXPIRED10';
const balancesPath = /\/api\/talon\/v1\/loyalty_programs\/\d+\/profile\/[^/]+\/balances/;

/** The kit's entry `name` as the app resolves it (its node_modules), loaded. */
async function load(dir, name) {
  return import(pathToFileURL(createRequire(join(dir, 'package.json')).resolve(name)).href);
}

/**
 * `talon-react/mock` in an app without msw: the sandbox's server and demo data load and answer (issue 13.2), and
 * msw really is absent (it is only an optional peer of the kit).
 */
async function mockWithoutMsw(dir) {
  const require = createRequire(join(dir, 'package.json'));
  let msw;
  try {
    msw = require.resolve('msw');
  } catch {
    // Absent, as it should be.
  }
  if (msw) throw new Error(`msw is installed (${msw}): the check needs an app without it`);
  const script = `
    import { demoSeed, startTalonSandboxServer } from 'talon-react/mock';
    const server = await startTalonSandboxServer({ apiKey: 'k', seed: demoSeed() });
    const response = await fetch(server.url + '/v1/loyalty_programs/${loyaltyProgramId}/profile/${shopperId}/balances', {
      headers: { authorization: 'ApiKey-v1 k' },
    });
    await server.close();
    if (response.status !== 200) throw new Error('the sandbox answered ' + response.status);
  `;
  await run(process.execPath, ['--input-type=module', '-e', script], { cwd: dir });
}

/**
 * The kit runs the zod it carries (dist/vendor) while the app may have its own: the exported schemas still parse, and
 * compose with the app's zod and zod/mini, whose errors are the app's own ZodError.
 */
async function schemasWithAppZod(dir) {
  const { CouponSchema } = await load(dir, 'talon-react');
  const { z } = await load(dir, 'zod');
  const mini = await load(dir, 'zod/mini');
  const coupon = {
    id: 1,
    created: '2026-01-01T00:00:00Z',
    campaignId: 2,
    value: validCode,
    usageLimit: 1,
    usageCounter: 0,
  };
  const wrapped = z.object({ coupon: CouponSchema, note: z.string() });
  const bad = wrapped.safeParse({ coupon: { value: 1 }, note: 'n' });
  const results = {
    'CouponSchema.safeParse': CouponSchema.safeParse(coupon).success,
    "zod/mini's safeParse": mini.safeParse(CouponSchema, coupon).success,
    'z.object({ coupon: CouponSchema })': wrapped.safeParse({ coupon, note: 'n' }).success,
    'z.array(CouponSchema)': z.array(CouponSchema).safeParse([coupon]).success,
    'a bad coupon in z.object fails with a ZodError': !bad.success && bad.error instanceof z.ZodError,
    'its issues have the path into the coupon': bad.error?.issues.some((issue) => issue.path[0] === 'coupon') === true,
  };
  const failed = Object.entries(results).filter(([, ok]) => !ok);
  if (failed.length) throw new Error(`with the app's zod: ${failed.map(([name]) => name).join('; ')}`);
}

/** What the demo data holds for the shopper, from the installed kit's own sandbox. */
async function demoFacts(dir) {
  const { createTalonSandbox, demoSeed } = await load(dir, 'talon-react/mock');
  const sandbox = createTalonSandbox(demoSeed());
  const balances = await sandbox.call('getLoyaltyBalances', {
    loyaltyProgramId,
    integrationId: shopperId,
    includeTiers: true,
  });
  const inventory = await sandbox.call('getCustomerInventory', { integrationId: shopperId, coupons: true });
  const points = balances.balance?.activePoints;
  if (!points) throw new Error(`the demo data gives ${shopperId} no active points in program ${loyaltyProgramId}`);
  return { points, coupons: (inventory.coupons ?? []).map((coupon) => coupon.value) };
}

const pointsText = (points) => `You have ${points.toLocaleString('en-US')} points`;

/** The server's HTML (no JavaScript) holds the shopper's points, from the hook and from LoyaltyBalance, and coupons. */
async function serverHtmlHasPoints(url, facts) {
  const html = await (await fetch(url)).text();
  const missing = [];
  if (!html.includes(pointsText(facts.points))) missing.push(`"${pointsText(facts.points)}" (PointsBadge, the hook)`);
  const balance = /<section[^>]*class="talon talon-loyalty-balance"[^>]*>([\s\S]*?)<\/section>/.exec(html);
  if (!balance) missing.push('LoyaltyBalance');
  else if (!/data-state="ready"/.test(balance[0]) || !balance[1].includes(`>${facts.points}<`)) {
    missing.push(`LoyaltyBalance ready with ${facts.points} active points`);
  }
  for (const code of facts.coupons) if (!html.includes(`>${code}<`)) missing.push(`coupon ${code} (CouponWallet)`);
  if (missing.length) throw new Error(`the server's HTML of ${url} lacks: ${missing.join(', ')}`);
}

/** After hydration (and a quiet network), the page has sent no request to the proxy: the server's data was enough. */
async function noKitRequestsAfterHydration(page, url, watched) {
  await page.goto(url);
  await waitForReact(page, 'section.talon-loyalty-balance');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  if (watched.kitRequests.length) {
    throw new Error(`${watched.kitRequests.length} kit request(s) after hydration: ${watched.kitRequests.join(', ')}`);
  }
}

/** Applies a code with CouponCodeForm and waits for its line in "Codes in your cart". */
async function applyCode(page, code, status) {
  const form = page.locator('.talon-coupon-code-form');
  await form.getByLabel('Coupon code').fill(code);
  await form.getByRole('button', { name: 'Apply', exact: true }).click();
  const line = form.locator(`li[data-status="${status}"]`, { hasText: code });
  await line.waitFor({ timeout: 15_000 });
  return line;
}

/** WELCOME10 is accepted; EXPIRED10 is rejected, with the reason in words. */
async function couponsAppliedAndRejected(page) {
  await page.locator('.talon-coupon-code-form:not([data-state="loading"])').waitFor({ timeout: 15_000 });
  await applyCode(page, validCode, 'accepted');
  const rejected = await applyCode(page, expiredCode, 'rejected');
  const text = await rejected.innerText();
  if (!/expired/i.test(text)) throw new Error(`${expiredCode} is rejected, but its line does not say why: "${text}"`);
  const notice = await page.locator('.talon-coupon-code-form [role="status"]').innerText();
  if (!notice.includes(expiredCode)) throw new Error(`the live region does not announce ${expiredCode}: "${notice}"`);
}

/**
 * A cart update marks the shopper's loyalty stale, so LoyaltyBalance fetches it again; that fetch fails (503 from
 * the proxy, every retry). The points stay on screen (issue 13.7), and the failure was a real one.
 */
async function failedRefetchKeepsData(page, facts, watched) {
  const active = page.locator('.talon-loyalty-balance [data-kind="active"]');
  await active.filter({ hasText: String(facts.points) }).waitFor({ timeout: 15_000 });
  let failures = 0;
  let lastFailure = 0;
  await page.route(balancesPath, (route) => {
    failures += 1;
    lastFailure = Date.now();
    return route.fulfill({ status: 503, contentType: 'application/json', body: '{"message":"Service unavailable"}' });
  });
  watched.ignore(balancesPath);
  const form = page.locator('.talon-coupon-code-form');
  await form.getByRole('button', { name: new RegExp(`^Remove.*${expiredCode}`) }).click();
  await form.locator('li', { hasText: expiredCode }).waitFor({ state: 'detached', timeout: 15_000 });
  // The transport retries 5xx with backoff: wait until the retries are over, then a little more for React.
  const deadline = Date.now() + 20_000;
  while ((failures === 0 || Date.now() - lastFailure < 2500) && Date.now() < deadline) await page.waitForTimeout(100);
  await page.unroute(balancesPath);
  if (failures === 0) throw new Error('the cart update did not fetch the loyalty balance again: nothing failed');
  const shown = (await active.count()) > 0 ? await active.innerText() : '';
  if (!shown.includes(String(facts.points))) {
    const state = await page.locator('.talon-loyalty-balance').getAttribute('data-state');
    throw new Error(
      `after the refetch failed (${failures} attempts), LoyaltyBalance no longer shows the ${facts.points} points ` +
        `(data-state="${state}", text: "${(await page.locator('.talon-loyalty-balance').innerText()).replace(/\s+/g, ' ')}")`,
    );
  }
}

// A cart that has no code yet does not exist at Talon.One: the kit reads it, gets 404 and treats it as a new cart,
// but the browser reports every 404 on the console itself.
const newCart = { url: /\/api\/talon\/v2\/customer_sessions\/[^/?]+$/, text: /status of 404/ };

/**
 * Watches a page, leaving out the browser's own report of a new cart's 404 and of loads a check made fail on
 * purpose; what the app itself logs always counts.
 */
function watchPage(page) {
  const watched = watch(page);
  const ignored = [newCart];
  const browserReport = /^console\.error: Failed to load resource: /;
  return {
    ...watched,
    ignore: (url) => ignored.push({ url, text: /./ }),
    problems: () =>
      watched.problems.filter(
        ({ text, url }) =>
          !(browserReport.test(text) && ignored.some((rule) => rule.url.test(url) && rule.text.test(text))),
      ),
  };
}

function consoleClean(watchedPages) {
  const problems = watchedPages.flatMap((watched) =>
    watched.problems().map(({ text, url }) => (url ? `${text} (${url})` : text)),
  );
  if (problems.length) throw new Error(problems.join('\n'));
}

/**
 * The app copied out of the repository, the tarball installed, the sandbox entry without msw, the schemas with the
 * app's zod, the strict type-check and the build, common to both apps. `updateLockfile`: writes the installed lockfile back to examples/ instead of
 * checking it.
 */
async function prepare({ source, dir, tarball, report, updateLockfile }, { typecheck, build }) {
  const installed = await report.step('install', "the packed tarball, with the app's lockfile", async () => {
    copyApp(source, dir);
    const lockfile = await installTarball(dir, tarball, { lockfile: true, update: updateLockfile });
    if (lockfile) writeFileSync(join(source, 'package-lock.json'), lockfile);
  });
  if (!installed) return false;
  await report.step(
    'mock without msw',
    "talon-react/mock's sandbox server and demoSeed, where msw is not installed",
    () => mockWithoutMsw(dir),
  );
  await report.step('zod', "the kit's schemas parse and compose with the app's zod", () => schemasWithAppZod(dir));
  await report.step('typecheck', typecheck.description, typecheck.run);
  return report.step('build', build.description, build.run);
}

/** examples/next-app-router: Next.js App Router, Server Components prefetching into HydrationBoundary. */
export async function checkNextApp({ source, dir, tarball, browser, report, updateLockfile }) {
  const browserSteps = [
    ['server HTML', "the shopper's points and coupons in the server's HTML"],
    ['hydration', 'no kit request after hydration'],
    ['coupons', `${validCode} applied, ${expiredCode} rejected with its reason`],
    ['failed refetch', 'a background refetch that fails keeps the points on screen'],
    ['console', 'no console error, warning or hydration mismatch'],
  ];
  const built = await prepare(
    { source, dir, tarball, report, updateLockfile },
    {
      typecheck: {
        description: 'next typegen, then tsc --noEmit with skipLibCheck: false',
        run: async () => {
          await run('npx', ['next', 'typegen'], { cwd: dir });
          await run('npx', ['tsc', '--noEmit'], { cwd: dir });
        },
      },
      build: {
        description: 'next build (Turbopack), with no Talon.One settings or secrets in the environment',
        run: () => run('npx', ['next', 'build'], { cwd: dir }),
      },
    },
  );
  if (!built) return report.skip([['start', 'npm start'], ...browserSteps], 'the app did not install or build');

  const facts = await demoFacts(dir);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let app;
  const started = await report.step('start', 'npm start: the embedded sandbox, then next start', async () => {
    app = await startApp('npm', ['start', '--', '-H', '127.0.0.1', '-p', String(port)], {
      cwd: dir,
      env: cleanEnv(),
      url,
    });
  });
  if (!started) return report.skip(browserSteps, 'the app did not start');
  const context = await browser.newContext();
  const pages = [];
  try {
    await report.step(...browserSteps[0], () => serverHtmlHasPoints(`${url}/`, facts));
    const home = await context.newPage();
    const homeWatch = watchPage(home);
    pages.push(homeWatch);
    await report.step(...browserSteps[1], () => noKitRequestsAfterHydration(home, `${url}/`, homeWatch));
    const cart = await context.newPage();
    const cartWatch = watchPage(cart);
    pages.push(cartWatch);
    const applied = await report.step(...browserSteps[2], async () => {
      await cart.goto(`${url}/cart`);
      await waitForReact(cart, '.talon-coupon-code-form');
      await couponsAppliedAndRejected(cart);
    });
    if (applied) await report.step(...browserSteps[3], () => failedRefetchKeepsData(cart, facts, cartWatch));
    else report.skip([browserSteps[3]], 'the coupons step failed');
    await report.step(...browserSteps[4], () => consoleClean(pages));
  } finally {
    await context.close();
    await app.stop();
  }
}

/** examples/vite-react18: a Vite 5 + React 18 SPA, its proxy on @hono/node-server. */
export async function checkViteApp({ source, dir, tarball, browser, report, updateLockfile }) {
  const browserSteps = [
    ['first render', "the shopper's points and coupons, each read requested once"],
    ['coupons', `${validCode} applied, ${expiredCode} rejected with its reason`],
    ['failed refetch', 'a background refetch that fails keeps the points on screen'],
    ['console', 'no console error or warning'],
  ];
  const built = await prepare(
    { source, dir, tarball, report, updateLockfile },
    {
      typecheck: {
        description: 'tsc over the app, its Vite config and its server, skipLibCheck: false',
        run: () => run('npm', ['run', 'typecheck'], { cwd: dir }),
      },
      build: {
        description: 'vite build, and the server with tsc',
        run: () => run('npm', ['run', 'build'], { cwd: dir }),
      },
    },
  );
  if (!built) return report.skip([['start', 'npm start'], ...browserSteps], 'the app did not install or build');

  const facts = await demoFacts(dir);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let app;
  const started = await report.step('start', 'npm start: the server with the embedded sandbox', async () => {
    app = await startApp('npm', ['start'], { cwd: dir, env: cleanEnv({ PORT: String(port) }), url });
  });
  if (!started) return report.skip(browserSteps, 'the app did not start');
  const context = await browser.newContext();
  const page = await context.newPage();
  const watched = watchPage(page);
  try {
    const rendered = await report.step(...browserSteps[0], async () => {
      await page.goto(url);
      await page.getByText(pointsText(facts.points)).waitFor({ timeout: 20_000 });
      for (const code of facts.coupons)
        await page.locator('.talon-coupon-wallet').getByText(code, { exact: true }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const reads = watched.kitRequests.filter((request) => request.startsWith('GET '));
      const repeated = reads.filter((request, index) => reads.indexOf(request) !== index);
      if (repeated.length) throw new Error(`requested more than once: ${[...new Set(repeated)].join(', ')}`);
    });
    const applied = rendered && (await report.step(...browserSteps[1], () => couponsAppliedAndRejected(page)));
    if (applied) await report.step(...browserSteps[2], () => failedRefetchKeepsData(page, facts, watched));
    else report.skip(rendered ? [browserSteps[2]] : browserSteps.slice(1, 3), 'an earlier step failed');
    await report.step(...browserSteps[3], () => consoleClean([watched]));
  } finally {
    await context.close();
    await app.stop();
  }
}
