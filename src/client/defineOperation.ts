import * as z from 'zod/mini';
import type { OperationId } from './routes.js';

/** One Integration API operation: its id (which names its route), and the schemas of its input and output. */
export interface Operation<Id extends OperationId = OperationId, Input = unknown, Output = unknown> {
  readonly id: Id;
  readonly input: z.ZodMiniType<Input>;
  /** Absent when the operation answers 204 only. */
  readonly output: z.ZodMiniType<Output> | undefined;
}

/** What a call of the operation takes: its path and query parameters, and `body`. */
export type OperationInput<O> = O extends Operation<OperationId, infer I, unknown> ? I : never;

/** What a call of the operation resolves to (`undefined` for a 204). */
export type OperationOutput<O> = O extends Operation<OperationId, unknown, infer R> ? R : never;

type Defined<Id extends OperationId, Shape extends z.core.$ZodLooseShape, Output> = Operation<
  Id,
  z.output<z.ZodMiniObject<Shape, z.core.$strict>>,
  Output
>;

/**
 * `silent` operations answer 204 with no body unless asked for one (`silent: 'no'`), so they may resolve to
 * `undefined`. Unknown input keys are errors: a misspelt parameter must not be dropped without a word.
 */
export function defineOperation<Id extends OperationId, Shape extends z.core.$ZodLooseShape, Output = undefined>(
  id: Id,
  definition: { input: Shape; output?: z.ZodMiniType<Output>; silent?: false },
): Defined<Id, Shape, Output>;
export function defineOperation<Id extends OperationId, Shape extends z.core.$ZodLooseShape, Output>(
  id: Id,
  definition: { input: Shape; output: z.ZodMiniType<Output>; silent: true },
): Defined<Id, Shape, Output | undefined>;
export function defineOperation(
  id: OperationId,
  definition: { input: z.core.$ZodLooseShape; output?: z.ZodMiniType; silent?: boolean },
): Operation {
  return { id, input: z.strictObject(definition.input), output: definition.output };
}
