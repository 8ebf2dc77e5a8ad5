import { updateSession } from '../sessions/sessionUpdate.js';
import { withoutPersisting } from '../sessions/sessions.js';
import { badParameter } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

/**
 * Update or create a customer session. `dry` evaluates and answers without keeping anything; `now` (dry only, in the
 * future) evaluates campaigns and code dates at that time.
 */
export const updateCustomerSessionV2: OperationHandler<'updateCustomerSessionV2'> = (context, input) => {
  const { customerSessionId, body, dry = false, now } = input;
  if (now !== undefined) {
    if (!dry) throw badParameter('now', 'now can only be used together with dry=true');
    if (Date.parse(now) <= Date.parse(context.now)) {
      throw badParameter(
        'now',
        `now must be a date in the future: ${now} is not after the current time ${context.now}`,
      );
    }
  }
  if (!dry) return updateSession(context, customerSessionId, body, false);
  const at = now === undefined ? context : { ...context, now: new Date(now).toISOString() };
  return withoutPersisting(context, () => updateSession(at, customerSessionId, body, true));
};
