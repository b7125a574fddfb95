// The examples are code to copy into a project: they import the package by its own name, as a
// project would, never this repository's source (run-all.ts runs them against the built package).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const folder = new URL('../../examples/', import.meta.url);
const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.startsWith('lib/'));
const specifiers = (file: string): string[] =>
  [...readFileSync(new URL(file, folder), 'utf8').matchAll(/^import [^'"]*['"]([^'"]+)['"]|\bresolve\(['"]([^'"]+)['"]\)/gm)].map((m) => m[1] ?? m[2] ?? '');

describe('the examples', () => {
  it.each(files)('%s imports no source file of the repository', (file) => {
    expect(specifiers(file).filter((s) => /(^|\/)src\//.test(s))).toEqual([]);
  });

  it('use the package by its name, and cover a custom vocabulary, ClaimReview, the browser and the CLI', () => {
    const byName = files.filter((f) => specifiers(f).some((s) => s === 'counterclaim' || s.startsWith('counterclaim/')));
    expect(byName).toEqual(expect.arrayContaining(['custom-vocabulary.ts', 'claimreview.ts', 'browser/main.ts', 'cli-pipeline.ts', 'seeds.ts']));
  });
});
