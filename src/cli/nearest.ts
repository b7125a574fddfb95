// Edit distance with transpositions (optimal string alignment): "analyse" is one step from
// "analyze", "--fromat" one from "--format".
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      const up = rows[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The valid name nearest to a mistyped one, for "did you mean …?": within a third of the
 * name's length in edits (at least one), or a name the typed one starts (`--form` → `--format`);
 * `undefined` when nothing is that close.
 *
 * @example
 * ```ts
 * nearest('analyse', ['analyze', 'extract', 'validate', 'schema'])
 * //=> 'analyze'
 * nearest('--colour', ['--format', '--strict'])
 * //=> undefined
 * ```
 */
export function nearest(typed: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(typed.replace(/^-+/, '').length / 3));
  for (const name of names) {
    if (typed.length >= 3 && name.startsWith(typed)) return name;
    const d = distance(typed.toLowerCase(), name.toLowerCase());
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}
