// Units of work done by the steps whose cost grows with the input: the scaling tests (tests/fuzz)
// count them for an input and for one twice its size, which no timer on a shared machine can do
// reliably. A module-level tally costs an addition per step and changes no result.
let units = 0;

/**
 * Adds `n` units to the work tally: called by each step whose cost the scaling tests bound (a pair
 * of events compared, a claim placed in a group), with the size of the step.
 *
 * @example
 * ```ts
 * resetWork();
 * tallyWork(3);
 * tallyWork();
 * readWork()
 * //=> 4
 * ```
 */
export function tallyWork(n = 1): void {
  units += n;
}

/**
 * The units of work tallied since the last `resetWork()`.
 *
 * @example
 * ```ts
 * resetWork();
 * readWork()
 * //=> 0
 * ```
 */
export function readWork(): number {
  return units;
}

/**
 * Sets the work tally back to zero, before the call to measure.
 *
 * @example
 * ```ts
 * tallyWork(5);
 * resetWork();
 * readWork()
 * //=> 0
 * ```
 */
export function resetWork(): void {
  units = 0;
}
