import type { OperationId } from '../../client/routes.js';

/**
 * How a request ended:
 * `forwarded` (Talon.One answered 2xx), `upstream-error` (Talon.One answered an error, passed on),
 * `refused` (the policy said no: 401, 403 or 404), `invalid` (malformed, oversized, too slow or failing the schema:
 * 400, 408, 413, 415), `rate-limited` (429; 503 while a shared store is down and the rule fails closed), `not-found` (no such operation), `upstream-unreachable` (502), `upstream-timeout` (504),
 * `aborted` (the browser went away), `preflight` (a CORS preflight), `error` (a failure of the proxy or of your
 * `identify`/policy code: 500).
 */
export type TalonProxyOutcome =
  | 'forwarded'
  | 'upstream-error'
  | 'refused'
  | 'invalid'
  | 'rate-limited'
  | 'not-found'
  | 'upstream-unreachable'
  | 'upstream-timeout'
  | 'aborted'
  | 'preflight'
  | 'error';

/**
 * One log entry per request. Never the API key, bodies, paths or query strings (they carry IDs); the shopper and the
 * IP only as pseudonyms (an HMAC with a key made when the proxy starts: the same shopper gets the same pseudonym
 * while the process runs, and guessing IDs cannot reverse it).
 */
export interface TalonProxyLogEntry {
  /** ISO 8601 time the request arrived. */
  time: string;
  method: string;
  /** The operation the path named; null when it named none. */
  operationId: OperationId | null;
  status: number;
  /** Milliseconds from arrival to answer, to 0.1 ms. */
  durationMs: number;
  outcome: TalonProxyOutcome;
  /** The proxy's own reason for a refusal (never Talon.One's message, which may name IDs). */
  reason?: string;
  /** Pseudonym of the shopper `identify` returned, or null. */
  shopper: string | null;
  /** Pseudonym of the client's IP, or null when unknown. */
  ip: string | null;
}
