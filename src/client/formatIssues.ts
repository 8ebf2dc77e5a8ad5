import type * as z from 'zod/mini';
import { kindOf } from '../schemas/kindOf.js';
import type { TalonValidationIssue } from './errors/TalonValidationError.js';

const unit: Record<string, string> = { string: ' characters', array: ' items' };

function message(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${issue.input === undefined ? 'nothing' : kindOf(issue.input)}`;
    case 'too_small':
      // `inclusive: false` is an exclusive bound (`z.positive()`): 0 fails it, so "at least 0" would be wrong.
      return `must be ${issue.inclusive === false ? 'greater than' : 'at least'} ${String(issue.minimum)}${unit[issue.origin] ?? ''}`;
    case 'too_big':
      return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}${unit[issue.origin] ?? ''}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'regex') return `must match ${issue.pattern ?? 'its pattern'}`;
      return `must be ${issue.format === 'datetime' ? 'an ISO 8601 date-time with a time zone' : `a valid ${issue.format}`}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return issue.message;
  }
}

function path(segments: readonly PropertyKey[]): string {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`)).join('');
}

/** zod/mini ships no message locale (on purpose, for size): this says what is wrong in words. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): TalonValidationIssue[] {
  return issues.map((issue) => ({ path: path(issue.path), message: message(issue) }));
}
