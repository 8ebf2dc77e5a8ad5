import type { Context } from 'hono';
import * as z from 'zod/mini';
import { formatIssues } from '../../client/formatIssues.js';
import * as operations from '../../client/operations/index.js';
import type { OperationId } from '../../client/routes.js';
import type { APIError } from '../../schemas/APIError.js';
import { decodeInput, parametersOf } from '../../server/decodeInput.js';
import { ParameterError } from '../../server/ParameterError.js';
import { TalonProxyRefusal } from '../TalonProxyRefusal.js';
import type { ProxyEnv } from './ProxyEnv.js';

/** 400 with every problem the schema found, each named by its parameter or its JSON pointer in the body. */
export class InvalidInput extends TalonProxyRefusal {
  readonly problems: APIError[];

  constructor(problems: APIError[]) {
    super(400, `invalid request: ${problems.map((problem) => problem.title).join('; ')}`, problems[0]?.source);
    this.problems = problems;
  }
}

const isJson = (contentType: string | undefined) =>
  contentType !== undefined && /^application\/json\s*(;|$)/i.test(contentType.trim());

// Requiring JSON also keeps cross-site forms out: a form can post text/plain without a CORS preflight, JSON cannot.
async function readBody(c: Context<ProxyEnv>): Promise<unknown> {
  const text = c.get('body');
  if (text.trim() === '') return undefined;
  if (!isJson(c.req.header('content-type'))) {
    throw new TalonProxyRefusal(415, 'the request body must be JSON, sent with Content-Type: application/json');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new TalonProxyRefusal(400, 'the request body is not valid JSON');
  }
}

function sourceOf(path: readonly PropertyKey[], issue: z.core.$ZodIssue) {
  const [first, ...rest] = path;
  // RFC 6901: '' is the whole body, '/a/0' a field in it.
  if (first === 'body') return { pointer: rest.map((segment) => `/${String(segment)}`).join('') };
  if (first !== undefined) return { parameter: String(first) };
  // An unknown parameter is reported at the root, with its name among the keys.
  return issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? { parameter: issue.keys[0] } : {};
}

/**
 * The operation's input from the request: path and query decoded as the kit's client encoded them, the JSON body,
 * all checked against the operation's schema before anything goes upstream.
 */
export async function readInput(c: Context<ProxyEnv>, operationId: OperationId): Promise<Record<string, unknown>> {
  const body = parametersOf(operationId).hasBody ? await readBody(c) : undefined;
  const url = c.req.url;
  const queryStart = url.indexOf('?');
  let input: Record<string, unknown>;
  try {
    input = decodeInput(operationId, c.req.param(), queryStart === -1 ? '' : url.slice(queryStart), body);
  } catch (error) {
    if (error instanceof ParameterError) {
      throw new TalonProxyRefusal(400, error.message, { parameter: error.parameter });
    }
    throw error;
  }
  const result = z.safeParse(operations[operationId].input, input);
  if (result.success) return result.data as unknown as Record<string, unknown>;
  const messages = formatIssues(result.error.issues);
  throw new InvalidInput(
    result.error.issues.map((issue, index) => {
      const { path, message } = messages[index] ?? { path: '', message: issue.message };
      return { title: path ? `${path}: ${message}` : message, source: sourceOf(issue.path, issue) };
    }),
  );
}
