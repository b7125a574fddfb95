import type { ClaimSet } from '../claims/schemas.js';
import type { Vocabulary } from '../vocabulary/types.js';
import type { Finding } from '../checks/types.js';
import type { ScoredGroup } from '../scores/types.js';

/**
 * What a report reads of an analysis: its scored groups and its findings. The output of `analyze`
 * (an `Analysis`) is one; reports sit below `analyze` and name only what they read.
 */
export interface ReportedAnalysis {
  readonly groups: readonly ScoredGroup[];
  readonly findings: readonly Finding[];
  /** The set analysed, which names sources and events; an `Analysis` carries it. */
  readonly set?: ClaimSet | undefined;
}

/**
 * Options for {@link formatClaim}.
 *
 * @example
 * ```ts
 * const claim: Claim = {
 *   id: 'c', claimant: 'army', event: 'day',
 *   measure: { outcome: 'killed', subject: 'foreign-fighters', term: 'mercenaries' },
 *   figure: { low: 60, high: 60, stated: 60, hedge: 'exact' },
 * };
 * formatClaim(claim, { sources: [], events: [] })
 * //=> 'army: 60 foreign fighters killed ("mercenaries") — day'
 * const options: FormatClaimOptions = { vocabulary: createVocabulary({ subjects: [{ id: 'foreign-fighters', broader: 'militants', loaded: ['mercenaries'] }] }) };
 * formatClaim(claim, { sources: [], events: [] }, options)
 * //=> 'army: 60 foreign fighters killed (loaded label "mercenaries") — day'
 * ```
 */
export interface FormatClaimOptions {
  /** The vocabulary that says which words are loaded labels; the default conflict vocabulary if absent. */
  readonly vocabulary?: Vocabulary | undefined;
}

/**
 * Options for {@link formatMarkdownReport}.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'the TTP', side: 'ttp' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 68, high: 68, stated: 68, hedge: 'exact' } },
 *   ],
 * };
 * const options: FormatMarkdownReportOptions = { title: 'South Waziristan, 17 October 2009' };
 * formatMarkdownReport(analyze(set), set, options).split('\n').slice(0, 3)
 * //=> ['# South Waziristan, 17 October 2009', '', '1 group of figures about 1 event: 1 disputed; no findings.']
 * ```
 */
export interface FormatMarkdownReportOptions {
  /** The level-one heading. Default "Competing figures". */
  readonly title?: string | undefined;
  /** The vocabulary that says which words are loaded labels; the default if absent. */
  readonly vocabulary?: Vocabulary | undefined;
}

/**
 * Options for {@link formatTextReport}.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'the army', side: 'state' }, { id: 'ttp', name: 'the TTP', side: 'ttp' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'foreign-fighters', side: 'ttp', term: 'mercenaries' }, figure: { low: 60, high: 60, stated: 60, hedge: 'exact' } },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'foreign-fighters', side: 'ttp' }, figure: { low: 1, high: 1, stated: 1, hedge: 'exact' } },
 *   ],
 * };
 * const vocabulary = createVocabulary({ subjects: [{ id: 'foreign-fighters', broader: 'militants', loaded: ['mercenaries'] }] });
 * const options: FormatTextReportOptions = { vocabulary };
 * formatTextReport(analyze(set, { vocabulary }), set, options).split('\n')[1]
 * //=> '[day] The TTP said 1 foreign fighter was killed; the army said 60 "mercenaries" were killed — 60 times as many. Each side\'s figure favours itself.'
 * ```
 */
export interface FormatTextReportOptions {
  /** The vocabulary that says which words are loaded labels and which way interests run; the default if absent. */
  readonly vocabulary?: Vocabulary | undefined;
}

