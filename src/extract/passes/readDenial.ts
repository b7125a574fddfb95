import type { Vocabulary } from '../../vocabulary/types.js';
import { CUE_WORDS, REPORT_NOUNS } from '../lexicon/cues.js';
import { OWN_DETERMINERS, OWN_LOSS_VERBS } from '../lexicon/outcomes.js';
import { isPluralApostrophe } from './isPluralApostrophe.js';
import { sourceKind } from './sourceKind.js';
import { firstTermIn, termAt } from './termAt.js';
import type { DenialRead, Span, TermRead, Words } from '../types.js';

// Participles between a report noun and its author: "the information disseminated by the Armenian side".
const AUTHORED = new Set(['made', 'disseminated', 'spread', 'published', 'issued', 'released', 'circulated', 'given', 'put', 'provided']);
const ANAPHORS = new Set(['it', 'them', 'this', 'these', 'those']);
// Pronouns for one person, whose fate a denial may be of: "she denies she was kidnapped".
const ONE_PERSON = new Set(['he', 'she', 'i']);
// Pronouns that may open a denied act: "denied they were behind the attack".
const ACTORS = new Set(['it', 'they', 'its', 'their']);
const DETERMINERS = new Set(['the', 'a', 'an', 'these', 'those', 'such', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'any', 'some', 'all']);
const CLAUSE_END = new Set(['describing', 'calling', 'saying', 'adding', 'insisting', 'dismissing', 'as', ';', 'but']);
// Words after a pronoun that make it the subject of the denied clause ("denied it had killed …"),
// not the thing denied ("denied it outright").
const CLAUSE_VERBS = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'would', 'could', 'did', 'will', 'might']);
// Verbs of an act whose denial is of who did it ("denied it carried out the strike"), and the
// auxiliaries between the pronoun and them.
const ACTS = new Set(['carried', 'launched', 'conducted', 'staged', 'mounted', 'ordered', 'shelled', 'bombed', 'struck', 'attacked', 'targeted', 'behind']);
const ACT_AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'did', 'is', 'are']);
const BLAME_NOUNS = new Set(['responsibility', 'role', 'involvement', 'blame', 'culpability', 'complicity', 'wrongdoing', 'liability']);
const REQUEST_NOUNS = new Set(['request', 'requests', 'demand', 'demands', 'appeal', 'appeals', 'plea', 'pleas', 'offer', 'proposal', 'ultimatum']);
// Words that end the denied phrase's head before a request noun could be it: "the claim as a plea".
const REQUEST_STOPS = new Set(['as', 'by', 'that', 'which', 'who', 'of', 'for', 'from']);
// How far into the denied noun phrase its head may stand: "the prime minister's request".
const REQUEST_REACH = 6;
const LOSS_NOUNS = new Map([
  ['casualties', ['killed', 'injured']],
  ['losses', ['killed']],
]);
// Words after a loss noun that say whose or where the losses were.
const LOSS_QUALIFIERS = new Set(['of', 'among', 'in', 'on', 'at']);
// Verbs by which a denier gives a count of its own after "and", and how far after the cue they stand:
// "disputed the figure and put it much lower".
const COUNTERING = new Set(['put', 'estimated', 'placed']);
const LOWER_HIGHER = new Set(['lower', 'higher']);
const COUNTER_REACH = 6;
// A denied clause is read for at most this many tokens, which keeps a run-on sentence linear.
const MAX_CLAUSE = 40;

/**
 * Reads what a denial cue denies: the sentence before ("dismissed the claim as propaganda"), a
 * report and its clause ("dismissed reports that the militants had kidnapped some soldiers"), or a
 * clause alone ("denied that any soldiers had been taken hostage"), with the outcome and the
 * subject the clause names (the subject after the outcome when there is one: "kidnapped some
 * soldiers"; else the one before it: "soldiers had been taken hostage").
 */
