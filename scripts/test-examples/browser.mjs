// Chromium (the system's, driven by Playwright), the apps' servers, and what a page does: its console, its errors and
// its requests to the kit's proxy.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright';

/** The Chromium executable, or undefined when there is none. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    return undefined;
  }
}

export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
}

/** A port nobody listens on now, on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts an app's server (`npm start`) in its own process group and waits until `url` answers. `stop()` ends the
 * group (npm, the launcher, the server), and resolves when it has gone.
 */
export async function startApp(command, args, { cwd, env, url, timeout = 60_000 }) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Gone already.
      }
      const killer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Gone.
        }
      }, 5000);
      await exited;
      clearTimeout(killer);
    }
  };
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${command} ${args.join(' ')} exited with ${child.exitCode}\n${output}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      return { stop, output: () => output };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  await stop();
  throw new Error(`${url} did not answer within ${timeout / 1000} s\n${output}`);
}

/**
 * Watches a page: console errors and warnings (with the URL they are about: a check that makes a request fail on
 * purpose leaves out the browser's "Failed to load resource" for it), uncaught errors, and every request to the proxy
 * (`/api/talon/`).
 */
export function watch(page) {
  const problems = [];
  const kitRequests = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push({ text: `console.${message.type()}: ${message.text()}`, url: message.location().url });
    }
  });
  page.on('pageerror', (error) => problems.push({ text: `uncaught: ${error.message}`, url: '' }));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/talon/')) kitRequests.push(`${request.method()} ${url.pathname}${url.search}`);
  });
  return { problems, kitRequests };
}

/** Waits until React has hydrated (or rendered) the element: React keeps its fiber on the DOM node. */
export function waitForReact(page, selector) {
  return page.waitForFunction(
    (target) => {
      const element = globalThis.document.querySelector(target);
      return !!element && Object.keys(element).some((key) => key.startsWith('__reactFiber$'));
    },
    selector,
    { timeout: 20_000 },
  );
}
