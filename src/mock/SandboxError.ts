import type { ErrorResponseWithStatus } from '../schemas/ErrorResponseWithStatus.js';
import type { ErrorSource } from '../schemas/ErrorSource.js';
import { errorBody } from '../server/errorBody.js';

/** A request the sandbox refuses, with the status and body Talon.One would answer. */
export class SandboxError extends Error {
  override readonly name = 'SandboxError';
  readonly status: number;
  readonly body: ErrorResponseWithStatus;

  constructor(status: number, message: string, problems: Array<{ title: string; source?: ErrorSource }> = []) {
    super(message);
    this.status = status;
    this.body = errorBody(
      status,
      message,
      problems.length ? problems.map(({ title, source = {} }) => ({ title, source })) : undefined,
    );
  }
}

/** 400 for a field of the body, named by its JSON pointer (`/customerSession/cartItems/0/sku`). */
export function badRequest(message: string, pointer?: string): SandboxError {
  return new SandboxError(400, message, [{ title: message, source: pointer === undefined ? {} : { pointer } }]);
}

/** 400 for a path or query parameter. */
export function badParameter(parameter: string, message: string): SandboxError {
  return new SandboxError(400, message, [{ title: message, source: { parameter } }]);
}

/** 404: `what` names the entity, such as `customer session "s1"`. */
export function notFound(what: string): SandboxError {
  return new SandboxError(404, `${what} not found`);
}

/** 409: the request conflicts with the state (a card already linked to too many profiles, say). */
export function conflict(message: string): SandboxError {
  return new SandboxError(409, message);
}
