import type fc from 'fast-check';

// `npm test` runs the fuzz tests small, as part of the unit tests; `npm run fuzz` (FUZZ=large) runs
// them large. Both are seeded: a failure names its seed and path, and FUZZ_SEED replays a run.
const large = process.env.FUZZ === 'large';
const seed = Number(process.env.FUZZ_SEED ?? 14);

/**
 * fast-check parameters for a fuzz property: `small` runs in `npm test`, `big` in `npm run fuzz`,
 * always from the same seed unless FUZZ_SEED says otherwise.
 */
export function fuzzRuns(small: number, big: number): fc.Parameters<unknown> {
  return { seed, numRuns: large ? big : small };
}

/** A size for a fuzz input: `small` in `npm test`, `big` in `npm run fuzz`. */
export function fuzzSize(small: number, big: number): number {
  return large ? big : small;
}
