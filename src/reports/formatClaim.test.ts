import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimSet } from '../claims/schemas.js';
import type { Figure } from '../figures/schemas.js';
import { formatFigure } from '../figures/formatFigure.js';
import { createVocabulary } from '../vocabulary/createVocabulary.js';
import { formatClaim } from './formatClaim.js';

const exact = (n: number): Figure => ({ low: n, high: n, stated: n, hedge: 'exact' });

const set: Pick<ClaimSet, 'sources' | 'events'> = {
  sources: [
    { id: 'army', name: 'Pakistani military', side: 'pakistan-state' },
    { id: 'ttp', name: 'Pakistani Taliban (TTP)', side: 'ttp' },
    { id: 'cnn', name: 'CNN' },
    { id: 'dawn', name: 'Dawn' },
  ],
  events: [
    { id: 'day', label: 'South Waziristan offensive', period: { start: '2009-10-17', end: '2009-10-18' } },
    { id: 'raid', label: 'Raid in South Waziristan', period: { start: '2021-09-15', end: '2021-09-15' } },
    { id: 'months' },
  ],
};

const claim = (fields: Partial<Claim>): Claim => ({
  id: 'c',
  claimant: 'army',
  event: 'day',
  measure: { outcome: 'killed', subject: 'soldiers', side: 'pakistan-state' },
  figure: exact(5),
  ...fields,
});

