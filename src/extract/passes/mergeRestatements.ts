import type { Event, Source } from '../../claims/schemas.js';
import { followChains } from '../../internal/followChains.js';
import { broaderTerms } from '../../vocabulary/broaderTerms.js';
import type { Vocabulary } from '../../vocabulary/types.js';
import { COUNTRY_NAMES } from '../lexicon/places.js';
import { ORG_WORDS, STATE_KINDS } from '../lexicon/sources.js';
import type { ClaimDraft, FigureItem, Sentence } from '../types.js';

const bounds = (d: ClaimDraft): string => (d.stance === 'denies' ? '0/0' : `${d.figure.low}/${d.figure.high ?? ''}`);
const countKey = (d: ClaimDraft): string => `${d.measure.outcome}\u0000${bounds(d)}`;
// One party's count told twice, "some 50,000" in its words and "50,000" in its quote: the number it
// stated, hedged by "about" or not at all.
const restatedKey = (d: ClaimDraft): string => (d.stance === 'asserts' && d.figure.stated !== null && (d.figure.hedge === 'about' || d.figure.hedge === 'exact') ? `${d.measure.outcome}\u0000~${d.figure.stated}` : countKey(d));
// Parties named by no one in particular: "officials", "the authorities", "security sources".
const FACELESS_PARTY = /^(the )?((local|security|government|military|police|health|provincial|state|senior) )?(officials|authorities|sources)$/i;
// A party only described, with an indefinite article and no name: "a powerful jihadi group", "a human
// rights organization".
const DESCRIBED_PARTY = /^[Aa]n? (?:[a-z'-]+ ){0,4}[a-z'-]+$/;
const OTHER_PARTY = /\b(?:another|rival|different|separate|second|other)\b/i;
// "the Dorvo Rights League" inside "the Dorvo Rights League and Kesh Watch": a name of two or more
// capitalised words said whole within another's names the same party (a shared place word does not:
// "the Kesh Health Ministry" and "the Kesh Civil Defence" are two).
function nameWithin(inner: string, outer: string): boolean {
  const name = inner.replace(/^the\s+/i, '').trim();
  if (name.split(/\s+/).length < 2 || !/^\p{Lu}/u.test(name) || name.length >= outer.length) return false;
  const at = outer.indexOf(name);
  return at >= 0 && !/[\p{L}]/u.test(outer[at - 1] ?? '') && !/[\p{L}]/u.test(outer[at + name.length] ?? '');
}
// An exact number at least this large, told by the article and by a source, is one count told twice.
const DISTINCT_NUMBER = 20;
// Distinct subjects kept per party and count: enough for any real article, and a bound for a hostile one.
const MAX_SUBJECTS = 32;
// Kept drafts remembered per count, to find one party named two ways: a bound for a hostile text.
const MAX_NAMED = 32;

/**
 * Keeps one draft per figure a reader sees once: a headline figure the body gives again, or rounds,
 * goes (the body says who claims it); the same claimant's same count of the same incident given twice (the
 * lead, then the quote) is one claim; a figure the article states as its own that a named source
 * gives too is that source's, not the outlet's; and a count of "people" or of any broader group is
 * dropped where the same party gives the same number for a narrower one. Keeps reading order.
 */
export function mergeRestatements(
  drafts: readonly ClaimDraft[],
  sentences: readonly Sentence[],
  figures: readonly (readonly FigureItem[])[],
  ownVoices: ReadonlySet<string>,
  sources: ReadonlyMap<string, Source>,
  vocabulary: Vocabulary,
  events: readonly Event[] = [],
): ClaimDraft[] {
  // The incident a part belongs to: the same party's same count for a town within it ("five people
  // were killed", then "… five people … were killed, adding the incident occurred near the village
  // of X") is the same count, more closely placed.
  const partOf = new Map(events.flatMap((e) => (e.partOf === undefined ? [] : [[e.id, e.partOf] as const])));
  const rootOf = followChains((id: string) => partOf.get(id));
  // One party however it is named: the army and "the military", police and "Sergeant X of the police",
  // "security and health officials" and "a health official".
  const parties = new Map<string, string>();
  const partyOf = (id: string): string => {
    const known = parties.get(id);
    if (known !== undefined) return known;
    const party = readParty(id);
    parties.set(id, party);
    return party;
  };
  const readParty = (id: string): string => {
    const source = sources.get(id);
    if (source?.kind === 'military' || source?.kind === 'police') return source.kind;
    if (source !== undefined && source.kind !== undefined && /\bofficials?$/i.test(source.name)) return `${source.kind}:officials`;
    return id;
  };
  const role = (d: ClaimDraft): string => (sentences[d.sentence] as Sentence).role;
  const body = drafts.filter((d) => role(d) === 'body');
  // Every number the body gives, claimed or not: a headline restates the story it tops.
  const bodyNumbers = new Set<number>();
  sentences.forEach((sentence, si) => {
    if (sentence.role !== 'body') return;
    for (const f of figures[si] ?? []) {
      if (f.figure.stated !== null) bodyNumbers.add(f.figure.stated);
      bodyNumbers.add(f.figure.low);
      if (f.figure.high !== null) bodyNumbers.add(f.figure.high);
    }
  });
  // A named source's counts, by subject and as bare numbers: the article's own figure that restates
  // one is that source's ("killed 33 people" in the lead, "it had risen to 33", officials said).
  const sourced = new Set(body.filter((d) => !ownVoices.has(d.claimant)).flatMap((d) => [`${d.measure.subject}\u0000${countKey(d)}`, countKey(d), `${rootOf(d.event ?? '')}\u0000\u0000${countKey(d)}`]));
  // The same party's same count for a narrower subject: "five members of security forces", then "five soldiers".
  // The distinct subjects of each party's count, at most MAX_SUBJECTS of them, so that a text that
  // repeats one count many times stays linear.
  const narrower = new Map<string, Set<string>>();
  for (const d of body) {
    const key = `${partyOf(d.claimant)}\u0000${countKey(d)}`;
    const subjects = narrower.get(key) ?? new Set<string>();
    if (subjects.size < MAX_SUBJECTS) subjects.add(d.measure.subject);
    narrower.set(key, subjects);
  }
  const named = (d: ClaimDraft): boolean => {
    for (const s of narrower.get(`${partyOf(d.claimant)}\u0000${countKey(d)}`) ?? []) {
      if (s !== d.measure.subject && (d.measure.subject === 'people' || broaderTerms(vocabulary, s).includes(d.measure.subject))) return true;
    }
    return false;
  };
  // "Detainees exceeded a thousand" over a body's 1,030, "Scores of Protesters Shot Dead" over "at
  // least 50": a headline rounds a figure the body gives (an open one by where it starts).
  const within = (h: ClaimDraft): boolean =>
    h.figure.hedge !== 'exact' && body.some((d) => d.measure.outcome === h.measure.outcome && d.stance === h.stance && d.figure.low >= h.figure.low && (h.figure.high === null || (d.figure.high ?? d.figure.low) <= h.figure.high));
  // "…, officials said" in the lead, then "Military officer Ismail Ali said 12 soldiers were killed":
  // faceless officials giving the count a named source of their side gives later are that source.
  const faceless = (d: ClaimDraft): boolean => FACELESS_PARTY.test(sources.get(d.claimant)?.name ?? '');
  // (Where the text gives no side, only an official named later restates them: not a hospital's
  // director or a witness, who are other parties.)
  const sideCountKey = (d: ClaimDraft): string => `${sources.get(d.claimant)?.side ?? ''}\u0000${d.stance}\u0000${d.measure.subject}\u0000${countKey(d)}`;
  const laterNamed = new Map<string, number>();
  for (const d of body) {
    const source = sources.get(d.claimant);
    if (ownVoices.has(d.claimant) || faceless(d) || (source?.side === undefined && !STATE_KINDS.has(source?.kind ?? ''))) continue;
    const key = sideCountKey(d);
    laterNamed.set(key, Math.max(laterNamed.get(key) ?? -1, d.sentence));
  }
  // "A powerful jihadi group has claimed … killing 10 soldiers", then "The Dorvo Front said its
  // fighters killed 10": a body only described before, with an article and no name, is the one of its
  // kind named later with the same count (not a person: "A doctor said 7 died", then "Dorvo Hospital").
  const described = (d: ClaimDraft): boolean => {
    const name = sources.get(d.claimant)?.name ?? '';
    return DESCRIBED_PARTY.test(name) && ORG_WORDS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
  };
  // ("A rival jihadi group, the Belwa Brigade, said": a party named as another is no restatement.)
  const another = (d: ClaimDraft): boolean => OTHER_PARTY.test(sources.get(d.claimant)?.name ?? '');
  const kindCountKey = (d: ClaimDraft): string => `${sources.get(d.claimant)?.kind ?? ''}\u0000${d.stance}\u0000${d.measure.subject}\u0000${countKey(d)}`;
  const laterOfKind = new Map<string, number>();
  for (const d of body) {
    if (ownVoices.has(d.claimant) || faceless(d) || described(d) || another(d)) continue;
    const key = kindCountKey(d);
    laterOfKind.set(key, Math.max(laterOfKind.get(key) ?? -1, d.sentence));
  }
  const restatedByName = (d: ClaimDraft): boolean => (faceless(d) && (laterNamed.get(sideCountKey(d)) ?? -1) > d.sentence) || (described(d) && (laterOfKind.get(kindCountKey(d)) ?? -1) > d.sentence);
  // Kept drafts by count without the party, to find one party named two ways.
  const byCount = new Map<string, ClaimDraft[]>();
  const sameNamed = (d: ClaimDraft, key: string): boolean => {
    const name = sources.get(d.claimant)?.name ?? '';
    return (byCount.get(key) ?? []).some((k) => {
      const other = sources.get(k.claimant)?.name ?? '';
      return k.claimant !== d.claimant && (nameWithin(name, other) || nameWithin(other, name));
    });
  };
  // "Kenya" named bare and "Kenya's army" giving the same count: the state speaks through the body,
  // which is kept whichever came first.
  const countOf = (d: ClaimDraft): string => `${d.stance}\u0000${d.measure.subject}\u0000${rootOf(d.event ?? '')}\u0000${restatedKey(d)}`;
  const bareState = (id: string): boolean => COUNTRY_NAMES.has((sources.get(id)?.name ?? '').toLowerCase().replace(/^the /, ''));
  const bodies = new Set(body.filter((d) => !bareState(d.claimant) && sources.get(d.claimant)?.side !== undefined).map((d) => `${sources.get(d.claimant)?.side}\u0000${countOf(d)}`));
  const spokenByBody = (d: ClaimDraft): boolean => bareState(d.claimant) && bodies.has(`${sources.get(d.claimant)?.side}\u0000${countOf(d)}`);
  const seen = new Map<string, ClaimDraft>();
  // A draft dropped for the same count in the incident it is a part of, and the draft kept for it.
  const keptFor = new Map<ClaimDraft, ClaimDraft>();
  const kept: ClaimDraft[] = [];
  for (const d of [...body, ...drafts.filter((x) => role(x) === 'headline')]) {
    if (role(d) === 'headline' && (bodyNumbers.has(d.figure.low) || (d.figure.stated !== null && bodyNumbers.has(d.figure.stated)) || within(d))) continue;
    // ("164 students were detained", then police: "164 protesters were detained": a number
    // that large given again in the same incident is the same count, whatever the two call the people.)
    const distinct = d.figure.hedge === 'exact' && d.figure.low >= DISTINCT_NUMBER && sourced.has(`${rootOf(d.event ?? '')}\u0000\u0000${countKey(d)}`);
    if (ownVoices.has(d.claimant) && d.via.length === 0 && (distinct || sourced.has(d.measure.defaulted ? countKey(d) : `${d.measure.subject}\u0000${countKey(d)}`))) continue;
    if (named(d) || restatedByName(d) || spokenByBody(d)) continue;
    const countOnly = countOf(d);
    if (sameNamed(d, countOnly)) continue;
    const key = `${partyOf(d.claimant)}\u0000${countOnly}`;
    const first = seen.get(key);
    if (first !== undefined) {
      if (first.event !== d.event) keptFor.set(d, first);
      continue;
    }
    seen.set(key, d);
    const others = byCount.get(countOnly) ?? [];
    if (others.length < MAX_NAMED) others.push(d);
    byCount.set(countOnly, others);
    kept.push(d);
  }
  // A denial of a dropped restatement denies the count kept, in its incident.
  const moved = kept.map((d) => {
    const target = d.sameEventAs === undefined ? undefined : keptFor.get(d.sameEventAs);
    return target === undefined || target.event === d.event ? d : { ...d, event: target.event };
  });
  return moved.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}
