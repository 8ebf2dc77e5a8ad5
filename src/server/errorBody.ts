import type { APIError } from '../schemas/APIError.js';
import type { ErrorResponseWithStatus } from '../schemas/ErrorResponseWithStatus.js';

/**
 * Talon.One's error body, `{ message, errors: [{ title, source }], StatusCode }`, as the proxy and the sandbox answer
 * it, so the kit's client reads their refusals like Talon.One's.
 */
export function errorBody(
  status: number,
  message: string,
  errors: readonly APIError[] = [{ title: message, source: {} }],
): ErrorResponseWithStatus {
  return { message, errors: [...errors], StatusCode: status };
}