describe('formatClaim', () => {
  it('writes claimant, relays nearest first, figure, measure and event period', () => {
    expect(
      formatClaim(
        claim({
          claimant: 'ttp',
          via: ['cnn', 'dawn'],
          measure: { outcome: 'killed', subject: 'security-forces', side: 'pakistan-state', term: 'Pakistani security forces' },
          figure: exact(68),
        }),
        set,
      ),
    ).toBe('Pakistani Taliban (TTP) via CNN via Dawn: 68 security forces killed ("Pakistani security forces") — South Waziristan offensive, 2009-10-17 to 2009-10-18');
  });

  it('writes hedged figures with formatFigure and a one-day period as one date', () => {
    expect(formatClaim(claim({ event: 'raid', figure: { low: 7, high: null, stated: 7, hedge: 'at-least' } }), set)).toBe(
      'Pakistani military: at least 7 soldiers killed — Raid in South Waziristan, 2021-09-15',
    );
  });

  it('puts "of" after vague plurals but not after "several" or a number', () => {
    const vague = (low: number, high: number): Figure => ({ low, high, stated: null, hedge: 'vague' });
    expect(formatClaim(claim({ measure: { outcome: 'displaced', subject: 'civilians' }, figure: vague(20000, 99999) }), set)).toContain(
      ': tens of thousands of civilians displaced',
    );
    expect(formatClaim(claim({ figure: vague(2, 5) }), set)).toContain(': a few soldiers killed');
    expect(formatClaim(claim({ figure: vague(3, 9) }), set)).toContain(': several soldiers killed');
    expect(formatClaim(claim({ figure: vague(300, 900) }), set)).toContain(': several hundred soldiers killed');
    expect(formatClaim(claim({ figure: { low: 24, high: null, stated: null, hedge: 'at-least' } }), set)).toContain(': at least dozens of soldiers killed');
  });

  it('agrees the subject with a count of one, and writes an asserted zero as "no"', () => {
    const militants = { outcome: 'killed', subject: 'militants', side: 'ttp', term: 'terrorists' };
    expect(formatClaim(claim({ measure: militants, figure: exact(1) }), set)).toBe(
      'Pakistani military: 1 militant killed (loaded label "terrorists") — South Waziristan offensive, 2009-10-17 to 2009-10-18',
    );
    expect(formatClaim(claim({ measure: { outcome: 'killed', subject: 'police' }, figure: { low: 1, high: null, stated: 1, hedge: 'at-least' } }), set)).toContain(
      ': at least 1 police officer killed',
    );
    expect(formatClaim(claim({ stance: 'denies', figure: exact(1) }), set)).toContain(': DENIES 1 soldier killed');
    expect(formatClaim(claim({ figure: exact(0) }), set)).toContain(': no soldiers killed');
  });

  it('marks a loaded label as one, and keeps an ordinary term and the outcome word as said', () => {
    const loaded = formatClaim(claim({ measure: { outcome: 'killed', subject: 'militants', side: 'ttp', term: 'terrorists' }, figure: exact(60) }), set);
    expect(loaded).toContain('60 militants killed (loaded label "terrorists")');
    const plain = formatClaim(
      claim({ measure: { outcome: 'injured', subject: 'soldiers', term: 'Pakistani soldiers', outcomeTerm: 'wounded' }, figure: exact(12) }),
      set,
    );
    expect(plain).toContain('12 soldiers injured ("Pakistani soldiers", "wounded")');
    expect(plain).not.toContain('loaded');
  });

  it('asks the vocabulary it is given which labels are loaded', () => {
    const vocabulary = createVocabulary({ subjects: [{ id: 'militants', broader: 'people', aliases: ['khwarij'], loaded: ['khwarij'] }] });
    const line = formatClaim(claim({ measure: { outcome: 'killed', subject: 'militants', term: 'khwarij' } }), set, { vocabulary });
    expect(line).toContain('(loaded label "khwarij")');
    expect(formatClaim(claim({ measure: { outcome: 'killed', subject: 'militants', term: 'khwarij' } }), set)).toContain('("khwarij")');
  });

  it('marks a denial: "DENIES any" for the zero a denial stands for, the figure otherwise', () => {
    const measure = { outcome: 'abducted', subject: 'soldiers', outcomeTerm: 'kidnapped' };
    expect(formatClaim(claim({ event: 'months', stance: 'denies', measure, figure: exact(0) }), set)).toBe(
      'Pakistani military: DENIES any soldiers abducted ("kidnapped") — months',
    );
    expect(formatClaim(claim({ stance: 'denies', measure, figure: { low: 28, high: null, stated: 28, hedge: 'at-least' } }), set)).toContain(
      ': DENIES at least 28 soldiers abducted',
    );
  });

  it('adds the statement date when the claim has one', () => {
    expect(formatClaim(claim({ statedAt: '2009-10-18' }), set)).toMatch(/ \[stated 2009-10-18\]$/);
  });

  it('falls back to ids for sources and events the set does not have', () => {
    expect(formatClaim(claim({ claimant: 'reports', via: ['wire'], event: 'lost' }), set)).toBe('reports via wire: 5 soldiers killed — lost');
  });

  it('treats ids like __proto__ as ordinary ids', () => {
    const odd = { sources: [{ id: '__proto__', name: 'Odd source' }], events: [{ id: 'constructor', label: 'Odd event' }] };
    expect(formatClaim(claim({ claimant: '__proto__', event: 'constructor' }), odd)).toBe('Odd source: 5 soldiers killed — Odd event');
  });

  it('property: the result is one line, whatever the names, labels and terms contain', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r\n', '\u2028', '\u2029', '\t', '"', '-') , minLength: 1 });
    fc.assert(
      fc.property(text, text, text, text, fc.boolean(), (name, label, term, outcomeTerm, denies) => {
        const line = formatClaim(
          claim({
            claimant: name,
            via: [name],
            event: label,
            measure: { outcome: outcomeTerm, subject: term, term, outcomeTerm },
            ...(denies ? { stance: 'denies' as const } : {}),
          }),
          { sources: [{ id: name, name }], events: [{ id: label, label }] },
        );
        expect(line).not.toMatch(/[\n\r\u2028\u2029\t]/);
      }),
    );
  });

  it('property: the line opens with the claimant and the figure as formatFigure writes it ("no" for zero), or DENIES', () => {
    const figure = fc
      .tuple(fc.nat({ max: 100000 }), fc.option(fc.nat({ max: 100000 })), fc.constantFrom('exact', 'at-least', 'about', 'range', 'vague'))
      .map(([a, b, hedge]): Figure => {
        const high = b === null ? null : a + b;
        return { low: a, high, stated: hedge === 'range' || hedge === 'vague' ? null : a, hedge: high === null && hedge === 'exact' ? 'at-least' : hedge };
      });
    fc.assert(
      fc.property(figure, fc.boolean(), (f, denies) => {
        const line = formatClaim(claim({ figure: f, ...(denies ? { stance: 'denies' as const } : {}) }), set);
        const zero = f.low === 0 && f.high === 0;
        const expected = denies ? (zero ? 'DENIES any' : `DENIES ${formatFigure(f)}`) : zero ? 'no' : formatFigure(f);
        expect(line.startsWith(`Pakistani military: ${expected} `)).toBe(true);
        expect(line).toMatch(f.stated === 1 || (f.low === 1 && f.high === 1) ? / soldier killed — / : / soldiers killed — /);
      }),
    );
  });
});
