// MSW in the browser: a service worker (public/mockServiceWorker.js, served from Vite's publicDir) answers the page's
// own fetch. One worker per test file, unhandled requests fail the test, and a log of every request under the proxy
// path, in order, reset after each test.
import { isCommonAssetRequest } from 'msw';
import { setupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

/** The proxy path, relative to the page, as a storefront mounts it. */
export const BASE_PATH = '/api/talon';

/** `url('/v1/foo')`: the proxy URL of an Integration API path, relative to the page (MSW resolves it likewise). */
export const url = (path: string) => `${BASE_PATH}${path}`;

export const worker = setupWorker();

/** One request as the worker saw it. */
export interface SeenRequest {
  method: string;
  /** The full URL, as the browser resolved it. */
  url: string;
}

/** Every request of the current test under the proxy path, in the order they reached the worker. */
export const requests: SeenRequest[] = [];

worker.events.on('request:start', ({ request }) => {
  if (new URL(request.url).pathname.startsWith(`${BASE_PATH}/`)) {
    requests.push({ method: request.method, url: request.url });
  }
});

/** Requests of the current test that no handler answered (besides the page's own scripts and assets). */
const unhandled: string[] = [];

/**
 * Starts the worker for the file, with handlers and the log reset after each test. An unhandled request is logged as
 * with `onUnhandledRequest: 'error'` and fails the test after it: in a browser, MSW's error alone only turns into a
 * response (a 500, or here Vite's 404) that a test expecting an error might take for the one it wanted.
 */
export function startWorker(): void {
  beforeAll(async () => {
    await worker.start({
      quiet: true,
      onUnhandledRequest(request, print) {
        if (isCommonAssetRequest(request)) return;
        unhandled.push(`${request.method} ${request.url}`);
        print.error();
      },
    });
  });
  afterEach(() => {
    worker.resetHandlers();
    requests.length = 0;
    const seen = unhandled.splice(0);
    expect(seen, 'requests without a handler').toEqual([]);
  });
  afterAll(() => worker.stop());
}

/** A promise with its resolve exposed, to hold a handler until the test lets it go. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
