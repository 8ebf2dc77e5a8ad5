import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { routes, type OperationId } from '../../client/routes.js';
import type { TalonSandbox } from '../createTalonSandbox.js';
import { decodeInput, parametersOf } from '../../server/decodeInput.js';
import { ParameterError } from '../../server/ParameterError.js';
import { badParameter, badRequest, SandboxError } from '../SandboxError.js';

/** Options of {@link createSandboxApp}. */
export interface SandboxAppOptions {
  /** When set, every request needs `Authorization: ApiKey-v1 <apiKey>`, else it gets 401 as from Talon.One. */
  apiKey?: string;
  /** Told about every failure that is not a {@link SandboxError}: a bug of the sandbox, answered with a bare 500. */
  onError?: (error: unknown) => void;
  /**
   * Milliseconds every request takes to answer, as over a network. An update of a customer session holds it that
   * long, and another update of the same session arriving meanwhile gets Talon.One's 409 (not applied). Default 0.
   */
  latency?: number;
}

// The spec's success status of the operations that create something; the others answer 200, or 204 without a body.
const created: ReadonlySet<OperationId> = new Set([
  'createAudienceV2',
  'createCouponReservation',
  'createReferral',
  'createReferralsForMultipleAdvocates',
]);

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? `: ${error.message}` : '';
    throw badRequest(`The request body is not valid JSON${reason}`);
  }
}

function unauthorized(authorization: string | undefined): SandboxError {
  return new SandboxError(401, 'unauthorized', [
    {
      title:
        authorization === undefined
          ? 'The Authorization header is missing: send "Authorization: ApiKey-v1 <key>"'
          : authorization.startsWith('ApiKey-v1 ')
            ? 'The API key is not valid for this Application'
            : 'The Authorization header must be "ApiKey-v1 <key>"',
    },
  ]);
}

// By shape, not `instanceof`: a bundler may load the sandbox's modules twice (a story and a handler, say).
const isSandboxError = (error: unknown): error is SandboxError =>
  error instanceof Error && error.name === 'SandboxError' && 'status' in error && 'body' in error;

const answer = (c: Context, error: SandboxError) => c.json(error.body, error.status as ContentfulStatusCode);

// The writes of a session: Talon.One refuses one that overlaps another of the same session ("avoid parallel requests").
const sessionWrites: ReadonlySet<OperationId> = new Set([
  'updateCustomerSessionV2',
  'reopenCustomerSession',
  'returnCartItems',
]);

const conflict = () => new SandboxError(409, 'Too many requests are updating this session at the same time');

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A Hono app that answers like the Talon.One Integration API at `/v1/...` and `/v2/...`, backed by a sandbox: one
 * route per operation, the request decoded into the operation's input, the sandbox's answer or refusal sent with
 * Talon.One's status and body. Unknown paths get 404, failures of the sandbox itself a bare 500 (never a stack).
 */
export function createSandboxApp(sandbox: TalonSandbox, options: SandboxAppOptions = {}): Hono {
  const { apiKey, onError, latency = 0 } = options;
  const app = new Hono();
  const updating = new Set<string>();

  if (apiKey !== undefined) {
    app.use(async (c, next) => {
      const authorization = c.req.header('authorization');
      if (authorization !== `ApiKey-v1 ${apiKey}`) return answer(c, unauthorized(authorization));
      await next();
    });
  }

  for (const operationId of Object.keys(routes) as OperationId[]) {
    const route = routes[operationId];
    app.on(route.method, route.path.replace(/\{(\w+)\}/g, ':$1'), async (c) => {
      const url = c.req.url;
      const queryStart = url.indexOf('?');
      const body = parametersOf(operationId).hasBody ? await readJson(c) : undefined;
      const input = decodeInput(operationId, c.req.param(), queryStart === -1 ? '' : url.slice(queryStart), body);
      let output: unknown;
      if (sessionWrites.has(operationId)) {
        const session = String(input.customerSessionId);
        if (updating.has(session)) throw conflict();
        updating.add(session);
        try {
          if (latency > 0) await pause(latency);
          output = sandbox.call(operationId, input as never);
        } finally {
          updating.delete(session);
        }
      } else {
        if (latency > 0) await pause(latency);
        output = sandbox.call(operationId, input as never);
      }
      if (output === undefined) return c.body(null, 204);
      return c.json(output as object, created.has(operationId) ? 201 : 200);
    });
  }

  app.notFound((c) =>
    answer(
      c,
      new SandboxError(404, `No Integration API operation answers ${c.req.method} ${new URL(c.req.url).pathname}`),
    ),
  );

  app.onError((error, c) => {
    if (isSandboxError(error)) return answer(c, error);
    if (error instanceof ParameterError) return answer(c, badParameter(error.parameter, error.message));
    onError?.(error);
    return answer(c, new SandboxError(500, 'Internal server error: the sandbox failed to handle the request'));
  });

  return app;
}
