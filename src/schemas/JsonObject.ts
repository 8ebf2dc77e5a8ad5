import * as z from 'zod/mini';
import { kindOf } from './kindOf.js';

const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A free-form object (attributes, payloads, effect props): checked to be an object and passed on as it came.
 * `z.record(z.string(), z.unknown())` would copy every key of every attributes map, the biggest single cost when
 * validating a large session.
 */
export const JsonObjectSchema = z.custom<Record<string, unknown>>(isJsonObject, {
  error: (issue) => `expected object, received ${kindOf(issue.input)}`,
});
