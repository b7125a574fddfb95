import type { Vocabulary } from '../../vocabulary/types.js';
import { singular } from '../../vocabulary/singular.js';
import { DEMONYMS } from '../lexicon/places.js';
import type { ClaimDraft } from '../types.js';

// Nouns for anyone whom a disaster counts whole: the passengers of a crash, the migrants of a
// shipwreck, the pilgrims of a stampede.
const POPULATIONS = new Set(['passengers', 'migrants', 'pilgrims', 'refugees', 'spectators', 'workers']);

// "Seven Iraqis", "12 Americans": a count of one nationality, which the vocabulary does not know.
const isNationality = (subject: string): boolean => !subject.includes(' ') && DEMONYMS.has(singular(subject));

/**
 * "At least 31 passengers were killed, police said. The transport authority later said 34 people had
 * died": where one incident's only named count for an outcome is of such a population, its counts of
 * "people" count the same people, so that the figures compete. The other way round, where its only
 * named count is of one nationality ("Seven Iraqis were killed, the military said"), that count is of
 * people, its word kept as the term, unless a count of people stands beside it, of which it may be a
 * part; two nationalities stay apart, as counts of different people. Linear in the drafts.
 */
export function onePopulation(drafts: readonly ClaimDraft[], vocabulary: Vocabulary): ClaimDraft[] {
  // The one subject other than people each incident's outcome names, or null for several.
  const only = new Map<string, string | null>();
  // Incidents' outcomes that some draft counts as people.
  const counted = new Set<string>();
  for (const d of drafts) {
    if (d.event === undefined) continue;
    const key = `${d.event}\u0000${d.measure.outcome}`;
    if (d.measure.subject === 'people') {
      counted.add(key);
      continue;
    }
    const one = only.get(key);
    only.set(key, one === undefined || one === d.measure.subject ? d.measure.subject : null);
  }
  return drafts.map((d) => {
    if (d.event === undefined) return d;
    const key = `${d.event}\u0000${d.measure.outcome}`;
    const one = only.get(key);
    if (d.measure.subject !== 'people') {
      // (Beside a count of people, "seven Iraqis" may be a part of them: it stays apart.)
      return isNationality(d.measure.subject) && !vocabulary.subject(d.measure.subject).known && one === d.measure.subject && !counted.has(key) ? { ...d, measure: { ...d.measure, subject: 'people' } } : d;
    }
    const population = one !== undefined && one !== null && POPULATIONS.has(one) && vocabulary.broader(one) === 'people';
    return population ? { ...d, measure: { ...d.measure, subject: one } } : d;
  });
}
