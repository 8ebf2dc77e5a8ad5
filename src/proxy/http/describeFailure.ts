import { TalonApiError } from '../../client/errors/TalonApiError.js';
import { TalonNetworkError } from '../../client/errors/TalonNetworkError.js';
import type { APIError } from '../../schemas/APIError.js';
import type { ErrorResponseWithStatus } from '../../schemas/ErrorResponseWithStatus.js';
import { errorBody } from '../../server/errorBody.js';
import { isRecord } from '../../server/isRecord.js';
import type { TalonProxyOutcome } from '../logging/TalonProxyLogEntry.js';
import { TalonProxyRefusal } from '../TalonProxyRefusal.js';
import { InvalidInput } from './readInput.js';

/** What the browser gets for a failure, and how the log names it. */
export interface Failure {
  status: number;
  body: ErrorResponseWithStatus;
  outcome: TalonProxyOutcome;
  /** The proxy's own words, for the log; never Talon.One's. */
  reason?: string;
}

const sourceFields = ['pointer', 'parameter', 'line', 'resource'] as const;

/**
 * Talon.One's error body reduced to `message`, `errors[].title/details/source` and `StatusCode`, with every string
 * scrubbed of the API key: whatever else an upstream answer carries (a request ID, a URL, a trace) stays here.
 */
function sanitize(status: number, body: unknown, scrub: (text: string) => string): ErrorResponseWithStatus {
  const json = isRecord(body) ? body : {};
  const message = typeof json.message === 'string' ? scrub(json.message) : `Talon.One answered HTTP ${status}`;
  const errors: APIError[] = (Array.isArray(json.errors) ? json.errors : []).filter(isRecord).map((error) => {
    const source: Record<string, string> = {};
    const upstreamSource = isRecord(error.source) ? error.source : {};
    for (const field of sourceFields) {
      const value = upstreamSource[field];
      if (typeof value === 'string') source[field] = scrub(value);
    }
    return {
      title: typeof error.title === 'string' ? scrub(error.title) : message,
      ...(typeof error.details === 'string' ? { details: scrub(error.details) } : {}),
      source,
    };
  });
  return errorBody(status, message, errors.length > 0 ? errors : undefined);
}

// What the log says of invalid input: the kind of problem, never the browser's words (a refusal's message may quote
// a parameter's name or value, an e-mail address or a newline among them).
const invalidReasons: Partial<Record<TalonProxyRefusal['status'], string>> = {
  400: 'the request is malformed',
  408: 'the request body did not arrive in time',
  413: 'the request body is too large',
  415: 'the request body is not JSON',
};

function logReason(refusal: TalonProxyRefusal): string {
  if (refusal instanceof InvalidInput) return 'the request does not match the schema';
  if (refusal.kind === 'invalid') return invalidReasons[refusal.status] ?? 'the request is invalid';
  // The policy's own words (the proxy's, or your policy's): one line, of a sane length, whatever they hold.
  // eslint-disable-next-line no-control-regex
  return refusal.message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').slice(0, 200);
}

/** Turns whatever a request failed with into the browser's answer: never a stack, a URL, a header or the key. */
export function describeFailure(error: unknown, apiKey: string): Failure {
  if (error instanceof TalonProxyRefusal) {
    const errors = error instanceof InvalidInput ? error.problems : [{ title: error.message, source: error.source }];
    return {
      status: error.status,
      body: errorBody(error.status, error.message, errors),
      outcome: error.kind,
      reason: logReason(error),
    };
  }
  if (error instanceof TalonApiError) {
    // Talon.One refusing the proxy's own key is the server's misconfiguration, not the shopper's: a bad gateway.
    if (error.status === 401) {
      const message = 'the proxy could not authenticate with Talon.One';
      return { status: 502, body: errorBody(502, message), outcome: 'upstream-error', reason: message };
    }
    const scrub = (text: string) => (apiKey === '' ? text : text.split(apiKey).join('[redacted]'));
    return { status: error.status, body: sanitize(error.status, error.body, scrub), outcome: 'upstream-error' };
  }
  if (error instanceof TalonNetworkError) {
    if (error.reason === 'timeout') {
      const message = 'Talon.One did not answer in time';
      return { status: 504, body: errorBody(504, message), outcome: 'upstream-timeout', reason: message };
    }
    if (error.reason === 'aborted') {
      const message = 'the request was aborted';
      return { status: 502, body: errorBody(502, message), outcome: 'aborted', reason: message };
    }
    const message = 'Talon.One could not be reached';
    return { status: 502, body: errorBody(502, message), outcome: 'upstream-unreachable', reason: message };
  }
  const message = 'internal error of the proxy';
  return { status: 500, body: errorBody(500, message), outcome: 'error', reason: message };
}
