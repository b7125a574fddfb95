// A JSON file a person loads: one ClaimSet, or a list of them (several reports at once). Every
// problem comes back with its path, as parseClaimSet gives it; a list's paths start at its index.
import { parseClaimSet, type ClaimSet } from 'counterclaim';
import { formatPath } from '../../src/claims/formatPath.js';

/** A problem in a loaded file: where (`claims[3].figure`, `[1].sources[0].id`) and what. */
export interface LoadProblem {
  readonly path: string;
  readonly message: string;
}

/** The sets of a file, or its problems: a file with any problem loads nothing. */
export type LoadResult = { readonly sets: readonly ClaimSet[] } | { readonly problems: readonly LoadProblem[] };

/**
 * Reads the text of a JSON file as one ClaimSet or a list of ClaimSets, through parseClaimSet.
 *
 * @example
 * ```ts
 * readClaimSets('{"sources": [], "events": [], "claims": 3}')
 * //=> { problems: [{ path: 'claims', message: 'expected a list, got the number 3' }] }
 * ```
 */
export function readClaimSets(text: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problems: [{ path: '(document)', message: `not JSON: ${(error as Error).message}` }] };
  }
  const documents = Array.isArray(json) ? json : [json];
  if (documents.length === 0) return { problems: [{ path: '(document)', message: 'an empty list: no claim set to load' }] };
  const sets: ClaimSet[] = [];
  const problems: LoadProblem[] = [];
  documents.forEach((document, index) => {
    const parsed = parseClaimSet(document);
    if (parsed.success) sets.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push({ path: formatPath(Array.isArray(json) ? [index, ...issue.path] : issue.path), message: issue.message });
  });
  return problems.length > 0 ? { problems } : { sets };
}
