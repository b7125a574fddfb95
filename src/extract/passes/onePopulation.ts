import type { Vocabulary } from '../../vocabulary/types.js';
import type { ClaimDraft } from '../types.js';

// Nouns for anyone whom a disaster counts whole: the passengers of a crash, the migrants of a
// shipwreck, the pilgrims of a stampede.
const POPULATIONS = new Set(['passengers', 'migrants', 'pilgrims', 'refugees', 'spectators', 'workers']);

/**
 * "At least 31 passengers were killed, police said. The transport authority later said 34 people had
 * died": where one incident's only named count for an outcome is of such a population, its counts of
 * "people" count the same people, so that the figures compete. Linear in the drafts.
 */
export function onePopulation(drafts: readonly ClaimDraft[], vocabulary: Vocabulary): ClaimDraft[] {
  const named = new Map<string, string | null>();
  for (const d of drafts) {
    if (d.event === undefined || d.measure.subject === 'people') continue;
    const key = `${d.event}\u0000${d.measure.outcome}`;
    const seen = named.get(key);
    const population = POPULATIONS.has(d.measure.subject) && vocabulary.broader(d.measure.subject) === 'people' ? d.measure.subject : null;
    named.set(key, seen === undefined || seen === population ? population : null);
  }
  return drafts.map((d) => {
    const population = d.event === undefined || d.measure.subject !== 'people' ? undefined : named.get(`${d.event}\u0000${d.measure.outcome}`);
    return population === undefined || population === null ? d : { ...d, measure: { ...d.measure, subject: population } };
  });
}