/**
 * Options for {@link renderSvg}.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'the TTP', side: 'ttp' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 68, high: 68, stated: 68, hedge: 'exact' } },
 *   ],
 * };
 * const options: RenderSvgOptions = { width: 480, title: 'Soldiers killed' };
 * const svg = renderSvg(analyze(set), set, options);
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="480"')
 * //=> true
 * svg.match(/<title>[^<]*<\/title>/g)
 * //=> ['<title>Soldiers killed</title>', '<title>The army: 5 soldiers killed</title>', '<title>the TTP: 68 soldiers killed</title>']
 * ```
 */
export interface RenderSvgOptions {
  /** Width in pixels; the layout scales with it. Default 800, from 320 to 10,000 (a width outside is moved to the nearer bound). */
  readonly width?: number | undefined;
  /** The heading drawn above the chart and its accessible name. Default "Competing figures". */
  readonly title?: string | undefined;
  /** Draw only the groups with more than one claimant: the disputes, without the figures of a single source. */
  readonly disputedOnly?: boolean | undefined;
  /** The vocabulary for scoring plain groups; the default if absent. */
  readonly vocabulary?: Vocabulary | undefined;
}

/**
 * Options for {@link summarize}.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'the TTP', side: 'ttp' }],
 *   events: [{ id: 'year' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'year', measure: { outcome: 'recruited', subject: 'militants', side: 'ttp' }, figure: { low: 100, high: 100, stated: 100, hedge: 'exact' } },
 *     { id: 't', claimant: 'ttp', event: 'year', measure: { outcome: 'recruited', subject: 'militants', side: 'ttp' }, figure: { low: 500, high: 500, stated: 500, hedge: 'exact' } },
 *   ],
 * };
 * const options: SummarizeOptions = { vocabulary: createVocabulary({ outcomes: [{ id: 'recruited', interest: 'higher' }] }) };
 * summarize(groupClaims(set)[0], set, options)
 * //=> "The army said 100 militants were recruited; the TTP said 500 — 5 times as many. Each side's figure favours itself."
 * ```
 */
export interface SummarizeOptions {
  /** The vocabulary that says which words are loaded labels and which way interests run; the default if absent. */
  readonly vocabulary?: Vocabulary | undefined;
}

/**
 * The organisation that publishes the fact check, as schema.org describes it.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'the TTP', side: 'ttp' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 68, high: 68, stated: 68, hedge: 'exact' } },
 *   ],
 * };
 * const authors: ClaimReviewOrganization[] = toClaimReview(groupClaims(set)[0], set, { url: 'https://factcheck.example/waziristan', author: { name: 'Example Checks' } }).map((r) => r.itemReviewed.author);
 * authors
 * //=> [{ '@type': 'Organization', name: 'The army' }, { '@type': 'Organization', name: 'the TTP' }]
 * ```
 */
export interface ClaimReviewOrganization {
  readonly '@type': 'Organization';
  readonly name: string;
  readonly url?: string;
}

/**
 * A work in which a claim appeared: the outlet's report, or the document the evidence cites.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army' }, { id: 'dawn', name: 'Dawn' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', via: ['dawn'], event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' },
 *       statedAt: '2009-10-18', evidence: { document: 'https://www.dawn.com/news/1' } },
 *   ],
 * };
 * const appearances: ClaimReviewAppearance[] = toClaimReview(groupClaims(set)[0], set, { url: 'https://factcheck.example/waziristan', author: { name: 'Example Checks' } })[0].itemReviewed.appearance ?? [];
 * appearances
 * //=> [{ '@type': 'CreativeWork', url: 'https://www.dawn.com/news/1', publisher: { '@type': 'Organization', name: 'Dawn' } }]
 * ```
 */
export interface ClaimReviewAppearance {
  readonly '@type': 'CreativeWork';
  readonly url?: string;
  readonly name?: string;
  readonly publisher?: ClaimReviewOrganization;
}

