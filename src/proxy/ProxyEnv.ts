import type { OperationId } from '../client/routes.js';
import type { TalonProxyOutcome } from './logging/TalonProxyLogEntry.js';

/** What the proxy's middleware hand on to each other for one request (Hono's context variables). */
export interface ProxyEnv {
  Variables: {
    operationId: OperationId;
    /** The request body's text, read within the body limits (routes that take a body). */
    body: string;
    input: Record<string, unknown>;
    shopperId: string | null;
    ip: string | null;
    outcome: TalonProxyOutcome;
    reason: string;
  };
}
