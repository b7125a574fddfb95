import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import { parseClaimSet } from '../claims/parseClaimSet.js';
import type { ClaimSet } from '../claims/schemas.js';
import type { Figure } from '../figures/schemas.js';
import { groupClaims } from '../groups/groupClaims.js';
import { compareFigures } from '../scores/compareFigures.js';
import { toClaimReview } from './toClaimReview.js';
import type { ClaimReview } from './types.js';

function parse(input: unknown): ClaimSet {
  const parsed = parseClaimSet(input);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

const OPTIONS = { url: 'https://factcheck.example/waziristan', author: { name: 'Example Checks', url: 'https://factcheck.example' }, datePublished: '2009-10-20' };
const measure = { outcome: 'killed', subject: 'soldiers', side: 'state' };

function setOf(figures: readonly string[], names: readonly string[] = ['The army', 'The TTP', 'HRW']): ClaimSet {
  const ids = ['army', 'ttp', 'hrw'];
  return parse({
    sources: [...ids.map((id, i) => ({ id, name: names[i], ...(i < 2 ? { side: i === 0 ? 'state' : id } : {}) })), { id: 'cnn', name: 'CNN' }],
    events: [{ id: 'day' }],
    claims: figures.map((figure, i) => ({
      id: `c${i}`,
      claimant: ids[i],
      event: 'day',
      measure,
      figure,
      ...(i === 1 ? { via: ['cnn'], statedAt: '2009-10-18', evidence: { document: '000_994e245b740ac2d6.txt' } } : {}),
    })),
  });
}

const reviews = (set: ClaimSet, options = OPTIONS): ClaimReview[] => toClaimReview(analyze(set).groups[0]!, set, options);

// What Google's ClaimReview documentation lists as required and recommended.
function expectGoogleFields(review: ClaimReview): void {
  expect(review['@context']).toBe('https://schema.org');
  expect(review['@type']).toBe('ClaimReview');
  expect(review.url).toMatch(/^https:\/\//);
  expect(typeof review.claimReviewed).toBe('string');
  expect(review.claimReviewed.length).toBeGreaterThan(0);
  expect(review.claimReviewed.length).toBeLessThanOrEqual(75);
  expect(review.reviewRating['@type']).toBe('Rating');
  expect(review.reviewRating.alternateName.length).toBeGreaterThan(0);
  expect(review.author).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
  expect(review.itemReviewed['@type']).toBe('Claim');
  expect(review.itemReviewed.author).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
  if (review.reviewRating.ratingValue !== undefined) {
    const { ratingValue, bestRating, worstRating } = review.reviewRating;
    expect(worstRating).toBe(1);
    expect(bestRating).toBe(5);
    expect(ratingValue).toBeGreaterThanOrEqual(1);
    expect(ratingValue).toBeLessThanOrEqual(5);
  }
}

describe('toClaimReview', () => {
  it('gives one review per current claim, with the fields Google requires and recommends', () => {
    const set = setOf(['five', '68']);
    const [army, ttp] = reviews(set);
    for (const r of [army!, ttp!]) expectGoogleFields(r);
    expect(ttp).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: OPTIONS.url,
      claimReviewed: 'The TTP said 68 soldiers were killed',
      author: { '@type': 'Organization', name: 'Example Checks', url: 'https://factcheck.example' },
      datePublished: '2009-10-20',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'The TTP' },
        datePublished: '2009-10-18',
        appearance: [{ '@type': 'CreativeWork', name: '000_994e245b740ac2d6.txt', publisher: { '@type': 'Organization', name: 'CNN' } }],
        firstAppearance: { '@type': 'CreativeWork', name: '000_994e245b740ac2d6.txt', publisher: { '@type': 'Organization', name: 'CNN' } },
      },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'Far apart from other sources',
        ratingExplanation:
          "It is at least 11.5 times apart from the army's five, even reading every hedge in the claimants' favour. The army said five soldiers were killed; the TTP, through CNN, said 68 — 13.6 times as many. Each side's figure favours itself.",
      },
    });
    expect(army!.itemReviewed).toEqual({ '@type': 'Claim', author: { '@type': 'Organization', name: 'The army' } });
  });

  it('rates by the largest factor to another claimant on the documented scale', () => {
    const rating = (figures: string[]) =>
      reviews(setOf(figures))
        .sort((a, b) => (a.itemReviewed.author.name < b.itemReviewed.author.name ? -1 : 1))
        .map((r) => [r.reviewRating.ratingValue, r.reviewRating.alternateName]);
    expect(rating(['at least 7', '9'])).toEqual([
      [5, 'Consistent with other sources'],
      [5, 'Consistent with other sources'],
    ]);
    // 12 against 9: factor 13/10 = 1.3; 20 against 9: 2.1; 50 against 9: 5.1.
    expect(rating(['9', '12'])[0]).toEqual([4, 'Slightly apart from other sources']);
    expect(rating(['9', '20'])[0]).toEqual([3, 'Disputed by other sources']);
    expect(rating(['9', '50'])[0]).toEqual([2, 'Strongly disputed by other sources']);
    // With three claimants each claim is rated against the one furthest from it: HRW (68) and
    // the army (5) are 11.5 apart; the TTP's 9 is 6.9 from HRW's 68. In name order: HRW, The TTP, The army.
    expect(rating(['5', '9', '68'])).toEqual([
      [1, 'Far apart from other sources'],
      [2, 'Strongly disputed by other sources'],
      [1, 'Far apart from other sources'],
    ]);
  });

  it("rates a mixed group as scoreGroup reads it: a claimant's narrower figures stand as their sum", () => {
    const killed = (subject: string) => ({ outcome: 'killed', subject, side: 'state' });
    const set = parse({
      sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'The TTP', side: 'ttp' }],
      events: [{ id: 'day' }],
      claims: [
        { id: 's', claimant: 'army', event: 'day', measure: killed('soldiers'), figure: '5' },
        { id: 'p', claimant: 'army', event: 'day', measure: killed('police'), figure: '2' },
        { id: 't', claimant: 'ttp', event: 'day', measure: killed('security-forces'), figure: '68' },
      ],
    });
    const group = analyze(set).groups[0]!;
    expect(group.mixedSubjects).toBe(true);
    // The army stands as 5 + 2 = 7 against 68: (68 + 1) / (7 + 1) = 8.625, not 69 / 3 = 23 for "2 police" alone.
    const byClaim = new Map(toClaimReview(group, set, OPTIONS).map((r, i) => [group.claims[i]!.id, r.reviewRating]));
    for (const id of ['s', 'p', 't']) expect(byClaim.get(id)).toMatchObject({ ratingValue: 2, alternateName: 'Strongly disputed by other sources' });
    expect(byClaim.get('p')!.ratingExplanation).toMatch(/^It is at least 8\.6 times apart from the TTP's 68,/);
    expect(byClaim.get('t')!.ratingExplanation).toMatch(/^It is at least 8\.6 times apart from the army's 2 police and 5 soldiers,/);
  });

  it('property: each claim is rated by its largest factor to any other claimant, as a pairwise comparison finds it', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const figure = fc
      .tuple(fc.nat({ max: 300 }), fc.option(fc.nat({ max: 300 })), fc.boolean())
      .map(([low, extra, denies]) => ({ figure: { low, high: extra === null ? null : low + extra, stated: null, hedge: 'range' } as Figure, denies }));
    const claims = fc.array(fc.tuple(fc.constantFrom(...ids), figure), { minLength: 1, maxLength: 8 });
    const SCALE = [1.0000001, 1.5, 3, 10, Number.POSITIVE_INFINITY];
    fc.assert(
      fc.property(claims, (list) => {
        const set: ClaimSet = {
          sources: ids.map((id) => ({ id, name: id.toUpperCase() })),
          events: [{ id: 'day' }],
          claims: list.map(([claimant, { figure: f, denies }], i) => ({
            id: `c${i}`,
            claimant,
            event: 'day',
            measure: { outcome: 'killed', subject: 'soldiers' },
            figure: f,
            ...(denies ? { stance: 'denies' as const } : {}),
          })),
        };
        for (const group of groupClaims(set)) {
          const effective = (c: (typeof group.claims)[number]): Figure => (c.stance === 'denies' ? { low: 0, high: 0, stated: 0, hedge: 'exact' } : c.figure);
          toClaimReview(group, set, OPTIONS).forEach((review, i) => {
            const claim = group.claims[i]!;
            const others = group.claims.filter((o) => o.claimant !== claim.claimant);
            const factor = Math.max(...others.map((o) => compareFigures(effective(claim), effective(o)).factor));
            const { ratingValue } = review.reviewRating;
            if (others.length === 0) expect(ratingValue).toBeUndefined();
            else expect(ratingValue).toBe(5 - SCALE.findIndex((below) => factor < below));
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('marks a claim no one contests as such, without a rating value', () => {
    const [only] = reviews(setOf(['five']));
    expectGoogleFields(only!);
    expect(only!.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Uncontested',
      ratingExplanation: 'No other source gives a figure. The army said five soldiers were killed.',
    });
  });

  it('words a denial and rates the assertion it stands against', () => {
    const set = setOf(['none', '12']);
    const denial = parse({ ...set, claims: set.claims.map((c) => (c.id === 'c0' ? { ...c, stance: 'denies' } : c)) });
    const [army, ttp] = reviews(denial);
    expect(army!.claimReviewed).toBe('The army denied that any soldiers were killed');
    expect(ttp!.reviewRating.ratingValue).toBe(1);
    expect(ttp!.reviewRating.ratingExplanation).toMatch(/^It is at least 13 times apart from the army's denial/);
  });

  // Issue 11: a name written as it stands inside a sentence ("the army") opened claimReviewed in lower case.
  it('opens claimReviewed with a capital whatever the case of the name', () => {
    const [army] = reviews(setOf(['five', '68'], ['the army', 'the TTP', 'HRW']));
    expect(army!.claimReviewed).toBe('The army said five soldiers were killed');
    const denial = setOf(['none', '12'], ['the army', 'the TTP', 'HRW']);
    const [denied] = reviews(parse({ ...denial, claims: denial.claims.map((c) => (c.id === 'c0' ? { ...c, stance: 'denies' } : c)) }));
    expect(denied!.claimReviewed).toBe('The army denied that any soldiers were killed');
  });

  it('cuts claimReviewed on a word boundary with an ellipsis, never past 75 characters', () => {
    const long = 'The Inter-Services Public Relations directorate of the Pakistani armed forces';
    const [army] = reviews(setOf(['five', '68'], [long, 'The TTP', 'HRW']));
    expect(army!.claimReviewed).toBe('The Inter-Services Public Relations directorate of the Pakistani armed…');
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), (name) => {
        for (const r of reviews(setOf(['five', 'at least 68'], [name, 'The TTP', 'HRW']))) {
          expectGoogleFields(r);
          const words = r.claimReviewed.endsWith('…') ? r.claimReviewed.slice(0, -1) : r.claimReviewed;
          expect(words).not.toMatch(/\s$/);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('cuts claimReviewed between graphemes, never inside an emoji or between a letter and its accent', () => {
    // Cut by UTF-16 units, these names left half an emoji: a lone surrogate no UTF-8 page can carry.
    const [emoji] = reviews(setOf(['five', '68'], [`a${'😀'.repeat(60)}`, 'The TTP', 'HRW']));
    expect(emoji!.claimReviewed).toBe(`A${'😀'.repeat(36)}…`);
    const [accented] = reviews(setOf(['five', '68'], [`a${'e\u0301'.repeat(60)}`, 'The TTP', 'HRW']));
    expect(accented!.claimReviewed).toBe(`A${'e\u0301'.repeat(36)}…`);
    const unit = fc.constantFrom<string>('😀', '👩‍👩‍👧', 'e\u0301', '🇵🇰', 'a', ' ', 'Ω');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 30, maxLength: 120 }), (parts) => {
        const name = parts.join('');
        for (const r of reviews(setOf(['five', 'at least 68'], [name, 'The TTP', 'HRW']))) {
          expectGoogleFields(r);
          const kept = r.claimReviewed.endsWith('…') ? r.claimReviewed.slice(0, -1) : r.claimReviewed;
          const whole = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(kept)].map((g) => g.segment);
          // Every grapheme kept is one of the name's units (the first may be capitalised) or of the words around it, whole.
          for (const g of whole) expect(g.length === 1 || parts.includes(g) || parts.includes(g.toLowerCase()), JSON.stringify(g)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('uses a document address as the appearance url and keeps JSON-LD plain data', () => {
    const set = setOf(['five', '68']);
    const withUrl = parse({
      ...set,
      claims: set.claims.map((c) => (c.id === 'c1' ? { ...c, evidence: { document: 'https://edition.example/2009/10/18' } } : c)),
    });
    const [, ttp] = reviews(withUrl);
    expect(ttp!.itemReviewed.firstAppearance).toEqual({
      '@type': 'CreativeWork',
      url: 'https://edition.example/2009/10/18',
      publisher: { '@type': 'Organization', name: 'CNN' },
    });
    expect(JSON.parse(JSON.stringify(ttp))).toEqual(ttp);
  });

  it('requires the page address and the publishing organisation', () => {
    const set = setOf(['five', '68']);
    const group = analyze(set).groups[0]!;
    expect(() => toClaimReview(group, set, { ...OPTIONS, url: ' ' })).toThrow(/^toClaimReview: options.url/);
    expect(() => toClaimReview(group, set, { ...OPTIONS, author: { name: '' } })).toThrow(/^toClaimReview: options.author.name/);
  });
});
