import { chromium, type Browser } from 'playwright';

/** Debian's Chromium (or `CHROMIUM_PATH`), headless, as every Playwright-driven test here runs it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
}
