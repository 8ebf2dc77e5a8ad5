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

/** Turns whatever a request failed with into the browser's answer: never a stack, a URL, a header or the key. */
export function describeFailure(error: unknown, apiKey: string): Failure {
  if (error instanceof TalonProxyRefusal) {
    const errors = error instanceof InvalidInput ? error.problems : [{ title: error.message, source: error.source }];
    // The log gets the kind of problem, not the browser's field names and values.
    const reason = error instanceof InvalidInput ? 'the request does not match the schema' : error.message;
    return { status: error.status, body: errorBody(error.status, error.message, errors), outcome: error.kind, reason };
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
