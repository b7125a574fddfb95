// The chi-square quantile CATD needs, without a statistics dependency: the regularised lower
// incomplete gamma function P(a, x) (series below a + 1, Lentz continued fraction above, as in
// Numerical Recipes §6.2), inverted by bisection on a bracket followed by Newton steps.

// ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9): about 15 significant digits.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < 9; i++) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** P(a, x) = γ(a, x) / Γ(a), the regularised lower incomplete gamma function. */
export function regularisedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const front = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return sum * front;
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 - front * h;
}

/**
 * The p-quantile of the chi-square distribution with `df` degrees of freedom: the x with
 * P(df/2, x/2) = p. CATD uses the lower quantile p = α/2 (0.025): chi2.ppf(0.025, 1) = 0.000982.
 *
 * @example
 * ```ts
 * chiSquareQuantile(0.025, 1)
 * //=> 0.0009820691...
 * ```
 */
export function chiSquareQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) throw new Error(`chiSquareQuantile: need 0 < p < 1 and df > 0, got p ${p}, df ${df}`);
  const cdf = (x: number) => regularisedGammaP(df / 2, x / 2);
  let lo = 0;
  let hi = Math.max(1, df);
  while (cdf(hi) < p) hi *= 2;
  // Bisection on the log scale first: the lower quantiles for small df are many orders below 1.
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = lo === 0 ? hi / 2 : Math.sqrt(lo * hi);
    if (lo === 0 && mid < 1e-300) break;
    if (cdf(mid) < p) lo = mid;
    else hi = mid;
  }
  let x = lo === 0 ? hi : Math.sqrt(lo * hi);
  // Newton polish with the chi-square density.
  const k = df / 2;
  for (let i = 0; i < 5; i++) {
    const density = Math.exp((k - 1) * Math.log(x / 2) - x / 2 - logGamma(k)) / 2;
    if (!(density > 0)) break;
    const next = x - (cdf(x) - p) / density;
    if (!(next > 0)) break;
    x = next;
  }
  return x;
}
