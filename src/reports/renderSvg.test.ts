import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import { parseClaimSet } from '../claims/parseClaimSet.js';
import type { ClaimSet } from '../claims/schemas.js';
import { groupClaims } from '../groups/groupClaims.js';
import { renderSvg } from './renderSvg.js';

const ELEMENTS = new Set(['svg', 'title', 'rect', 'text', 'g', 'line', 'polyline', 'circle']);

function parse(input: unknown): ClaimSet {
  const parsed = parseClaimSet(input);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

function setOf(names: readonly [string, string], figures: readonly [string, string], label = 'The first day'): ClaimSet {
  return parse({
    sources: [
      { id: 'army', name: names[0], side: 'state' },
      { id: 'ttp', name: names[1], side: 'ttp' },
    ],
    events: [{ id: 'day', label }],
    claims: [
      { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: figures[0] },
      { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: figures[1] },
    ],
  });
}

const count = (svg: string, pattern: RegExp): number => svg.match(pattern)?.length ?? 0;
const texts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');

describe('renderSvg', () => {
  it('draws one row per claim, an arrow per open-ended figure and a dot per stated number', () => {
    const set = setOf(['The army', 'The TTP'], ['at least 7', '9']);
    const svg = renderSvg(analyze(set), set);
    expect(count(svg, /class="row"/g)).toBe(2);
    expect(count(svg, /class="arrow"/g)).toBe(1);
    expect(count(svg, /class="stated"/g)).toBe(2);
    expect(texts(svg)).toEqual(expect.arrayContaining(['The army', 'The TTP', 'at least 7', '9', 'compatible']));
    expect(svg).not.toContain('NaN');
  });

  const ticksOf = (svg: string): string[] => texts(svg.replace(/[\s\S]*?<g class="axis">/, '').replace(/<\/g>[\s\S]*/, ''));
  const xOf = (svg: string, cls: string): number[] => [...svg.matchAll(new RegExp(`class="${cls}"[^>]*?(?:cx|points)="([\\d.]+)`, 'g'))].map((m) => Number(m[1]));

  // Issue 11: every axis started at 0, so crowd sizes were squeezed into the last third.
  it('runs the axis over the data, decade to decade, with 2 and 5 between for a short range', () => {
    expect(ticksOf(renderSvg(analyze(setOf(['A', 'B'], ['5', '68']))))).toEqual(['1', '2', '5', '10', '20', '50', '100']);
    expect(ticksOf(renderSvg(analyze(setOf(['A', 'B'], ['5', 'nearly 300']))))).toEqual(['1', '10', '100', '1k']);
    expect(ticksOf(renderSvg(analyze(setOf(['A', 'B'], ['50,000', '1 million']))))).toEqual(['10k', '20k', '50k', '100k', '200k', '500k', '1M']);
    expect(ticksOf(renderSvg(analyze(setOf(['A', 'B'], ['5', '5,000']))))).toEqual(['1', '10', '100', '1k', '10k']);
    // The two crowd figures span most of the plot, not its last third.
    const svg = renderSvg(analyze(setOf(['A', 'B'], ['50,000', '1 million'])), { width: 800 });
    const [low, high] = xOf(svg, 'stated').sort((a, b) => a - b) as [number, number];
    expect(high - low).toBeGreaterThan(200);
  });

  // Issue 11: "at least 8" was drawn to the chart's edge, the longest bar of all.
  it('draws an open-ended figure as a short open arrow, never as the longest bar', () => {
    const set = setOf(['A', 'B'], ['at least 8', '300']);
    const svg = renderSvg(analyze(set), set);
    const bars = [...svg.matchAll(/<line x1="([\d.]+)" y1="[\d.]+" x2="([\d.]+)"[^>]*stroke-width="6"/g)].map((m) => Number(m[2]) - Number(m[1]));
    expect(bars).toHaveLength(1);
    expect(bars[0]).toBeLessThanOrEqual(36);
    expect(svg).toMatch(/<polyline class="arrow"[^>]*fill="none"/);
  });

  it('marks a low of zero that is not a point at zero as clipped at the axis start', () => {
    const svg = renderSvg(analyze(setOf(['A', 'B'], ['up to 30', '300'])));
    expect(ticksOf(svg)[0]).toBe('10');
    expect(count(svg, /class="arrow"/g)).toBe(1);
  });

  it('draws only the disputed groups when asked', () => {
    const set = parse({
      ...setOf(['A', 'B'], ['5', '68']),
      claims: [...setOf(['A', 'B'], ['5', '68']).claims, { id: 'x', claimant: 'army', event: 'day', measure: { outcome: 'injured', subject: 'soldiers' }, figure: 12 }],
    });
    expect(count(renderSvg(analyze(set)), /class="row"/g)).toBe(3);
    expect(count(renderSvg(analyze(set), { disputedOnly: true }), /class="row"/g)).toBe(2);
    expect(texts(renderSvg(analyze(parse({ ...set, claims: set.claims.slice(2) })), { disputedOnly: true }))).toContain('No disputed figures to chart.');
  });

  it('places zero at the left of the plot and each tick further right, the count plus one on a log scale', () => {
    const set = setOf(['A', 'B'], ['none', '99']);
    const svg = renderSvg(analyze(set), set);
    const xs = [...svg.matchAll(/<text x="([\d.]+)"[^>]*text-anchor="middle" fill="#444">(0|1|10|100)</g)].map((m) => Number(m[1]));
    expect(xs).toHaveLength(4);
    // log10(1), log10(2), log10(11), log10(101) of the span log10(101): spacing as the +1 convention says.
    const [x0, x1, x10, x100] = xs as [number, number, number, number];
    expect((x1 - x0) / (x100 - x0)).toBeCloseTo(Math.log10(2) / Math.log10(101), 2);
    expect((x10 - x0) / (x100 - x0)).toBeCloseTo(Math.log10(11) / Math.log10(101), 2);
  });

  it('escapes hostile names and labels so that they stay text', () => {
    const set = setOf(['<script>alert(1)</script>', 'A & "B"'], ['5', '68'], '<img src=x onerror=alert(1)>');
    const svg = renderSvg(analyze(set), set);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('A &amp; &quot;B&quot;');
  });

  it('uses only its own elements and stays the same for the same input, whatever the names', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), fc.string(), (a, b, label) => {
        const set = setOf([a, b], ['5', 'dozens'], label);
        const svg = renderSvg(analyze(set), set);
        for (const [, tag] of svg.matchAll(/<\/?([A-Za-z][\w:-]*)/g)) expect(ELEMENTS).toContain(tag);
        expect(renderSvg(analyze(set), set)).toBe(svg);
      }),
      { numRuns: 50 },
    );
  });

  it('honours the width, colours each side with a legend, and names sides in code-unit order', () => {
    const set = setOf(['The army', 'The TTP'], ['5', '68']);
    const svg = renderSvg(analyze(set), set, { width: 500 });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="500" height="\d+" viewBox="0 0 500 \d+"/);
    expect(count(svg, /class="legend-item"/g)).toBe(2);
    expect(texts(svg)).toEqual(expect.arrayContaining(['state', 'ttp']));
    expect(svg.indexOf('>state<')).toBeLessThan(svg.indexOf('>ttp<'));
    expect(() => renderSvg(analyze(set), set, { width: Number.NaN })).toThrow(/^renderSvg: options.width/);
  });

  it('draws one group, a list of groups, or an analysis the same way', () => {
    const set = setOf(['The army', 'The TTP'], ['5', '68']);
    const [group] = groupClaims(set);
    expect(renderSvg(group!, set)).toBe(renderSvg(analyze(set), set));
    expect(renderSvg([group!], set)).toBe(renderSvg(analyze(set), set));
  });

  it('says so for an empty analysis and marks a group of one claimant as such', () => {
    const empty = renderSvg({ groups: [], findings: [] }, { sources: [], events: [] });
    expect(texts(empty)).toContain('No figures to chart.');
    expect(count(empty, /class="row"/g)).toBe(0);
    const set = parse({
      sources: [{ id: 'un', name: 'UNHCR' }],
      events: [{ id: 'e' }],
      claims: [{ id: 'c', claimant: 'un', event: 'e', measure: { outcome: 'displaced', subject: 'civilians' }, figure: 'tens of thousands' }],
    });
    const one = renderSvg(analyze(set), set);
    expect(texts(one)).toEqual(expect.arrayContaining(['UNHCR', 'tens of thousands', 'one source', 'no side']));
  });

  it('marks a denial as a hollow dot at zero and cuts long names with an ellipsis', () => {
    const long = 'The Inter-Services Public Relations directorate of the Pakistani armed forces';
    const set = setOf([long, 'The TTP'], ['none', '28']);
    const denial = parse({ ...set, claims: set.claims.map((c) => (c.id === 'a' ? { ...c, stance: 'denies' } : c)) });
    const svg = renderSvg(analyze(denial), denial);
    expect(count(svg, /class="denial" cx="([\d.]+)"/g)).toBe(1);
    expect(texts(svg)).toContain('denies');
    // Cut in the middle: the end of a name often tells it from another ("… (TTP)").
    const name = texts(svg).find((t) => t.startsWith('The Inter'));
    expect(name).toMatch(/^The Inter.*….*armed forces$/);
    expect(svg).toContain(`<title>${long}: denies soldiers killed</title>`);
  });

  it('names the subject once in a tooltip, in a mixed group too, and agrees it with the count', () => {
    const killed = (subject: string, term?: string) => ({ outcome: 'killed', subject, side: 'state', ...(term === undefined ? {} : { term }) });
    const set = parse({
      sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'The TTP', side: 'ttp' }],
      events: [{ id: 'day' }],
      claims: [
        { id: 's', claimant: 'army', event: 'day', measure: killed('soldiers'), figure: '5' },
        { id: 'p', claimant: 'army', event: 'day', measure: killed('police'), figure: 'one' },
        { id: 't', claimant: 'ttp', event: 'day', measure: killed('security-forces'), figure: 'dozens' },
      ],
    });
    const svg = renderSvg(analyze(set), set);
    const titles = [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]).slice(1);
    expect(titles).toEqual(['The army: one police officer killed', 'The army: 5 soldiers killed', 'The TTP: dozens of security forces killed']);
    // The row's own figure column still says which part of the measure it counts.
    expect(texts(svg)).toEqual(expect.arrayContaining(['5 soldiers', 'dozens']));
  });
});

describe('renderSvg without a set', () => {
  it('draws a group named by ids, as the contract\'s renderSvg(group, options?) asks', () => {
    const set = {
      sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'The TTP', side: 'ttp' }],
      events: [{ id: 'day' }],
      claims: [
        { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: 'five' },
        { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: '68' },
      ],
    };
    const { groups } = analyze(set);
    const svg = renderSvg(groups[0] as (typeof groups)[number], { width: 640 });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="640"')).toBe(true);
    expect(svg).toContain('>army<');
    expect(svg).toContain('>ttp<');
    expect(svg).not.toContain('The army');
  });
});
