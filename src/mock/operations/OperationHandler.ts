import type * as operations from '../../client/operations/index.js';
import type { OperationInput, OperationOutput } from '../../client/defineOperation.js';
import type { OperationId } from '../../client/routes.js';
import type { SandboxContext } from '../SandboxContext.js';

/** The definition (schemas) of an operation, by id. */
export type OperationOf<Id extends OperationId> = (typeof operations)[Id];

/** What the operation takes, after validation. */
export type SandboxInput<Id extends OperationId> = OperationInput<OperationOf<Id>>;

/** What it answers; `undefined` answers 204. */
export type SandboxOutput<Id extends OperationId> = OperationOutput<OperationOf<Id>>;

/**
 * The sandbox's implementation of one operation. It runs inside a journal transaction: throw a `SandboxError` to
 * refuse the request, and every change it made is undone.
 */
export type OperationHandler<Id extends OperationId> = (
  context: SandboxContext,
  input: SandboxInput<Id>,
) => SandboxOutput<Id>;
