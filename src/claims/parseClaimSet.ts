import { ClaimSetError } from './ClaimSetError.js';
import { checkReferences } from './checkReferences.js';
import { claimSetInputSchema, defaultClaimSetInputSchema } from './claimSetInputSchema.js';
import { describeIssues } from './describeIssues.js';
import type { ClaimSetIssue } from './ClaimSetError.js';
import { readValidClaimSet } from './readValidClaimSet.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import { fieldsAt } from './fieldsAt.js';
import type { IssuePath } from './formatPath.js';
import type { ClaimSet } from './schemas.js';
import type { ParseClaimSetOptions, ParseClaimSetResult } from './types.js';

// Document order: fields in the contract's order (unknown fields last, as zod reports them), items
// by index, and a problem with a whole object before the problems inside it.
function documentOrder(path: IssuePath): number[] {
  return path.map((key, depth) => {
    if (typeof key === 'number') return key;
    const fields = fieldsAt(path.slice(0, depth)) ?? [];
    const at = fields.indexOf(key);
    return at < 0 ? fields.length : at;
  });
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}

function sortIssues(issues: readonly ClaimSetIssue[]): ClaimSetIssue[] {
  return issues
    .map((issue) => ({ issue, order: documentOrder(issue.path) }))
    .sort((a, b) => compareOrder(a.order, b.order))
    .map(({ issue }) => issue);
}

/**
 * Validates and normalises a ClaimSet from outside (parsed JSON, a form, another program). Never
 * throws: it returns either the document, or every problem with its path and a sentence.
 *
 * Beyond shapes it checks unique ids in each section and that every reference resolves
 * (`claimant`, `via`, `event`, `partOf`, `sameAs`). It accepts the forgiving input form: a figure may
 * be a phrase (`"at least seven"`) or a count, and outcome and subject aliases are normalised, the
 * alias kept in `outcomeTerm` / `term`. Ids such as `__proto__` are ordinary ids. The result's
 * lists are new, but a source, event or claim already in canonical form may be the input's own
 * object rather than a copy: treat both as read-only.
 *
 * @example
 * ```ts
 * const result = parseClaimSet({
 *   sources: [{ id: 'army', name: 'Pakistani army', side: 'pakistan-state' }],
 *   events: [{ id: 'raid' }],
 *   claims: [{ id: 'c1', claimant: 'army', event: 'raid', measure: { outcome: 'killed', subject: 'troops' }, figure: 'at least seven' }],
 * });
 * result.success && result.data.claims[0]
 * //=> { id: 'c1', claimant: 'army', event: 'raid',
 * //     measure: { outcome: 'killed', subject: 'soldiers', term: 'troops' },
 * //     figure: { low: 7, high: null, stated: 7, hedge: 'at-least', text: 'at least seven' } }
 *
 * const bad = parseClaimSet({ sources: [], events: [], claims: [{ id: 'c1', claimant: 'nobody', event: 'e', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 9, high: 3, stated: null, hedge: 'range' } }] });
 * bad.success ? '' : bad.error.message
 * //=> 'claims[0].claimant: no source "nobody"\nclaims[0].event: no event "e"\nclaims[0].figure: low 9 is above high 3'
 * ```
 */
export function parseClaimSet(json: unknown, options: ParseClaimSetOptions = {}): ParseClaimSetResult {
  try {
    // The common valid case is read by hand, several times faster than the schema; anything else
    // (and every error) goes through the schema, so the messages are the schema's.
    const fast = readValidClaimSet(json, options.vocabulary ?? getDefaultVocabulary());
    if (fast !== undefined) {
      const issues = checkReferences(json);
      if (issues.length === 0) return { success: true, data: fast };
      return { success: false, error: new ClaimSetError(sortIssues(issues)) };
    }
    const schema = options.vocabulary === undefined ? defaultClaimSetInputSchema() : claimSetInputSchema(options.vocabulary);
    const parsed = schema.safeParse(json, { reportInput: true });
    const issues = checkReferences(json);
    // A loop, not push(...list): a document can have more problems than a call has arguments.
    if (!parsed.success) for (const issue of describeIssues(parsed.error.issues)) issues.push(issue);
    if (issues.length > 0) return { success: false, error: new ClaimSetError(sortIssues(issues)) };
    return { success: true, data: parsed.data as ClaimSet };
  } catch (cause) {
    // Only exotic inputs get here (a getter or proxy that throws): report them, never throw.
    return { success: false, error: new ClaimSetError([{ path: [], message: `could not be read: ${reasonOf(cause)}` }]) };
  }
}

// What was thrown, as text: a thrown value may itself refuse to become one (an object without a
// prototype, an error whose message getter throws).
function reasonOf(cause: unknown): string {
  try {
    return cause instanceof Error ? String(cause.message) : String(cause);
  } catch {
    return 'a value that is not text';
  }
}
