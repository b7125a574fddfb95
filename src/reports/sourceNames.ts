import type { ClaimSet } from '../claims/schemas.js';
import { lookupById } from '../internal/lookupById.js';

/**
 * The name of each source of a set by id, for reports: the id itself for a source the set does
 * not have, so that a report never shows "undefined".
 *
 * @example
 * ```ts
 * const name = sourceNames({ sources: [{ id: 'ttp', name: 'The TTP' }] });
 * name('ttp')
 * //=> 'The TTP'
 * name('wire')
 * //=> 'wire'
 * ```
 */
export function sourceNames(set: Pick<ClaimSet, 'sources'>): (id: string) => string {
  const source = lookupById(set.sources);
  return (id) => source(id)?.name ?? id;
}
