import { formatPath } from './formatPath.js';

/**
 * One problem in a document: where it is and what is wrong, in a sentence.
 *
 * @example
 * ```ts
 * const issue: ClaimSetIssue = { path: ['claims', 3, 'figure'], message: 'low 9 is above high 3' };
 * new ClaimSetError([issue]).message
 * //=> 'claims[3].figure: low 9 is above high 3'
 * ```
 */
export interface ClaimSetIssue {
  readonly path: (string | number)[];
  readonly message: string;
}

/**
 * Every problem found in a document that is not a valid ClaimSet. `issues` lists each problem
 * with its path; `message` is the same as readable lines (`claims[3].figure: low 9 is above high 3`).
 *
 * @example
 * ```ts
 * const error = new ClaimSetError([{ path: ['claims', 0, 'claimant'], message: 'no source "nobody"' }]);
 * error.message
 * //=> 'claims[0].claimant: no source "nobody"'
 * error instanceof ClaimSetError
 * //=> true
 * ```
 */
export class ClaimSetError extends Error {
  override readonly name = 'ClaimSetError';
  readonly issues: ClaimSetIssue[];

  constructor(issues: ClaimSetIssue[]) {
    super(issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('\n'));
    this.issues = issues;
  }

  // The ESM and the CommonJS builds each define this class, and a program can load both (its own
  // import, a dependency's require). `instanceof` asks for the brand that both put on their errors,
  // through the global symbol registry, so that an error from either is an instance of either.
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Object.hasOwn(this, BRAND)) return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
    // A subclass of it: the ordinary prototype check.
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

const BRAND = Symbol.for('counterclaim.ClaimSetError');
Object.defineProperty(ClaimSetError, BRAND, { value: true });
Object.defineProperty(ClaimSetError.prototype, BRAND, { value: true });
