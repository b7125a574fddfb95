import type { Vocabulary } from '../../vocabulary/types.js';
import { singular } from '../../vocabulary/singular.js';
import { DEMONYMS } from '../lexicon/places.js';
import type { ClaimDraft } from '../types.js';

// Nouns for anyone whom a disaster counts whole: the passengers of a crash, the migrants of a
// shipwreck, the pilgrims of a stampede.
const POPULATIONS = new Set(['passengers', 'migrants', 'pilgrims', 'refugees', 'spectators', 'workers']);

// The capitalised word right after a figure, within a few characters: "71,000 Ukrainian refugees".
const ADJECTIVE_AFTER = /^\s+([A-Z][a-z]+)\b/;
const ADJECTIVE_REACH = 30;

// "Seven Iraqis", "12 Americans": a count of one nationality, which the vocabulary does not know.
const isNationality = (subject: string): boolean => !subject.includes(' ') && DEMONYMS.has(singular(subject));

/**
 * "At least 31 passengers were killed, police said. The transport authority later said 34 people had
 * died": where one incident's only named count for an outcome is of such a population, its counts of
 * "people" count the same people, so that the figures compete. A count of one nationality, which the
 * vocabulary does not know ("Seven Iraqis were killed, the military said"), is of people, its word
 * kept as the term, where it is the incident's only named count and no count of people stands beside
 * it, of which it may be a part ("12 Kenyans died" beside "30 people were killed"); two nationalities
 * stay apart. People who fled are counted whole, not as a part: "196,000 Ukrainians fled" is of the
 * incident's one population ("71,000 Ukrainian refugees"), else of people, apart only beside a count
 * of people in its own sentence, another nationality, or a population another nationality names
 * ("71,000 Ukrainian refugees" beside "5,000 Belarusians"). Linear in the drafts.
 */
export function onePopulation(drafts: readonly ClaimDraft[], vocabulary: Vocabulary, text: string): ClaimDraft[] {
  // Each incident's outcome's one subject other than people and nationalities, and its one
  // nationality; null for several.
  const besides = new Map<string, string | null>();
  const nation = new Map<string, string | null>();
  // Incidents' outcomes that some draft counts as people, with the sentences of those counts.
  const counted = new Map<string, Set<number>>();
  // The nationalities that name a population's counts ("Ukrainian refugees"), by incident's outcome.
  const named = new Map<string, Set<string>>();
  const foreign = (subject: string): boolean => isNationality(subject) && !vocabulary.subject(subject).known;
  for (const d of drafts) {
    if (d.event === undefined) continue;
    const key = `${d.event}\u0000${d.measure.outcome}`;
    const subject = d.measure.subject;
    if (subject === 'people') {
      const sentences = counted.get(key) ?? new Set<number>();
      counted.set(key, sentences.add(d.sentence));
      continue;
    }
    const table = foreign(subject) ? nation : besides;
    const one = table.get(key);
    table.set(key, one === undefined || one === subject ? subject : null);
    const adjective = POPULATIONS.has(subject) ? ADJECTIVE_AFTER.exec(text.slice(d.end, d.end + ADJECTIVE_REACH))?.[1]?.toLowerCase() : undefined;
    if (adjective !== undefined && DEMONYMS.has(adjective)) named.set(key, (named.get(key) ?? new Set<string>()).add(adjective));
  }
  const populationOf = (one: string | null | undefined): string | undefined => (one !== undefined && one !== null && POPULATIONS.has(one) && vocabulary.broader(one) === 'people' ? one : undefined);
  return drafts.map((d) => {
    if (d.event === undefined) return d;
    const key = `${d.event}\u0000${d.measure.outcome}`;
    const subject = d.measure.subject;
    const other = besides.get(key);
    let whole: string | undefined;
    if (subject === 'people') {
      whole = nation.has(key) ? undefined : populationOf(other);
    } else if (foreign(subject) && nation.get(key) === subject) {
      if (d.measure.outcome !== 'displaced') whole = other === undefined && !counted.has(key) ? 'people' : undefined;
      else if (counted.get(key)?.has(d.sentence) !== true && [...(named.get(key) ?? [])].every((adjective) => adjective === singular(subject))) whole = other === undefined ? 'people' : populationOf(other);
    }
    return whole === undefined ? d : { ...d, measure: { ...d.measure, subject: whole } };
  });
}
