import type { Claim, ClaimSet } from '../claims/schemas.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import { termWords } from '../vocabulary/termWords.js';
import { countInWords } from './countInWords.js';
import { lookupById } from '../internal/lookupById.js';
import { oneLine } from './oneLine.js';
import { eventPeriod } from './eventPeriod.js';
import { sourceNames } from './sourceNames.js';
import type { FormatClaimOptions } from './types.js';

const quoted = (word: string): string => `"${word}"`;

/**
 * Describes one claim in one readable line: who says it and who carried it, the figure, what was
 * counted, the source's own words where they differ from the canonical terms, and the event.
 *
 * Source names and event labels come from `set` (the id where there is none). The subject agrees
 * with the count ("1 militant", "dozens of soldiers", "no soldiers" for zero). A denial reads
 * `DENIES` (of a zero figure: `DENIES any`); a loaded label such as "terrorists" is marked as
 * one, because who calls whom what is part of the dispute. The statement date follows in
 * brackets when the claim has one. Whitespace in names and labels is collapsed, so the result is
 * always a single line.
 *
 * @example
 * ```ts
 * const set = {
 *   sources: [{ id: 'ttp', name: 'Pakistani Taliban' }, { id: 'cnn', name: 'CNN' }],
 *   events: [{ id: 'day', label: 'South Waziristan offensive', period: { start: '2009-10-18', end: '2009-10-18' } }],
 * };
 * formatClaim({
 *   id: 'c1', claimant: 'ttp', via: ['cnn'], event: 'day',
 *   measure: { outcome: 'killed', subject: 'security-forces', side: 'pakistan-state', term: 'Pakistani security forces' },
 *   figure: { low: 68, high: 68, stated: 68, hedge: 'exact' },
 * }, set)
 * //=> 'Pakistani Taliban via CNN: 68 security forces killed ("Pakistani security forces") — South Waziristan offensive, 2009-10-18'
 * formatClaim({
 *   id: 'c2', claimant: 'army', event: 'day',
 *   measure: { outcome: 'killed', subject: 'militants', term: 'terrorists' },
 *   figure: { low: 60, high: 60, stated: 60, hedge: 'exact' }, statedAt: '2009-10-18',
 * }, set)
 * //=> 'army: 60 militants killed (loaded label "terrorists") — South Waziristan offensive, 2009-10-18 [stated 2009-10-18]'
 * formatClaim({
 *   id: 'c3', claimant: 'army', event: 'kidnapping', stance: 'denies',
 *   measure: { outcome: 'abducted', subject: 'soldiers', outcomeTerm: 'kidnapped' },
 *   figure: { low: 0, high: 0, stated: 0, hedge: 'exact' },
 * }, set)
 * //=> 'army: DENIES any soldiers abducted ("kidnapped") — kidnapping'
 * ```
 */
export function formatClaim(
  claim: Claim,
  set: Pick<ClaimSet, 'sources' | 'events'>,
  options: FormatClaimOptions = {},
): string {
  const vocabulary = options.vocabulary ?? getDefaultVocabulary();
  const name = sourceNames(set);
  const event = lookupById(set.events)(claim.event);
  const { figure, measure } = claim;

  const who = [claim.claimant, ...(claim.via ?? [])].map(name).join(' via ');
  // The canonical subject, agreeing with the count; the source's own word follows in brackets.
  const count = countInWords(figure, { outcome: measure.outcome, subject: measure.subject }, vocabulary);
  const zero = figure.low === 0 && figure.high === 0;
  const counted = claim.stance !== 'denies' ? count.phrase : zero ? `DENIES any ${count.noun}` : `DENIES ${count.phrase}`;
  const words: string[] = [];
  if (measure.term !== undefined) {
    const term = quoted(measure.term);
    words.push(vocabulary.subject(measure.term).loaded ? `loaded label ${term}` : term);
  }
  if (measure.outcomeTerm !== undefined) words.push(quoted(measure.outcomeTerm));
  const said = words.length === 0 ? '' : ` (${words.join(', ')})`;
  const what = `${counted} ${termWords(measure.outcome)}${said}`;
  const period = eventPeriod(event);
  const where = `${event?.label ?? claim.event}${period === '' ? '' : `, ${period}`}`;
  const when = claim.statedAt === undefined ? '' : ` [stated ${claim.statedAt}]`;
  // Names, labels and terms come from data: a line break in one must not break the line.
  return oneLine(`${who}: ${what} — ${where}${when}`);
}
