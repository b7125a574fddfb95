import type { z } from 'zod';
import { fieldsAt } from './fieldsAt.js';
import type { IssuePath } from './formatPath.js';
import type { ClaimSetIssue } from './ClaimSetError.js';

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `the text ${JSON.stringify(`${value.slice(0, 40)}…`)}` : `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : String(value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

const typeOf = (value: unknown): string => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

const DATE = 'an ISO 8601 date (2009-10-18) or date-time (2009-10-18T06:00:00Z)';
const FIGURE = 'a figure, as a phrase ("at least 7"), a count, or { low, high, stated, hedge }';

// The only union whose branches all expect text is the ISO date; the other one is the figure.
const isDateUnion = (issue: z.core.$ZodIssueInvalidUnion): boolean =>
  issue.errors.every((branch) =>
    branch.every((i) => i.path.length === 0 && (i.code === 'invalid_format' || (i.code === 'invalid_type' && i.expected === 'string'))),
  );

function typeMessage(issue: z.core.$ZodIssueInvalidType, at: IssuePath): string {
  const got = describeValue(issue.input);
  if (at.length === 0) return `expected an object with sources, events and claims, got ${got}`;
  if (issue.input === undefined) return 'is required';
  if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) return `must be a finite number, got ${got}`;
  return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${got}`;
}

// The union branch meant for a value is the one whose expected type matches it.
function unionBranch(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue[] | undefined {
  const actual = typeOf(issue.input);
  return issue.errors.find((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0 && i.expected !== actual));
}

function describe(issue: z.core.$ZodIssue, path: IssuePath, out: ClaimSetIssue[]): void {
  const at = [...path, ...issue.path] as (string | number)[];
  switch (issue.code) {
    case 'invalid_type':
      out.push({ path: at, message: typeMessage(issue, at) });
      return;
    case 'unrecognized_keys': {
      const fields = fieldsAt(at);
      const known = fields === undefined ? '' : `; the fields are ${fields.join(', ')}`;
      for (const key of issue.keys) out.push({ path: [...at, key], message: `is not a field here${known}` });
      return;
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      out.push({
        path: at,
        message: issue.input === undefined ? `is required: one of ${values}` : `expected one of ${values}, got ${describeValue(issue.input)}`,
      });
      return;
    }
    case 'too_small':
      out.push({
        path: at,
        message:
          issue.origin === 'string' && issue.minimum === 1
            ? 'must not be empty'
            : `must be at least ${String(issue.minimum)}, got ${describeValue(issue.input)}`,
      });
      return;
    case 'too_big':
      out.push({ path: at, message: `must be at most ${String(issue.maximum)}, got ${describeValue(issue.input)}` });
      return;
    case 'invalid_union': {
      const expected = isDateUnion(issue) ? DATE : FIGURE;
      if (issue.input === undefined) {
        out.push({ path: at, message: `is required: ${expected}` });
        return;
      }
      const branch = expected === DATE ? undefined : unionBranch(issue);
      if (branch !== undefined) {
        for (const inner of branch) describe(inner, at, out);
        return;
      }
      out.push({ path: at, message: `expected ${expected}, got ${describeValue(issue.input)}` });
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
