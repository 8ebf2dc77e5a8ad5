import type { APIError } from '../../schemas/APIError.js';
import { TalonError } from './TalonError.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Talon.One (or the proxy) answered with an error status. */
export class TalonApiError extends TalonError {
  /** The HTTP status, such as 400 or 404. */
  readonly status: number;
  /** The `errors[]` of the response body, empty when it had none. */
  readonly errors: APIError[];
  /** The response body: parsed JSON when it was JSON, else its text. */
  readonly body: unknown;

  constructor(operation: string, status: number, body: unknown) {
    const json = isRecord(body) ? body : {};
    const errors = Array.isArray(json.errors) ? (json.errors.filter(isRecord) as APIError[]) : [];
    const detail =
      (typeof json.message === 'string' && json.message) ||
      errors.map((e) => e.title).join('; ') ||
      (typeof body === 'string' && body.trim().slice(0, 200)) ||
      'no details';
    super(operation, `${operation} failed with HTTP ${status}: ${detail}`);
    this.status = status;
    this.errors = errors;
    this.body = body;
  }
}
