// A module of its own, free of zod: the figure scanner needs the bound, not the schemas.
/**
 * The largest count a figure may hold: 2^53 − 1, the largest whole number a double holds exactly.
 * Every bound, sum and ratio of counts up to it stays finite, so every score does too.
 *
 * @example
 * ```ts
 * MAX_COUNT === Number.MAX_SAFE_INTEGER
 * //=> true
 * ```
 */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;
