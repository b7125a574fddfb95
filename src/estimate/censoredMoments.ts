const SQRT_HALF = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
// Below this standardised width the cut normal is flat to within 1e-7 of a uniform distribution.
const NARROW = 1e-3;
// Beyond 8σ the normal's mass is below 1e-15: a cut there changes nothing a double can hold.
const UNCUT = 8;

// exp(z²)·erfc(z) for z ≥ 0, relative error below 1.2e-7 (Numerical Recipes' erfcc without its
// exp(−z²) factor): the scaled form never underflows, so tails far from the mean stay exact.
function erfcx(z: number): number {
  const t = 1 / (1 + 0.5 * z);
  return (
    t *
    Math.exp(
      -1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    )
  );
}

// Upper tail of the standard normal, Q(x) = P(Z > x).
function upperTail(x: number): number {
  return x >= 0 ? 0.5 * Math.exp(-0.5 * x * x) * erfcx(x * SQRT_HALF) : 1 - 0.5 * Math.exp(-0.5 * x * x) * erfcx(-x * SQRT_HALF);
}

// Moments of a standard normal cut to [a, b] with 0 ≤ a < b ≤ ∞, every term scaled by exp(a²/2)
// so that a cut far in the tail (a = 40) divides numbers of ordinary size, not 0 by 0. Writes the
// mean and the variance into out[0] and out[1].
function upperMoments(a: number, b: number, out: Float64Array): void {
  const e = b === Number.POSITIVE_INFINITY ? 0 : Math.exp(-0.5 * (b - a) * (b + a));
  const mass = 0.5 * (erfcx(a * SQRT_HALF) - (e === 0 ? 0 : e * erfcx(b * SQRT_HALF)));
  const m = ((1 - e) * INV_SQRT_2PI) / mass;
  const second = ((a - (e === 0 ? 0 : b * e)) * INV_SQRT_2PI) / mass;
  out[0] = m;
  out[1] = 1 + second - m * m;
}

/**
 * The mean and variance of `N(mean, sd²)` cut to `[low, high]` (`high` may be `Infinity`, `low`
 * `-Infinity`), written into `out` (mean, then variance): the E-step of EM for an interval-censored
 * observation, exact far into the tails. docs/consensus.md gives the formulas and the numerics.
 *
 * @example
 * ```ts
 * const out = new Float64Array(2);
 * censoredMoments(0, Infinity, 0, 1, out); // the half-normal: mean √(2/π), variance 1 − 2/π
 * [...out]
 * //=> [0.7978845368663289, 0.3633802658296039]
 * censoredMoments(40, Infinity, 0, 1, out); // far in the tail: just above the cut
 * out[0].toFixed(3)
 * //=> '40.025'
 * ```
 */
export function censoredMoments(low: number, high: number, mean: number, sd: number, out: Float64Array): void {
  const a = (low - mean) / sd;
  const b = (high - mean) / sd;
  if (a <= -UNCUT && b >= UNCUT) {
    out[0] = mean;
    out[1] = sd * sd;
    return;
  }
  let m: number;
  let v: number;
  if (b - a < NARROW) {
    m = 0.5 * (a + b);
    v = ((b - a) * (b - a)) / 12;
  } else if (a >= 0) {
    upperMoments(a, b, out);
    m = out[0] as number;
    v = out[1] as number;
  } else if (b <= 0) {
    upperMoments(-b, -a, out);
    m = -(out[0] as number);
    v = out[1] as number;
  } else {
    // The interval holds the mode: Z is at least of order φ(0)·min(|a|, b), no cancellation.
    const pa = a === Number.NEGATIVE_INFINITY ? 0 : INV_SQRT_2PI * Math.exp(-0.5 * a * a);
    const pb = b === Number.POSITIVE_INFINITY ? 0 : INV_SQRT_2PI * Math.exp(-0.5 * b * b);
    const mass = 1 - upperTail(-a) - upperTail(b);
    m = (pa - pb) / mass;
    v = 1 + ((pa === 0 ? 0 : a * pa) - (pb === 0 ? 0 : b * pb)) / mass - m * m;
  }
  // Rounding can push the moments a hair outside what any distribution on [a, b] allows.
  m = Math.min(Math.max(m, a), b);
  v = Math.min(Math.max(v, 0), 1, b === Number.POSITIVE_INFINITY || a === Number.NEGATIVE_INFINITY ? 1 : 0.25 * (b - a) * (b - a));
  out[0] = mean + sd * m;
  out[1] = sd * sd * v;
}
