// The static Storybook (`npm run build-storybook`) works when served from any path: designers get it as a folder.
// Builds it when storybook-static/ is missing or older than the sources (STORYBOOK_REBUILD=1 forces a build), serves it
// under /designs/talon/ and opens stories in Chromium: the components must get their data from the sandbox through
// MSW's service worker, which has to register from the sub-path too. Run by `npm run test:browser`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './staticServer.js';
import { launchChromium } from '../e2e/chromium.js';

const root = resolve(__dirname, '../..');
const out = join(root, 'storybook-static');
const mount = '/designs/talon/';

/** The newest modification time of the files under `path`. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

function ensureBuild() {
  const built = existsSync(join(out, 'index.json')) ? statSync(join(out, 'index.json')).mtimeMs : 0;
  const sources = ['src', 'stories', '.storybook', 'public', 'package.json', 'vite.config.ts'];
  const changed = Math.max(...sources.map((source) => newest(join(root, source))));
  if (!process.env.STORYBOOK_REBUILD && built > changed) return;
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('storybook/package.json');
  const bin = join(dirname(pkg), (require(pkg) as { bin: string }).bin);
  const result = spawnSync(process.execPath, [bin, 'build', '-o', out, '--quiet'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (result.status !== 0) throw new Error(`storybook build failed:\n${result.stdout}\n${result.stderr}`);
}

let server: StaticServer;
let browser: Browser;
const pages: Page[] = [];

beforeAll(async () => {
  ensureBuild();
  server = await serveStatic(out, mount);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh browser context and page per URL: a service worker reused across pages can stop intercepting. */
async function open(path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  pages.push(page);
  await page.goto(`${server.url}${path}`);
  return Object.assign(page, { errors });
}

/** The story's frame: the page itself for iframe.html, the preview iframe inside the manager UI. */
async function previewOf(page: Page): Promise<Frame | Page> {
  if (new URL(page.url()).pathname.endsWith('/iframe.html')) return page;
  const handle = await page.waitForSelector('#storybook-preview-iframe', { timeout: 30_000 });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no preview frame');
  return frame;
}

describe('the static Storybook, served from /designs/talon/', () => {
  afterAll(async () => {
    await Promise.all(pages.map((page) => page.context().close()));
  });

  it('renders a story with data from the sandbox through the service worker', async () => {
    const page = await open('iframe.html?id=primitives-progressbar--from-the-sandbox&viewMode=story');
    const bar = page.getByRole('progressbar', { name: 'Place 3 orders' });
    await bar.waitFor({ timeout: 30_000 });
    expect(await bar.getAttribute('aria-valuenow')).toBe('2');
    expect(await bar.getAttribute('aria-valuemax')).toBe('3');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(server.url);
  });

  it("renders a component story: Ada's coupon wallet, from the demo sandbox", async () => {
    const page = await open('iframe.html?id=components-couponwallet--populated&viewMode=story');
    const row = page.locator('li[data-status="active"]', { hasText: 'VISIBLE10' });
    await row.waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-state]').first().getAttribute('data-state')).toBe('ready');
  });

  it('loads the manager UI, whose preview shows the story', async () => {
    const page = await open('index.html?path=/story/primitives-progressbar--from-the-sandbox');
    const frame = await previewOf(page);
    const bar = frame.getByRole('progressbar', { name: 'Place 3 orders' });
    await bar.waitFor({ timeout: 30_000 });
    expect(await bar.getAttribute('aria-valuenow')).toBe('2');
    await page
      .getByRole('link', { name: 'Introduction' })
      .or(page.getByRole('button', { name: 'Introduction' }))
      .first()
      .waitFor({ timeout: 30_000 });
  });

  it('serves each story of a docs page with its own handlers', async () => {
    // The docs page renders the ready, loading and error stories at once, on one service worker.
    const page = await open('iframe.html?id=primitives-progressbar--docs&viewMode=docs');
    const story = (id: string) => page.locator(`#story--primitives-progressbar--${id}-inner`);
    const bar = story('from-the-sandbox').getByRole('progressbar', { name: 'Place 3 orders' });
    await bar.waitFor({ timeout: 30_000 });
    expect(await bar.getAttribute('aria-valuenow')).toBe('2');
    await story('server-error').getByText('Could not load the achievements').waitFor({ timeout: 30_000 });
    await story('loading').getByText('Loading achievements…').waitFor({ timeout: 30_000 });
    // Still loading once the others have answered.
    await expect(story('loading').getByRole('status').textContent()).resolves.toContain('Loading');
  });

  it('renders the introduction', async () => {
    const page = await open('iframe.html?id=introduction--docs&viewMode=docs');
    await page.getByRole('heading', { name: 'talon-react components' }).waitFor({ timeout: 30_000 });
  });

  it('asks for nothing outside its folder, and throws no errors', () => {
    expect(server.outside).toEqual([]);
    expect(pages.flatMap((page) => (page as Page & { errors: string[] }).errors)).toEqual([]);
  });
});
