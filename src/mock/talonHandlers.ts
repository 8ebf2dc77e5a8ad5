import { http, type HttpHandler } from 'msw';
import type { TalonSandbox } from './createTalonSandbox.js';
import { createSandboxApp } from './http/createSandboxApp.js';

/** Options of {@link talonHandlers}. */
export interface TalonHandlersOptions {
  /**
   * Where the app's client sends its requests: the proxy's URL, as given to `createTalonClient`. An absolute URL
   * (`http://localhost:3000/api/talon`) or a path (`/api/talon`), which MSW resolves against the page's location.
   */
  baseUrl: string;
  /** Told about every failure of the sandbox itself (answered with a bare 500). */
  onError?: (error: unknown) => void;
}

/**
 * MSW request handlers that answer every request under `baseUrl` from the sandbox, as Talon.One behind the app's
 * proxy would. For `msw/node` and `msw/browser` alike:
 *
 * ```ts
 * const sandbox = createTalonSandbox(demoSeed());
 * const server = setupServer(...talonHandlers(sandbox, { baseUrl: 'http://localhost/api/talon' }));
 * ```
 *
 * No API key is asked for: the app talks to its proxy, and the proxy holds the key.
 */
export function talonHandlers(sandbox: TalonSandbox, options: TalonHandlersOptions): HttpHandler[] {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const app = createSandboxApp(sandbox, options.onError ? { onError: options.onError } : {});
  return [
    http.all(`${baseUrl}/*`, async ({ request }) => {
      // MSW matched the base; resolve it the same way to know which part of the path to strip.
      const page = (globalThis as { location?: { href: string } }).location?.href;
      const basePath = new URL(baseUrl, page ?? request.url).pathname.replace(/\/+$/, '');
      const url = new URL(request.url);
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      return app.fetch(
        new Request(`${url.origin}${url.pathname.slice(basePath.length)}${url.search}`, {
          method: request.method,
          headers: request.headers,
          ...(hasBody ? { body: await request.arrayBuffer() } : {}),
        }),
      );
    }),
  ];
}
