import type { ClaimSet } from '../claims/schemas.js';
import type { ClaimGroup } from '../groups/types.js';
import { effectiveFigure } from '../scores/effectiveFigure.js';
import type { GroupEntry } from '../scores/types.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import { termWords } from '../vocabulary/termWords.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { capitalize } from './capitalize.js';
import { countInWords } from './countInWords.js';
import { formatFactor } from './formatFactor.js';
import { furthestEntry } from './furthestEntry.js';
import { nameInSentence } from '../vocabulary/nameInSentence.js';
import { oneLine } from './oneLine.js';
import { quoteFigure } from './quoteFigure.js';
import { outcomeVerb } from '../vocabulary/outcomeVerb.js';
import { sourceNames } from './sourceNames.js';
import { summarize } from './summarize.js';
import type { ClaimReviewOrganization, ClaimReviewAppearance, ClaimReviewClaim, ClaimReviewRating, ClaimReview, ToClaimReviewOptions } from './types.js';

// Google shows claimReviewed in a snippet and asks for at most 75 characters.
const MAX_CLAIM = 75;

// The scale, from the least factor between this claim and any other claimant's figure.
const SCALE: readonly { readonly below: number; readonly value: number; readonly name: string }[] = [
  { below: 1.0000001, value: 5, name: 'Consistent with other sources' },
  { below: 1.5, value: 4, name: 'Slightly apart from other sources' },
  { below: 3, value: 3, name: 'Disputed by other sources' },
  { below: 10, value: 2, name: 'Strongly disputed by other sources' },
  { below: Number.POSITIVE_INFINITY, value: 1, name: 'Far apart from other sources' },
];

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Cuts text on a word boundary to at most `max` UTF-16 units, marking the cut with an ellipsis.
 * The cut falls between graphemes: inside one it would leave half an emoji (a lone surrogate) or
 * a letter without its accent.
 */
