import type { ClaimSet } from '../claims/schemas.js';

type Names = Pick<ClaimSet, 'sources' | 'events'>;

/**
 * Reads a report's arguments in either form: `(input, set, options?)`, or `(input, options?)` with
 * the set taken from the input when it carries one (an `Analysis` does) and otherwise empty, so
 * that sources and events are named by their ids.
 *
 * @example
 * ```ts
 * const set = { sources: [{ id: 'army', name: 'The army' }], events: [], claims: [] };
 * reportArguments({ set }, { title: 'Raid' }, undefined)
 * //=> { set, options: { title: 'Raid' } }
 * reportArguments({}, set, undefined)
 * //=> { set, options: {} }
 * reportArguments({}, undefined, undefined)
 * //=> { set: { sources: [], events: [], claims: [] }, options: {} }
 * ```
 */
export function reportArguments<S extends Names, O extends object>(
  input: object,
  setOrOptions: S | O | undefined,
  maybeOptions: O | undefined,
): { set: S | ClaimSet; options: O | Record<string, never> } {
  const withSet = setOrOptions !== undefined && 'sources' in setOrOptions;
  const carried = 'set' in input ? (input as { set: ClaimSet }).set : undefined;
  const set = withSet ? (setOrOptions as S) : (carried ?? { sources: [], events: [], claims: [] });
  const options = (withSet ? maybeOptions : (setOrOptions as O | undefined)) ?? {};
  return { set, options };
}
