import { getSession, sessionView } from '../sessions/sessions.js';
import type { OperationHandler } from './OperationHandler.js';

/** The session and the effects of its last evaluation; 404 for an unknown session. */
export const getCustomerSession: OperationHandler<'getCustomerSession'> = (context, { customerSessionId }) => {
  const session = getSession(context, customerSessionId);
  return { customerSession: sessionView(context, session), effects: [...session.effects] };
};
