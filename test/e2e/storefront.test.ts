// The demo storefront end to end: `npm start`'s servers (the sandbox, the proxy, the shop's endpoints and the Vite
// storefront, started in-process on a free port) driven in Debian's Chromium with Playwright. A shopper signs in,
// fills the cart, applies a valid and an expired code, places the order, and sees the points and achievements move.
// Run by `npm run test:browser`; alone: `npx vitest run --project e2e`.
import type { Browser, BrowserContext, Locator, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type DemoServer } from '../../demo/server/startDemo.js';
import { launchChromium } from './chromium.js';

let demo: DemoServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
const serverErrors: unknown[] = [];

beforeAll(async () => {
  [demo, browser] = await Promise.all([
    startDemo({ port: 0, onError: (error) => serverErrors.push(error) }),
    launchChromium(),
  ]);
  context = await browser.newContext({ baseURL: demo.url, locale: 'en-US' });
  // Vite compiles the storefront's modules on first request: the first page load can take a while on a busy machine.
  context.setDefaultTimeout(20_000);
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await demo?.close();
});

/** Navigates with the shop's own navigation and waits for the page's heading. */
async function open(label: string, title: string) {
  await page.getByRole('navigation', { name: 'Shop' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** The first number in an element's text ("You earned 1,234 points." -> 1234), NaN without one. */
async function numberIn(locator: Locator): Promise<number> {
  const match = /-?\d[\d,]*(\.\d+)?/.exec((await locator.textContent()) ?? '');
  return match ? Number(match[0].replaceAll(',', '')) : NaN;
}

const progressOf = (name: string) => page.getByRole('progressbar', { name }).getAttribute('aria-valuenow');

describe('the demo storefront', () => {
  let pointsBefore: number;
  let historyBefore: number;

  it('signs a demo shopper in', async () => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in as Ada Lovelace' }).click();
    await page.getByText('Signed in as').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Shop' }).waitFor();
  });

  it("shows the shopper's points and achievements before the order", async () => {
    await open('Loyalty', 'Loyalty');
    const balance = page.getByRole('region', { name: 'Your points' });
    const active = balance.locator('[data-kind="active"]');
    await balance.and(page.locator('[data-state="ready"]')).waitFor();
    pointsBefore = await numberIn(active.locator('dd').or(active).first());
    expect(pointsBefore).toBe(600);
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    historyBefore = await rows.count();

    await open('Achievements', 'Achievements');
    await page.getByRole('progressbar', { name: 'Place 3 orders' }).waitFor();
    expect(await progressOf('Place 3 orders')).toBe('2');
  });

  it('fills the cart: the session is updated and priced by the shop', async () => {
    await open('Shop', 'Shop');
    const product = (name: string) => page.locator('li[data-sku]').filter({ has: page.getByRole('heading', { name }) });
    await product('Sneakers').getByRole('button', { name: 'Add to cart' }).click();
    await product('Coffee beans 500 g').getByRole('button', { name: 'Add to cart' }).click();
    await page.getByRole('button', { name: 'One more Coffee beans 500 g' }).click();

    const cart = page.getByRole('region', { name: 'Your cart' });
    await cart.getByRole('status', { name: 'Quantity of Coffee beans 500 g' }).filter({ hasText: '2' }).waitFor();
    // 90 + 2 × 15, as Talon.One priced the session with the shop's prices.
    const totals = cart.getByTestId('cart-totals');
    await totals.getByText('$120.00').first().waitFor();
    // The order of 100 or more triggers its campaign: 10 off, shown by CartPromotions.
    await cart.getByText('10 off orders of 100 or more').first().waitFor();
  });

  it('applies a valid code and rejects an expired one, in words', async () => {
    const cart = page.getByRole('region', { name: 'Your cart' });
    const field = cart.getByRole('textbox', { name: 'Coupon code' });
    await field.fill('WELCOME10');
    await cart.getByRole('button', { name: 'Apply' }).click();
    await cart.getByText('WELCOME10 was applied to your cart.').waitFor();
    // 10% of 120 = 12 from the coupon's campaign, plus the 10 off: 22 saved.
    await cart.getByText('Welcome coupons').first().waitFor();
    await cart.getByTestId('cart-totals').getByText('-$22.00').waitFor();

    await field.fill('EXPIRED10');
    await cart.getByRole('button', { name: 'Apply' }).click();
    await cart.getByText('EXPIRED10 was not applied. This code has expired.').waitFor();
    const expired = cart.locator('li[data-status="rejected"]').filter({ hasText: 'EXPIRED10' }).first();
    await expired.getByText('This code has expired.').waitFor();
    // The rejected code takes nothing off.
    await cart.getByTestId('cart-totals').getByText('-$22.00').waitFor();
  });

  it('checks out: the order is placed by the shop server and a new cart starts', async () => {
    const cart = page.getByRole('region', { name: 'Your cart' });
    await cart.getByRole('button', { name: 'Place order' }).click();
    const confirmation = page.getByRole('region', { name: 'Order placed' });
    await confirmation.waitFor();
    // The button went away with the cart: the focus is on the confirmation.
    expect(await confirmation.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await confirmation.textContent()).toContain('You paid $98.00 and saved $22.00');
    await cart.getByText('Your cart is empty.').waitFor();
  });

  it('shows the points and the achievement progress the order earned', async () => {
    const earned = await numberIn(page.getByRole('region', { name: 'Order placed' }).locator('p').nth(1));
    expect(earned).toBeGreaterThan(0);

    await open('Loyalty', 'Loyalty');
    const active = page.getByRole('region', { name: 'Your points' }).locator('[data-kind="active"]');
    await expect
      .poll(() => numberIn(active.locator('dd').or(active).first()), { timeout: 10_000 })
      .toBe(pointsBefore + earned);
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 10_000 }).toBeGreaterThan(historyBefore);

    await open('Achievements', 'Achievements');
    await expect.poll(() => progressOf('Place 3 orders'), { timeout: 10_000 }).toBe('3');
    // Sneakers are shoes: the first of five orders with shoes.
    await expect.poll(() => progressOf('Shoe collector'), { timeout: 10_000 }).toBe('1');
  });

  it('keeps the shopper and the checkout on the server', async () => {
    const cookie = (await context.cookies()).find((candidate) => candidate.name === 'talon_demo_shopper');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    // The page cannot place an order itself: the proxy refuses to close a session, even the shopper's own.
    const status = await page.evaluate(async () => {
      const response = await fetch('/api/talon/v2/customer_sessions/my-own-cart', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ customerSession: { state: 'closed' } }),
      });
      return response.status;
    });
    expect(status).toBe(403);
    // And the shop's checkout only closes the shopper's own carts.
    const checkout = await page.evaluate(async () => {
      const response = await fetch('/demo-api/checkout', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ customerSessionId: 'somebody-elses-cart' }),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    });
    expect(checkout).toEqual({ status: 404, body: { message: 'There is no such cart.' } });
    // A cookie not signed by the server is nobody.
    const forged = await fetch(`${demo.url}/demo-api/me`, {
      headers: { cookie: 'talon_demo_shopper=demo-vip.forged' },
    });
    expect(await forged.json()).toEqual({ shopper: null });
  });

  it('ran without errors in the page or the servers', () => {
    expect(pageErrors).toEqual([]);
    expect(serverErrors).toEqual([]);
  });
});
