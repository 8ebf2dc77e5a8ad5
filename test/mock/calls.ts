// Helpers of the sandbox tests: an operation's call whose result must fit the client's schema, and a call's refusal.
import * as z from 'zod/mini';
import * as operations from '../../src/client/operations/index.js';
import type { TalonSandbox } from '../../src/mock/createTalonSandbox.js';
import { SandboxError } from '../../src/mock/SandboxError.js';

/** Calls the operation and checks its result against the client's output schema (throws if it does not fit). */
export function call<Id extends Parameters<TalonSandbox['call']>[0]>(
  sandbox: TalonSandbox,
  operationId: Id,
  input: Parameters<typeof sandbox.call<Id>>[1],
) {
  const result = sandbox.call(operationId, input);
  z.parse(operations[operationId].output!, result);
  return result;
}

/** The `SandboxError` the call throws; fails if it throws nothing or something else. */
export function failure(run: () => unknown): SandboxError {
  try {
    run();
  } catch (error) {
    if (error instanceof SandboxError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}
