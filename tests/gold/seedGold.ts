import { readFileSync } from 'node:fs';
import { sharedFolder } from '../../examples/lib/sharedData.js';
import type { GoldArticle, GoldTuple } from './goldArticle.js';

// The three seed articles, annotated by hand. Publication dates are inferred from the texts (000:
// the army spoke on Sunday 18 October 2009; 001: clashes on Sunday 7 October 2007; 002: officials
// spoke on Wednesday 15 September 2021, a month after Kabul fell). Seed 000 is CNN's; the outlets
// of 001 and 002 are not known, so their unattributed figures belong to 'unattributed'.

const folder = sharedFolder('seeds');
/** Whether the seed articles are beside the repository; without them SEED_GOLD is empty and its tests skip. */
export const SEED_TEXTS_PRESENT = folder !== undefined;
const read = (name: string): string => (folder === undefined ? '' : readFileSync(new URL(name, folder), 'utf8'));

const seed000: readonly GoldTuple[] = [
  ['pakistan-military', 'killed', 'militants', 60, 60],
  ['pakistan-military', 'killed', 'soldiers', 5, 5],
  ['taliban', 'killed', 'security-forces', 68, 68],
  ['taliban', 'killed', 'militants', 1, 1],
  ['taliban', 'injured', 'militants', 3, 3],
  ['un-refugee-agency', 'displaced', 'civilians', 20000, 99999],
  ['pakistan-military', 'killed', 'soldiers', 4, 4],
  ['pakistan-military', 'injured', 'soldiers', 12, 12],
  ['pakistan-military', 'killed', 'militants', 8, null],
  ['pakistan-military', 'killed', 'soldiers', 1, 1],
  ['cnn', 'killed', 'people', 13, 13],
];

const seed001: readonly GoldTuple[] = [
  ['unattributed', 'killed', 'militants', 60, 60],
  ['unattributed', 'killed', 'soldiers', 20, 20],
  ['pakistan-military', 'killed', 'militants', 31, null],
  ['pakistan-military', 'injured', 'soldiers', 10, 10],
  // The Hassukhel sentence carries no attribution of its own.
  ['unattributed', 'killed', 'soldiers', 10, null],
  ['unattributed', 'injured', 'soldiers', 12, 12],
  ['pakistan-military', 'killed', 'militants', 20, 20],
  ['unattributed', 'arrested', 'militants', 2, 2],
  ['residents', 'killed', 'civilians', 4, 4],
  ['unattributed', 'killed', 'soldiers', 2, 2],
  ['unattributed', 'injured', 'soldiers', 30, 30],
  ['pakistan-military', 'abducted', 'soldiers', 0, 0, 'denies'],
  ['reports', 'abducted', 'soldiers', 28, null],
  ['unattributed', 'abducted', 'security-forces', 270, 299],
  ['unattributed', 'killed', 'soldiers', 3, 3],
];

const seed002: readonly GoldTuple[] = [
  ['pakistan-military', 'killed', 'soldiers', 7, null],
  ['pakistan-military', 'killed', 'militants', 5, null],
  ['ttp', 'killed', 'soldiers', 9, 9],
  ['ttp', 'injured', 'soldiers', 3, 9],
  ['ttp', 'killed', 'militants', 0, 0],
  // "The TTP claimed responsibility for" the attack, not its toll: the toll is the outlet's.
  ['unattributed', 'killed', 'people', 3, null],
  ['unattributed', 'injured', 'people', 20, 20],
];

/** The seed articles with their hand annotation. */
export const SEED_GOLD: readonly GoldArticle[] = !SEED_TEXTS_PRESENT ? [] : [
  { id: '000', text: read('000_994e245b740ac2d6.txt'), publishedAt: '2009-10-18', outlet: 'CNN', tuples: seed000 },
  { id: '001', text: read('001_2a925d06b2eafdf5.txt'), publishedAt: '2007-10-07', tuples: seed001 },
  { id: '002', text: read('002_bfd10c05de583bf4.txt'), publishedAt: '2021-09-15', tuples: seed002 },
];
