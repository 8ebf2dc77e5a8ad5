// How many requests the kit sends to the proxy (`/api/talon`) as the demo storefront's pages load (issue 12 part 5):
// each page loaded afresh, and the pages visited one after another in one tab, as a shopper does. The figures are
// printed (a table in the test's output). The demo's QueryClient keeps `staleTime: 0`, so a page visited again reads
// again in the background; what the shared inventory promises is that ReferralCode's page, visited after
// CouponWallet's, shows the code from the cache at once, and that the two on one page send one request
// (test/components/queries.test.tsx). Alone: `npx vitest run --project e2e test/e2e/requests.test.ts`.
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type DemoServer } from '../../demo/server/startDemo.js';
import { pages } from '../../demo/src/routes.js';
import { launchChromium } from './chromium.js';

let demo: DemoServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** The kit's requests since the last `take()`, as `GET /api/talon/v1/...` lines. */
let requests: string[] = [];

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo({ port: 0 }), launchChromium()]);
  context = await browser.newContext({ baseURL: demo.url, locale: 'en-US' });
  context.setDefaultTimeout(20_000);
  page = await context.newPage();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/talon/')) requests.push(`${request.method()} ${pathname}`);
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await demo?.close();
});

const take = () => {
  const taken = requests;
  requests = [];
  return taken;
};

/** Waits until the page's components have what they read: no region busy, and the network quiet. */
async function settled(title: string) {
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], [data-state="loading"]'));
  await page.waitForLoadState('networkidle');
}

declare global {
  interface Window {
    talonStates?: string[];
  }
}

/** Records every `data-state` the element `selector` shows from now on, the first render's included. */
async function watchStates(selector: string) {
  await page.evaluate((selector) => {
    const states: string[] = (window.talonStates = []);
    new MutationObserver(() => {
      const state = document.querySelector(selector)?.getAttribute('data-state');
      if (state && states.at(-1) !== state) states.push(state);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  }, selector);
}

const inventory = (lines: string[]) => lines.filter((line) => line.endsWith('/inventory')).length;

describe('the kit’s requests per demo page', () => {
  const fresh: Record<string, string[]> = {};
  const visited: Record<string, string[]> = {};

  it('signs in', async () => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in as Ada Lovelace' }).click();
    await settled('Shop');
  });

  it('counts each page loaded afresh', async () => {
    for (const { route, title } of pages) {
      await page.goto('about:blank');
      take();
      await page.goto(`/#/${route}`);
      await settled(title);
      fresh[route] = take();
    }
  });

  it('counts the pages visited one after another', async () => {
    await page.goto('about:blank');
    await page.goto('/#/shop');
    await settled('Shop');
    visited.shop = take();
    let referralStates: string[] = [];
    for (const { route, label, title } of pages.slice(1)) {
      if (route === 'referrals') await watchStates('.talon-referral-code');
      await page.getByRole('navigation', { name: 'Shop' }).getByRole('link', { name: label }).click();
      await settled(title);
      if (route === 'referrals') referralStates = await page.evaluate(() => window.talonStates ?? []);
      visited[route] = take();
    }
    const rows = pages.map(({ route }) => ({
      page: route,
      fresh: fresh[route]?.length,
      'fresh, inventory': inventory(fresh[route] ?? []),
      visited: visited[route]?.length,
      'visited, inventory': inventory(visited[route] ?? []),
    }));
    console.table(rows);
    console.log(JSON.stringify({ fresh, visited }, null, 1));
    expect(inventory(fresh.wallet ?? [])).toBe(1);
    expect(inventory(fresh.referrals ?? [])).toBe(1);
    // Coupons, then Refer a friend: the wallet's inventory holds the referrals too, so the code is there at once.
    expect(referralStates[0]).toBe('ready');
    expect(referralStates).not.toContain('loading');
  });
});
