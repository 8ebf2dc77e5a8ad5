import type { OperationInput, OperationOutput } from '../client/defineOperation.js';
import type * as operations from '../client/operations/index.js';
import type { OperationId } from '../client/routes.js';

/** What the browser asked of operation `K`: its path and query parameters and `body`, checked against the schema. */
export type ProxyInput<K extends OperationId> = OperationInput<(typeof operations)[K]>;

/** What Talon.One answers to operation `K` (`undefined` for a 204). */
export type ProxyOutput<K extends OperationId> = OperationOutput<(typeof operations)[K]>;
