// The tolerance as a decimal fraction num / den, remembered for the last tolerance seen: callers
// use one tolerance for many figures.
let lastTolerance = Number.NaN;
let lastRatio: { num: number; den: number } | undefined;

function decimalRatio(t: number): { num: number; den: number } | undefined {
  if (t === lastTolerance) return lastRatio;
  lastTolerance = t;
  const match = /^0?\.(\d{1,15})$/.exec(String(t));
  lastRatio = t === 0 ? { num: 0, den: 1 } : match?.[1] !== undefined ? { num: Number(match[1]), den: 10 ** match[1].length } : undefined;
  return lastRatio;
}

// Snaps a float to the integer it is meant to be when rounding noise is all that separates them.
function snap(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) <= 1e-9 * Math.max(1, Math.abs(x)) ? r : x;
}

/**
 * `floor` or `ceil` of `n × (1 + direction × t)`, exactly for whole `n` and decimal `t`: "about
 * 28,000" must reach 30,800, where floating point gives 30800.000000000004 and a ceiling of 30801.
 *
 * @example
 * ```ts
 * boundScale(28000, 0.1, 1, 'ceil')
 * //=> 30800
 * boundScale(3000, 0.1, -1, 'floor')
 * //=> 2700
 * ```
 */
export function boundScale(n: number, t: number, direction: 1 | -1, round: 'floor' | 'ceil'): number {
  const ratio = Number.isInteger(n) ? decimalRatio(t) : undefined;
  if (ratio === undefined) {
    const x = snap(n * (1 + direction * t));
    return round === 'floor' ? Math.floor(x) : Math.ceil(x);
  }
  const factor = ratio.den + direction * ratio.num;
  const product = n * factor;
  if (Number.isSafeInteger(product)) {
    let q = Math.floor(product / ratio.den);
    let rem = product - q * ratio.den;
    // Division of safe integers can be off by one ulp; the remainder corrects it.
    while (rem < 0) {
      q -= 1;
      rem += ratio.den;
    }
    while (rem >= ratio.den) {
      q += 1;
      rem -= ratio.den;
    }
    return round === 'ceil' && rem > 0 ? q + 1 : q;
  }
  const big = BigInt(n) * BigInt(factor);
  const den = BigInt(ratio.den);
  const q = big / den;
  return Number(round === 'ceil' && big % den !== 0n ? q + 1n : q);
}
