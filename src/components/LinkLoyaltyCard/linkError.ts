import { TalonApiError } from '../../client/errors/TalonApiError.js';
import type { TalonError } from '../../client/errors/TalonError.js';
import { TalonValidationError } from '../../client/errors/TalonValidationError.js';

/** Why linking failed, in the terms of the messages. */
export type LinkFailure = 'invalidCard' | 'unknownCard' | 'cardUserLimit' | 'linkFailed' | 'error';

// Talon.One refuses a card at its user limit with a 400 (the spec says no more; the sandbox names the limit:
// `... already has the maximum number of users: 2 profiles are linked to it (the usersPerCardLimit of ...)`).
const userLimit = /maximum number of (users|profiles)|users?PerCardLimit|card user limit|user limit/i;

/** Sorts a link error into what the shopper is told. */
export function linkFailure(error: TalonError): LinkFailure {
  if (error instanceof TalonValidationError) return error.target === 'request' ? 'invalidCard' : 'error';
  if (!(error instanceof TalonApiError)) return 'error';
  if (error.status === 404) return 'unknownCard';
  if (error.status !== 400) return 'error';
  const texts = [error.message, ...error.errors.map((problem) => problem.title)];
  return texts.some((text) => userLimit.test(text)) ? 'cardUserLimit' : 'linkFailed';
}
