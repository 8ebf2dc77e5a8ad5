// MSW in Storybook (msw-storybook-addon 3, CSF 3 loader), scoped by story.
//
// One service worker serves the whole preview, and a docs page renders all of a component's stories at once; with
// the addon alone, the handlers of the story loaded last would answer every story on the page (the Loading story's
// infinite wait, say). So the stories' client sends its story's id in a header, and one permanent handler answers each
// request with the handlers of the story that sent it. `mswStoryLoader` registers them (with fresh sandboxes) when a
// story loads; the addon's `mswLoader` starts the worker and puts it in `context.msw`.
import { getResponse, http, isCommonAssetRequest, type HttpHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import type { TalonSandbox } from 'talon-react/mock';
import { BASE_PATH, instantiateHandlers } from './sandbox.js';

/** The header with which the stories' client says which story a request is for. */
export const STORY_HEADER = 'x-talon-story';

const byStory = new Map<string, HttpHandler[]>();
let lastStory: string | undefined;

/** Answers a request with the handlers of its story (or, without the header, of the story loaded last). */
const dispatcher = http.all('*', ({ request }) => {
  const story = request.headers.get(STORY_HEADER) ?? lastStory;
  const handlers = story === undefined ? undefined : byStory.get(story);
  return handlers ? getResponse(handlers, request) : undefined;
});

/**
 * Where the worker script is: next to Storybook's preview page (iframe.html), so that the static build works from any
 * path (`/designs/talon/iframe.html` registers `/designs/talon/mockServiceWorker.js`, whose scope covers the page).
 * Vitest's test page is elsewhere, and its dev server serves public/ at the root.
 */
function workerUrl(): string {
  const page = new URL(window.location.href);
  return page.pathname.endsWith('/iframe.html')
    ? new URL('mockServiceWorker.js', page).pathname
    : '/mockServiceWorker.js';
}

/** Starts the worker once, for `mswLoader(setupStoryWorker)`. A request under `/api/talon` no story answers fails. */
async function setupStoryWorker(): Promise<SetupWorker> {
  const worker = setupWorker(dispatcher);
  await worker.start({
    quiet: true,
    serviceWorker: { url: workerUrl() },
    onUnhandledRequest(request, print) {
      if (isCommonAssetRequest(request)) return;
      if (new URL(request.url).pathname.startsWith(`${BASE_PATH}/`)) print.error();
    },
  });
  return worker;
}

/** A story's context as far as the loader reads and writes it. */
interface LoaderContext {
  id: string;
  parameters: { msw?: unknown };
  msw?: SetupWorker;
}

const startWorker = mswLoader(setupStoryWorker);

/**
 * The preview's loader: starts the worker once (the addon's `mswLoader`, which also sets `context.msw` for play
 * functions), then serves the story's `parameters.msw.handlers` to the story's own requests, each `sandboxHandlers()`
 * with a fresh sandbox, and puts the first sandbox in `context.loaded.sandbox` (see `withSandbox`).
 *
 * Storybook runs a story's loaders at the same time, and the addon's would apply the handlers to every story's
 * requests; so it gets a copy of the context without them, and this loader calls it.
 */
export async function mswStoryLoader(context: LoaderContext): Promise<{ sandbox?: TalonSandbox }> {
  const { handlers, sandboxes } = instantiateHandlers(context.parameters.msw);
  byStory.set(context.id, handlers);
  lastStory = context.id;
  const unscoped = { ...context, parameters: { ...context.parameters, msw: undefined } };
  await startWorker(unscoped as unknown as Parameters<typeof startWorker>[0]);
  context.msw = unscoped.msw;
  return sandboxes[0] ? { sandbox: sandboxes[0] } : {};
}
