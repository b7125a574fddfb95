import type { Source } from './schemas.js';

/**
 * The sources of a set by id, for the many lookups of names and sides that scores, checks and
 * reports make. A Map, so that ids such as `__proto__` are ordinary keys.
 *
 * @example
 * ```ts
 * indexSources([{ id: 'ttp', name: 'The TTP', side: 'ttp' }]).get('ttp')?.name
 * //=> 'The TTP'
 * ```
 */
export function indexSources(sources: readonly Source[]): Map<string, Source> {
  return new Map(sources.map((source) => [source.id, source]));
}
