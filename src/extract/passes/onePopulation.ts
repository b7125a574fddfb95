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
 * "people" count the same people, so that the figures compete. A count of one nationality, which the
 * vocabulary does not know ("Seven Iraqis were killed, the military said"), is of that population when
 * the incident names one ("196,000 Ukrainians fled" beside "71,000 Ukrainian refugees"), else of people,
 * its word kept as the term; but not beside a count of people in its own sentence, of which it may be
 * a part ("19 Syrians were among 20 people killed"), nor beside another nationality, as counts of
 * different people. Linear in the drafts.
 */
export function onePopulation(drafts: readonly ClaimDraft[], vocabulary: Vocabulary): ClaimDraft[] {
  // The one subject other than people each incident's outcome names, or null for several; the same
  // leaving nationalities aside; and its one nationality, or null for several.
  const only = new Map<string, string | null>();
  const besides = new Map<string, string | null>();
  const nation = new Map<string, string | null>();
  // Incidents' outcomes that some draft counts as people, with the sentences of those counts.
  const counted = new Map<string, Set<number>>();
  const foreign = (subject: string): boolean => isNationality(subject) && !vocabulary.subject(subject).known;
  const note = (table: Map<string, string | null>, key: string, subject: string): void => {
    const one = table.get(key);
    table.set(key, one === undefined || one === subject ? subject : null);
  };
  for (const d of drafts) {
    if (d.event === undefined) continue;
    const key = `${d.event}\u0000${d.measure.outcome}`;
    const subject = d.measure.subject;
    if (subject === 'people') {
      const sentences = counted.get(key) ?? new Set<number>();
      counted.set(key, sentences.add(d.sentence));
      continue;
    }
    note(only, key, subject);
    note(foreign(subject) ? nation : besides, key, subject);
  }
  const populationOf = (one: string | null | undefined): string | undefined => (one !== undefined && one !== null && POPULATIONS.has(one) && vocabulary.broader(one) === 'people' ? one : undefined);
  return drafts.map((d) => {
    if (d.event === undefined) return d;
    const key = `${d.event}\u0000${d.measure.outcome}`;
    if (foreign(d.measure.subject)) {
      if (nation.get(key) !== d.measure.subject || counted.get(key)?.has(d.sentence) === true) return d;
      const other = besides.get(key);
      const subject = other === undefined ? 'people' : populationOf(other);
      return subject === undefined ? d : { ...d, measure: { ...d.measure, subject } };
    }
    const population = d.measure.subject === 'people' ? populationOf(only.get(key)) : undefined;
    return population === undefined ? d : { ...d, measure: { ...d.measure, subject: population } };
  });
}