function shorten(text: string, max: number): string {
  const clean = oneLine(text);
  if (clean.length <= max) return clean;
  let end = 0;
  for (const { index, segment } of graphemes.segment(clean)) {
    if (index + segment.length > max - 1) break;
    end = index + segment.length;
  }
  const room = clean.slice(0, end);
  const space = room.lastIndexOf(' ');
  const cut = space > max / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:.]+$/, '')}…`;
}

const isUrl = (s: string): boolean => /^https?:\/\/\S+$/i.test(s);

// What an entry stands for, after "<claimant>'s": the figure of the claim it is, "denial", or the
// claimant's narrower figures that it sums ("2 police and 5 soldiers").
function entryWords(group: ClaimGroup, entry: GroupEntry, vocabulary: Vocabulary): string {
  const own = group.claims.filter((c) => c.claimant === entry.claimant);
  const claim = own.find((c) => {
    const f = effectiveFigure(c);
    const onSubject = !group.mixedSubjects || c.measure.subject === group.measure.subject;
    return onSubject && f.low === entry.low && (f.high ?? Number.POSITIVE_INFINITY) === entry.high;
  });
  if (claim !== undefined) return claim.stance === 'denies' ? 'denial' : quoteFigure(claim.figure);
  return own.map((c) => countInWords(effectiveFigure(c), { outcome: c.measure.outcome, subject: c.measure.subject }, vocabulary).phrase).join(' and ');
}

/**
 * Exports a group's current claims as schema.org ClaimReview objects, one per claim, with what
 * Google requires (`claimReviewed` of at most 75 characters, cut on a word boundary with an
 * ellipsis; `reviewRating` with `alternateName`; `url`) and recommends (`author`, `datePublished`,
 * an `itemReviewed` Claim with its `author`, `datePublished`, `appearance` and `firstAppearance`).
 *
 * The rating says how far the claim stands from the other claimants' figures, not whether it is
 * true: with F the largest factor between this claim and another claimant's figure (see
 * `compareFigures`), read as `scoreGroup` reads the group — a denial counts as zero, and in a mixed
 * group a claimant's narrower figures stand as their sum (the army's "5 soldiers" and "2 police"
 * both stand as 7 against the TTP's 68) — `ratingValue` is 5 "Consistent with other sources"
 * (F = 1), 4 "Slightly apart" (F < 1.5), 3 "Disputed" (F < 3), 2 "Strongly disputed" (F < 10) or 1
 * "Far apart" (F ≥ 10), on a scale from `worstRating` 1 to `bestRating` 5. A claim no other source
 * contests has no `ratingValue` and the `alternateName` "Uncontested". `ratingExplanation` gives
 * the factor against the furthest claimant and the group's summary.
 *
 * Appearances are the outlets in the claim's `via`, nearest first, with the evidence document as
 * the first one's `url` (or `name` when it is not a URL).
 *
 * For a page, write the result with `serializeJsonLd` into a `<script type="application/ld+json">`:
 * it escapes the `<` of a `</script>` hidden in a source name, which `JSON.stringify` leaves as is.
 *
 * @throws {Error} when `options.url` or `options.author.name` is missing or empty.
 * @example
 * ```ts
 * const set = {
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'The TTP', side: 'ttp' }, { id: 'cnn', name: 'CNN' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: 'five' },
 *     { id: 't', claimant: 'ttp', via: ['cnn'], event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: '68',
 *       statedAt: '2009-10-18', evidence: { document: 'https://example.org/report' } },
 *   ],
 * };
 * const [group] = analyze(set).groups;
 * const [, ttp] = toClaimReview(group, set, { url: 'https://factcheck.example/waziristan', author: { name: 'Example Checks' } });
 * ttp.claimReviewed
 * //=> 'The TTP said 68 soldiers were killed'
 * ttp.reviewRating.alternateName
 * //=> 'Far apart from other sources'
 * ttp.itemReviewed.firstAppearance
 * //=> { '@type': 'CreativeWork', url: 'https://example.org/report', publisher: { '@type': 'Organization', name: 'CNN' } }
 * ```
 */
export function toClaimReview(group: ClaimGroup, set: ClaimSet, options: ToClaimReviewOptions): ClaimReview[] {
  if (typeof options?.url !== 'string' || options.url.trim() === '') {
    throw new Error('toClaimReview: options.url must be the address of the fact-check page');
  }
  if (typeof options.author?.name !== 'string' || options.author.name.trim() === '') {
    throw new Error('toClaimReview: options.author.name must name the organisation that publishes the fact check');
  }
  const vocabulary = options.vocabulary ?? getDefaultVocabulary();
  const name = sourceNames(set);
  const organization = (orgName: string, url?: string): ClaimReviewOrganization =>
    url === undefined ? { '@type': 'Organization', name: orgName } : { '@type': 'Organization', name: orgName, url };
  const author = organization(options.author.name, options.author.url);
  const summary = summarize(group, set, { vocabulary });

  const furthest = furthestEntry(group);
  // At most four entries are ever the furthest (see furthestEntry): each is put into words once.
  const described = new Map<GroupEntry, string>();
  const describe = (e: GroupEntry): string => {
    let words = described.get(e);
    if (words === undefined) described.set(e, (words = entryWords(group, e, vocabulary)));
    return words;
  };

  return group.claims.map((claim) => {
    const far = furthest(claim);
    const said =
      claim.stance === 'denies'
        ? `${capitalize(name(claim.claimant))} denied that any ${termWords(claim.measure.subject)} ${outcomeVerb(claim.measure.outcome, false)}`
        : (() => {
            const words = countInWords(claim.figure, claim.measure, vocabulary);
            return `${capitalize(name(claim.claimant))} said ${words.phrase} ${outcomeVerb(claim.measure.outcome, words.singular)}`;
          })();

    let rating: ClaimReviewRating;
    if (far === undefined) {
      rating = { '@type': 'Rating', alternateName: 'Uncontested', ratingExplanation: `No other source gives a figure. ${summary}` };
    } else {
      const step = SCALE.find((s) => far.factor < s.below) as (typeof SCALE)[number];
      const other = far.entry;
      const gap =
        far.factor === 1
          ? "It is consistent with every other source's figure."
          : `It is at least ${formatFactor(far.factor)} times apart from ${nameInSentence(name(other.claimant), false)}'s ${describe(other)}, even reading every hedge in the claimants' favour.`;
      rating = {
        '@type': 'Rating',
        ratingValue: step.value,
        bestRating: 5,
        worstRating: 1,
        alternateName: step.name,
        ratingExplanation: `${gap} ${summary}`,
      };
    }

    const via = claim.via ?? [];
    const document = claim.evidence?.document;
    const where = (i: number): Pick<ClaimReviewAppearance, 'url' | 'name'> =>
      i !== 0 || document === undefined ? {} : isUrl(document) ? { url: document } : { name: document };
    const appearance: ClaimReviewAppearance[] =
      via.length > 0
        ? via.map((outlet, i) => ({ '@type': 'CreativeWork', ...where(i), publisher: organization(name(outlet)) }))
        : document !== undefined
          ? [{ '@type': 'CreativeWork', ...where(0) }]
          : [];
    const item: ClaimReviewClaim = {
      '@type': 'Claim',
      author: organization(name(claim.claimant)),
      ...(claim.statedAt === undefined ? {} : { datePublished: claim.statedAt }),
      ...(appearance.length === 0 ? {} : { appearance, firstAppearance: appearance[0] as ClaimReviewAppearance }),
    };
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: options.url,
      claimReviewed: shorten(said, MAX_CLAIM),
      author,
      ...(options.datePublished === undefined ? {} : { datePublished: options.datePublished }),
      itemReviewed: item,
      reviewRating: rating,
    };
  });
}
