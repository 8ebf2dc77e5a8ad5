import type { Context } from 'hono';
import * as operations from '../../client/operations/index.js';
import type { OperationId } from '../../client/routes.js';
import type { APIError } from '../../schemas/APIError.js';
import { decodeInput, parametersOf } from '../../server/decodeInput.js';
import { ParameterError } from '../../server/ParameterError.js';
import { checkInput } from '../../server/checkInput.js';
import { TalonProxyRefusal } from '../TalonProxyRefusal.js';
import type { ProxyEnv } from '../ProxyEnv.js';

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
  const { data, errors } = checkInput(operations[operationId].input, input);
  if (errors) throw new InvalidInput(errors);
  return data as Record<string, unknown>;
}