export function readDenial(words: Words, content: number, sentence: Span, vocabulary: Vocabulary): DenialRead {
  let i = content;
  let reporter: Span | undefined;
  let k = i;
  while (k < sentence.last && k - i < 6 && DETERMINERS.has(words.low(k))) k++;
  // "the Taliban's claim that": the possessor is the reporter.
  let possessor = -1;
  for (let n = k; n < sentence.last && n - k < 5; n++) {
    if (words.poss(n)) {
      possessor = n;
      break;
    }
    if (!words.isWord(n) || REPORT_NOUNS.has(words.low(n))) break;
  }
  // "the rebels' claim": a plural possessive's apostrophe is a token of its own.
  const owned = possessor >= 0 && isPluralApostrophe(words, possessor + 1) ? possessor + 2 : possessor + 1;
  if (possessor >= 0 && REPORT_NOUNS.has(words.low(owned))) {
    reporter = { first: i, last: owned };
    k = owned;
  } else {
    // "a Russian claim that", "police reports of 6,800", "Mexico City police reports": a name, or
    // words that say what kind of body, before the noun are the reporter ("initial reports" name none).
    let r = k;
    while (r < sentence.last && r - k < 4 && words.isWord(r) && !REPORT_NOUNS.has(words.low(r))) r++;
    const named: string[] = [];
    for (let n = k; n < r; n++) named.push(words.low(n));
    if (r > k && REPORT_NOUNS.has(words.low(r)) && (words.cap(k) || sourceKind(named, vocabulary) !== 'other')) {
      reporter = { first: k, last: r };
      k = r;
    }
  }
  const noun = words.low(k);
  // "disputed the figure and put it much lower": a count of its own, unsaid, not none (not "denied the
  // report and said the crowd was bigger than usual").
  for (let m = content; m + 2 < sentence.last && m - content <= COUNTER_REACH; m++) {
    if (words.low(m) !== 'and' || !COUNTERING.has(words.low(m + 1)) || !ANAPHORS.has(words.low(m + 2))) continue;
    for (let n = m + 3; n < sentence.last && n - m <= 5; n++) if (LOWER_HIGHER.has(words.low(n))) return { anaphoric: false, notCount: true, reporter: undefined, clause: { first: content, last: content }, outcome: undefined, subject: undefined };
  }
  // "denied responsibility for the deaths", "denied any role": who did it is denied, not the count.
  if (BLAME_NOUNS.has(noun)) return { anaphoric: false, blame: true, reporter: undefined, clause: { first: k, last: k }, outcome: undefined, subject: undefined };
  // So is "denied it carried out the strike", "denied that they were behind the attack", "denied it
  // had shelled a clinic, killing 16": the act, not what it cost.
  let act = words.low(content) === 'that' ? content + 1 : content;
  // ("denied being behind the massacre": the act, with no one named.)
  if (words.low(act) === 'being' && ACTS.has(words.low(act + 1))) return { anaphoric: false, blame: true, reporter: undefined, clause: { first: act + 1, last: act + 1 }, outcome: undefined, subject: undefined };
  if (ACTORS.has(words.low(act))) {
    act++;
    if (words.low(act - 1) === 'its' || words.low(act - 1) === 'their') act++;
    if (ACT_AUXILIARIES.has(words.low(act))) act++;
    if (ACTS.has(words.low(act))) return { anaphoric: false, blame: true, reporter: undefined, clause: { first: act, last: act }, outcome: undefined, subject: undefined };
  }
  // "rejected the governor's appeal for the release of the seized fishermen": what was asked for is
  // refused, no count denied.
  // (Only as the phrase's head: not "dismissed the claim as a plea for attention".)
  for (let n = k; n < sentence.last && n - k < REQUEST_REACH && words.isWord(n) && !REPORT_NOUNS.has(words.low(n)) && !REQUEST_STOPS.has(words.low(n)); n++) {
    if (REQUEST_NOUNS.has(words.low(n))) return { anaphoric: false, notCount: true, reporter: undefined, clause: { first: n, last: n }, outcome: undefined, subject: undefined };
  }
  // "she denies she was kidnapped", "he denied that he had been arrested": what befell one person is
  // no count denied.
  const person = words.low(content) === 'that' ? content + 1 : content;
  if (ONE_PERSON.has(words.low(person)) && CLAUSE_VERBS.has(words.low(person + 1))) return { anaphoric: false, notCount: true, reporter: undefined, clause: { first: person, last: person }, outcome: undefined, subject: undefined };
  // "denied any casualties", "denied any losses": the losses others said the denier suffered.
  // So is "denied there had been casualties", "denied that there were any losses".
  let there = words.low(content) === 'that' ? content + 1 : content;
  if (words.low(there) === 'there') {
    there++;
    while (there < sentence.last && there - content < 6 && (CLAUSE_VERBS.has(words.low(there)) || words.low(there) === 'been' || DETERMINERS.has(words.low(there)))) there++;
  }
  const lossAt = there > content + 1 ? there : k;
  // "denied civilian casualties", "denied the civilians' casualties": the dead of the people it names.
  const named = lossAt === k && words.isWord(k) ? termAt(words, k, vocabulary, 's') : undefined;
  if (named !== undefined) {
    const loss = isPluralApostrophe(words, named.next) ? named.next + 1 : named.next;
    if (LOSS_NOUNS.has(words.low(loss))) {
      return { anaphoric: false, reporter: undefined, clause: { first: k, last: loss + 1 }, outcome: { id: 'killed', term: words.low(loss), known: true, loaded: false, first: loss, next: loss + 1 }, subject: named };
    }
  }
  // ("denied any losses of equipment", "… casualties among civilians", "… in Kesh": whose or where
  // are told, and are not the losses others said the denier suffered.)
  // ("… casualties among its military personnel" are the denier's own.)
  const qualified = LOSS_QUALIFIERS.has(words.low(lossAt + 1)) && !(words.low(lossAt + 1) === 'among' && OWN_DETERMINERS.has(words.low(lossAt + 2)));
  const losses = lossAt > content && !qualified ? LOSS_NOUNS.get(words.low(lossAt)) : undefined;
  if (losses !== undefined) return { anaphoric: true, losses, reporter: undefined, clause: { first: lossAt, last: lossAt }, outcome: undefined, subject: undefined };
  const end = (from: number): number => {
    let e = from;
    // ("denied that its forces used live rounds and suggested that rebels did the killing": the
    // denier's next verb of saying ends what it denies.)
    while (e < sentence.last && e - from < MAX_CLAUSE && !CLAUSE_END.has(words.low(e)) && !(words.low(e) === ',' && CLAUSE_END.has(words.low(e + 1))) && !(words.low(e) === 'and' && CUE_WORDS.has(words.low(e + 1)))) e++;
    return e;
  };
  // "denied it had killed any civilians": the pronoun is the denier itself, and the clause says what it denies.
  const subjectPronoun = ANAPHORS.has(words.low(i)) && (CLAUSE_VERBS.has(words.low(i + 1)) || (words.isWord(i + 1) && termAt(words, i + 1, vocabulary, 'o') !== undefined));
  let anaphoric = (ANAPHORS.has(words.low(i)) && !REPORT_NOUNS.has(words.low(i + 1)) && !subjectPronoun) || (REPORT_NOUNS.has(noun) && !['that', 'of', 'by', 'from'].includes(words.low(k + 1)) && !(AUTHORED.has(words.low(k + 1)) && words.low(k + 2) === 'by'));
  if (REPORT_NOUNS.has(noun)) {
    reporter ??= noun.startsWith('report') ? { first: k, last: k + 1 } : undefined;
    i = k + 1;
    if (AUTHORED.has(words.low(i)) && words.low(i + 1) === 'by') i++;
    // "the claim by the TTP", "reports from Wana", "the claim of the NPA 13 soldiers were killed".
    if (words.low(i) === 'by' || words.low(i) === 'from' || (words.low(i) === 'of' && words.low(i + 1) === 'the' && (words.cap(i + 2) || words.upper(i + 2)))) {
      let e = i + 1;
      while (e < sentence.last && e - i < 8 && words.low(e) !== 'that' && words.low(e) !== ',' && words.low(e) !== 'of') e++;
      reporter = { first: i + 1, last: e };
      i = e;
    }
    if (words.low(i) === 'that' || words.low(i) === 'of') i++;
  } else if (words.low(i) === 'that') {
    i++;
  }
  let clause = { first: i, last: anaphoric ? i : end(i) };
  // "denied losing any troops": a loss of its own, denied.
  const lost = OWN_LOSS_VERBS.has(words.low(i)) ? { id: 'killed', term: words.low(i), known: true, loaded: false, first: i, next: i + 1 } : undefined;
  const outcome = firstTermIn(words, clause, vocabulary, 'o') ?? lost;
  let subject: TermRead | undefined;
  // A clause that counts nothing ("denied it was responsible") refers back, as "denied it" does.
  if (subjectPronoun && outcome === undefined) {
    anaphoric = true;
    clause = { first: i, last: i };
  }
  if (outcome !== undefined) {
    let n = outcome.next;
    while (n < clause.last && n - outcome.next < 2 && DETERMINERS.has(words.low(n))) n++;
    for (let m = n; m < clause.last && m - n < 3 && subject === undefined; m++) {
      const s = words.isWord(m) ? termAt(words, m, vocabulary, 's') : undefined;
      if (s !== undefined && s.next <= clause.last) subject = s;
    }
    for (let m = outcome.first - 1; m >= clause.first && m >= outcome.first - 8 && subject === undefined; m--) {
      const s = words.isWord(m) ? termAt(words, m, vocabulary, 's') : undefined;
      if (s !== undefined && s.next <= outcome.first) subject = s;
    }
  }
  return { anaphoric, reporter, clause, outcome, subject };
}
