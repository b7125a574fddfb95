import type { z } from 'zod';
import type { IssuePath } from './formatPath.js';

/** One problem in a document: where it is and what is wrong, in a sentence. */
export interface ClaimSetIssue {
  readonly path: (string | number)[];
  readonly message: string;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `the text ${JSON.stringify(`${value.slice(0, 40)}…`)}` : `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : `the number ${value}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

const typeOf = (value: unknown): string => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

// The union branch meant for a value is the one whose expected type matches it.
function unionBranch(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue[] | undefined {
  const actual = typeOf(issue.input);
  return issue.errors.find((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0 && i.expected !== actual));
}

function describe(issue: z.core.$ZodIssue, path: IssuePath, out: ClaimSetIssue[]): void {
  const at = [...path, ...issue.path] as (string | number)[];
  switch (issue.code) {
    case 'invalid_type':
      out.push({
        path: at,
        message:
          issue.input === undefined
            ? 'is required'
            : `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${describeValue(issue.input)}`,
      });
      return;
    case 'unrecognized_keys':
      for (const key of issue.keys) out.push({ path: [...at, key], message: 'is not a field here' });
      return;
    case 'invalid_value':
      out.push({
        path: at,
        message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(issue.input)}`,
      });
      return;
    case 'too_small':
      out.push({
        path: at,
        message:
          issue.origin === 'string' && issue.minimum === 1
            ? 'must not be empty'
            : `must be at least ${String(issue.minimum)}, got ${describeValue(issue.input)}`,
      });
      return;
    case 'invalid_format':
      out.push({ path: at, message: `expected ${issue.format}, got ${describeValue(issue.input)}` });
      return;
    case 'invalid_union': {
      const isDate = issue.errors.every((branch) => branch.some((i) => i.code === 'invalid_format'));
      if (isDate) {
        out.push({
          path: at,
          message: `expected an ISO 8601 date (2009-10-18) or date-time (2009-10-18T06:00:00Z), got ${describeValue(issue.input)}`,
        });
        return;
      }
      const branch = unionBranch(issue);
      if (branch !== undefined) {
        for (const inner of branch) describe(inner, at, out);
        return;
      }
      out.push({
        path: at,
        message: `expected a figure: a phrase ("at least 7"), a count, or { low, high, stated, hedge }; got ${describeValue(issue.input)}`,
      });
      return;
    }
    default:
      out.push({ path: at, message: issue.message });
  }
}

/**
 * Turns zod's issues into problems a person can act on, each with its full path.
 *
 * @example
 * ```ts
 * describeIssues(ClaimSetSchema.safeParse({ sources: [], events: [] }, { reportInput: true }).error!.issues)
 * //=> [{ path: ['claims'], message: 'is required' }]
 * ```
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): ClaimSetIssue[] {
  const out: ClaimSetIssue[] = [];
  for (const issue of issues) describe(issue, [], out);
  return out;
}
