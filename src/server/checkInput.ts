import * as z from 'zod/mini';
import { formatIssues } from '../client/formatIssues.js';
import type { APIError } from '../schemas/APIError.js';
import type { ErrorSource } from '../schemas/ErrorSource.js';

function sourceOf(issue: z.core.$ZodIssue): ErrorSource {
  const [first, ...rest] = issue.path;
  // RFC 6901: '' is the whole body, '/a/0' a field in it.
  if (first === 'body') return { pointer: rest.map((segment) => `/${String(segment)}`).join('') };
  if (first !== undefined) return { parameter: String(first) };
  // An unknown parameter is reported at the root, with its name among the keys.
  return issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? { parameter: issue.keys[0] } : {};
}

/** The checked input, or Talon.One's `errors[]` for what the schema found. */
export type InputCheck =
  { readonly data: unknown; readonly errors?: undefined } | { readonly data?: undefined; readonly errors: APIError[] };

/**
 * Checks an operation's input against its schema, for the proxy and the sandbox: what fails comes back as Talon.One's
 * `errors[]` for their 400s, one per problem, said in words and named by its parameter or its JSON pointer in the body.
 */
export function checkInput(schema: z.ZodMiniType, input: unknown): InputCheck {
  // The input's kind is needed for "expected boolean, received string"; its value never goes into a message.
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) return { data: result.data };
  const issues = result.error.issues;
  const messages = formatIssues(issues);
  return {
    errors: issues.map((issue, index) => {
      const { path, message } = messages[index] ?? { path: '', message: issue.message };
      return { title: path ? `${path}: ${message}` : message, source: sourceOf(issue) };
    }),
  };
}
