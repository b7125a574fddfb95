/**
 * Writes a count with thousands separators: 28000 → "28,000".
 *
 * @example
 * ```ts
 * formatCount(1500000)
 * //=> '1,500,000'
 * ```
 */
export function formatCount(n: number): string {
  if (!Number.isInteger(n)) return String(n);
  // From 1e21 String() writes an exponent, which no reader (nor parseFigure) takes for a count.
  const digits = Math.abs(n) >= 1e21 ? BigInt(n).toString() : String(n);
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