/**
 * The claim reviewed: who made it, when, and where it appeared.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army' }, { id: 'dawn', name: 'Dawn' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', via: ['dawn'], event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' },
 *       statedAt: '2009-10-18', evidence: { document: 'https://www.dawn.com/news/1' } },
 *   ],
 * };
 * const claim: ClaimReviewClaim = toClaimReview(groupClaims(set)[0], set, { url: 'https://factcheck.example/waziristan', author: { name: 'Example Checks' } })[0].itemReviewed;
 * [claim.author.name, claim.datePublished, claim.firstAppearance?.publisher?.name]
 * //=> ['The army', '2009-10-18', 'Dawn']
 * ```
 */
export interface ClaimReviewClaim {
  readonly '@type': 'Claim';
  readonly author: ClaimReviewOrganization;
  readonly datePublished?: string;
  readonly appearance?: ClaimReviewAppearance[];
  readonly firstAppearance?: ClaimReviewAppearance;
}

/**
 * The rating: how far the claim stands from the other sources' figures (see {@link toClaimReview}).
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'the TTP', side: 'ttp' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 68, high: 68, stated: 68, hedge: 'exact' } },
 *   ],
 * };
 * const rating: ClaimReviewRating = toClaimReview(groupClaims(set)[0], set, { url: 'https://factcheck.example/waziristan', author: { name: 'Example Checks' } })[0].reviewRating;
 * [rating.ratingValue, rating.worstRating, rating.bestRating, rating.alternateName]
 * //=> [1, 1, 5, 'Far apart from other sources']
 * ```
 */
export interface ClaimReviewRating {
  readonly '@type': 'Rating';
  readonly ratingValue?: number;
  readonly bestRating?: number;
  readonly worstRating?: number;
  readonly alternateName: string;
  readonly ratingExplanation: string;
}

/**
 * A schema.org ClaimReview, plain JSON data. To embed it in a page, write it with
 * `serializeJsonLd`, not `JSON.stringify`: a name from the data may hold `</script>`.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'the TTP', side: 'ttp' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 68, high: 68, stated: 68, hedge: 'exact' } },
 *   ],
 * };
 * const reviews: ClaimReview[] = toClaimReview(groupClaims(set)[0], set, { url: 'https://factcheck.example/waziristan', author: { name: 'Example Checks' } });
 * reviews.map((r) => [r['@type'], r.claimReviewed])
 * //=> [['ClaimReview', 'The army said 5 soldiers were killed'], ['ClaimReview', 'The TTP said 68 soldiers were killed']]
 * ```
 */
export interface ClaimReview {
  readonly '@context': 'https://schema.org';
  readonly '@type': 'ClaimReview';
  readonly url: string;
  readonly claimReviewed: string;
  readonly author: ClaimReviewOrganization;
  readonly datePublished?: string;
  readonly itemReviewed: ClaimReviewClaim;
  readonly reviewRating: ClaimReviewRating;
}

/**
 * Options for {@link toClaimReview}.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army' }, { id: 'dawn', name: 'Dawn' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', via: ['dawn'], event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' },
 *       statedAt: '2009-10-18', evidence: { document: 'https://www.dawn.com/news/1' } },
 *   ],
 * };
 * const options: ToClaimReviewOptions = { url: 'https://factcheck.example/waziristan', author: { name: 'Example Checks', url: 'https://factcheck.example' }, datePublished: '2009-10-20' };
 * const [review] = toClaimReview(groupClaims(set)[0], set, options);
 * [review.url, review.author, review.datePublished]
 * //=> ['https://factcheck.example/waziristan', { '@type': 'Organization', name: 'Example Checks', url: 'https://factcheck.example' }, '2009-10-20']
 * ```
 */
export interface ToClaimReviewOptions {
  /** The page that publishes the fact check (Google requires it). */
  readonly url: string;
  /** The organisation that publishes the fact check. */
  readonly author: { readonly name: string; readonly url?: string | undefined };
  /** When the fact check was published: an ISO 8601 date. */
  readonly datePublished?: string | undefined;
  /** The vocabulary for loaded labels and interests; the default if absent. */
  readonly vocabulary?: Vocabulary | undefined;
}
