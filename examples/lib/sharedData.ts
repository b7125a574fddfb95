// Where the data beside the repository lives: the seed articles and the population data set are
// kept out of the repository (../shared/), so examples, tests and evaluations look for them here.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const candidates = (sub: string): URL[] => [
  ...(process.env.COUNTERCLAIM_SHARED === undefined ? [] : [pathToFileURL(`${resolve(process.env.COUNTERCLAIM_SHARED, sub)}/`)]),
  // ../shared beside the repository root (this file is examples/lib/sharedData.ts). A clone without
  // it skips what needs the data, with a message, rather than reaching for a machine's own folder.
  new URL(`../../../shared/${sub}/`, import.meta.url),
];

/**
 * The folder of shared data named `sub` (`'seeds'`, `'data/population'`): from COUNTERCLAIM_SHARED
 * when set, else `../shared` beside the repository; undefined when neither exists.
 */
export function sharedFolder(sub: string): URL | undefined {
  return candidates(sub).find((url) => existsSync(url));
}

/** The three seed articles by file name, with the publication date and outlet each article implies. */
export const SEED_ARTICLES = [
  { file: '000_994e245b740ac2d6.txt', publishedAt: '2009-10-18', outlet: 'CNN' },
  { file: '001_2a925d06b2eafdf5.txt', publishedAt: '2007-10-07' },
  { file: '002_bfd10c05de583bf4.txt', publishedAt: '2021-09-15' },
] as const;
