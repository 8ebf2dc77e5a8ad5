// The sandbox behind the stories: MSW handlers for `parameters.msw.handlers` that answer `/api/talon` (the proxy path
// the stories' `TalonProvider` calls) from the embedded Talon.One sandbox, built from the demo data.
//
// `sandboxHandlers()` is a template: each time a story loads, the preview's loader (./msw.ts) builds it a FRESH
// sandbox, so what one story's play function changes (an applied coupon, a linked card) is gone in the next story and
// when the story re-runs, and the stories of a docs page never share one.
import { getResponse, http, type HttpHandler } from 'msw';
import { createTalonSandbox, demoSeed, type SandboxSeed, type TalonSandbox } from 'talon-react/mock';
import { talonHandlers } from 'talon-react/mock/msw';

/** The proxy path the stories' `TalonProvider` calls, relative to the page, as a storefront mounts it. */
export const BASE_PATH = '/api/talon';

/** Options of {@link sandboxHandlers}. */
export interface SandboxHandlersOptions {
  /** The time of the demo data, and the sandbox's frozen clock. Default: now (and the clock runs). */
  now?: Date | string;
  /**
   * Changes the demo data before the sandbox is built: return the seed to use (add 1,000 coupons, drop the ledger,
   * ...). Gets a fresh `demoSeed({ now })` each time.
   */
  seed?: (seed: SandboxSeed, now: Date) => SandboxSeed;
  /** Runs once the sandbox is built, before the story renders: open a session, apply a code, advance the clock. */
  setup?: (sandbox: TalonSandbox) => void;
}

/** Builds the sandbox {@link sandboxHandlers} serves: `demoSeed({ now })`, changed by `seed`, then `setup`. */
function createStorySandbox(options: SandboxHandlersOptions = {}): TalonSandbox {
  const now = new Date(options.now ?? Date.now());
  const base = demoSeed({ now });
  const sandbox = createTalonSandbox(
    options.seed ? options.seed(base, now) : base,
    options.now === undefined ? {} : { now },
  );
  options.setup?.(sandbox);
  return sandbox;
}

/** A fresh sandbox and the handlers that serve it. */
export interface SandboxInstance {
  sandbox: TalonSandbox;
  handlers: HttpHandler[];
}

/** How to build a fresh sandbox, for each handler that {@link sandboxHandlers} returned. */
const templates = new WeakMap<object, () => SandboxInstance>();

/**
 * MSW handlers that answer everything under `/api/talon` from a sandbox of the demo data (see `demo` for its
 * shoppers, codes, programs and cards), fresh for every story load:
 *
 * ```ts
 * parameters: { msw: { handlers: sandboxHandlers({ seed: (seed) => ({ ...seed, coupons: manyCoupons }) }) } }
 * ```
 *
 * Put overrides first to change single routes: `handlers: [http.get('/api/talon/v1/...', ...), ...sandboxHandlers()]`.
 */
export function sandboxHandlers(options: SandboxHandlersOptions = {}): HttpHandler[] {
  const instantiate = (): SandboxInstance => {
    const sandbox = createStorySandbox(options);
    return { sandbox, handlers: talonHandlers(sandbox, { baseUrl: BASE_PATH, onError: (e) => console.error(e) }) };
  };
  // Used as is (outside the stories' loader, e.g. in `context.msw.use(...)`), it builds one sandbox on first use.
  let standalone: HttpHandler[] | undefined;
  const handler = http.all(`${BASE_PATH}/*`, ({ request }) =>
    getResponse((standalone ??= instantiate().handlers), request),
  );
  templates.set(handler, instantiate);
  return [handler];
}

/** The handlers of a story's `parameters.msw` (an array, or `{ handlers }` as an array or by name), flat. */
function storyHandlers(parameter: unknown): HttpHandler[] {
  if (Array.isArray(parameter)) return parameter.flat() as HttpHandler[];
  const handlers = (parameter as { handlers?: unknown } | undefined)?.handlers;
  if (handlers == null) return [];
  const list: unknown[] = Array.isArray(handlers) ? handlers : Object.values(handlers as object);
  return list.flat().filter(Boolean) as HttpHandler[];
}

/**
 * A story's handlers with a fresh sandbox behind each of its {@link sandboxHandlers}; `sandboxes` in the order of the
 * handlers.
 */
export function instantiateHandlers(parameter: unknown): { handlers: HttpHandler[]; sandboxes: TalonSandbox[] } {
  const handlers: HttpHandler[] = [];
  const sandboxes: TalonSandbox[] = [];
  for (const handler of storyHandlers(parameter)) {
    const instantiate = templates.get(handler);
    if (!instantiate) {
      handlers.push(handler);
      continue;
    }
    const instance = instantiate();
    handlers.push(...instance.handlers);
    sandboxes.push(instance.sandbox);
  }
  return { handlers, sandboxes };
}

/** The sandbox a story is served from (its first `sandboxHandlers`), in a play function: `getSandbox(context)`. */
function getSandbox(context: { loaded?: Record<string, unknown> }): TalonSandbox {
  const sandbox = context.loaded?.sandbox as TalonSandbox | undefined;
  if (!sandbox) throw new Error('This story has no sandboxHandlers() in parameters.msw.handlers.');
  return sandbox;
}

/**
 * A play function that also gets the story's sandbox, to check what reached it or to change it:
 *
 * ```ts
 * play: withSandbox(async ({ canvas, userEvent, sandbox }) => {
 *   await userEvent.click(await canvas.findByRole('button', { name: 'Apply' }));
 *   expect(sandbox.call('getCustomerSession', { customerSessionId: 's1' }).customerSession.couponCodes).toEqual([...]);
 * }),
 * ```
 */
export function withSandbox<Context extends { loaded?: Record<string, unknown> }>(
  play: (context: Context & { sandbox: TalonSandbox }) => Promise<void> | void,
): (context: Context) => Promise<void> {
  return async (context) => {
    await play({ ...context, sandbox: getSandbox(context) });
  };
}
