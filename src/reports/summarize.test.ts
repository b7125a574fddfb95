import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import { parseClaimSet } from '../claims/parseClaimSet.js';
import type { ClaimSet } from '../claims/schemas.js';
import { groupClaims } from '../groups/groupClaims.js';
import { summarize } from './summarize.js';

function parse(input: unknown): ClaimSet {
  const parsed = parseClaimSet(input);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

const SOURCES = [
  { id: 'army', name: 'The army', side: 'state' },
  { id: 'ttp', name: 'the TTP', side: 'ttp' },
  { id: 'cnn', name: 'CNN', kind: 'media' },
  { id: 'bbc', name: 'BBC', kind: 'media' },
  { id: 'hrw', name: 'Human Rights Watch' },
  { id: 'res', name: 'Residents' },
  { id: 'doc', name: 'A hospital doctor' },
  { id: 'ministry', name: 'The interior ministry', side: 'state' },
];

interface Spec {
  id?: string;
  claimant: string;
  figure: string;
  subject?: string;
  outcome?: string;
  side?: string | null;
  term?: string;
  via?: string[];
  quote?: string;
  stance?: 'denies';
  statedAt?: string;
}

// A set with one event; claims about soldiers of side 'state' killed unless said otherwise.
function setOf(...specs: Spec[]): ClaimSet {
  return parse({
    sources: SOURCES,
    events: [{ id: 'day' }],
    claims: specs.map((s, i) => ({
      id: s.id ?? `c${i}`,
      claimant: s.claimant,
      event: 'day',
      figure: s.figure,
      measure: {
        outcome: s.outcome ?? 'killed',
        subject: s.subject ?? 'soldiers',
        ...(s.side === null ? {} : { side: s.side ?? 'state' }),
        ...(s.term === undefined ? {} : { term: s.term }),
      },
      ...(s.via === undefined ? {} : { via: s.via }),
      ...(s.quote === undefined ? {} : { evidence: { quote: s.quote } }),
      ...(s.stance === undefined ? {} : { stance: s.stance }),
      ...(s.statedAt === undefined ? {} : { statedAt: s.statedAt }),
    })),
  });
}

// The summary of the only group of a set.
function only(set: ClaimSet): string {
  const { groups } = analyze(set);
  expect(groups).toHaveLength(1);
  return summarize(groups[0]!, set);
}

describe('summarize', () => {
  it('writes the seed sentence for two sides, with the phone call only where the quote has it', () => {
    const set = setOf(
      { claimant: 'army', figure: 'five' },
      { claimant: 'ttp', figure: '68', subject: 'security forces', via: ['cnn'], quote: 'Azam Tariq told CNN by phone that 68 had died' },
    );
    expect(only(set)).toBe(
      "The army said five soldiers were killed; the TTP, speaking to CNN by phone, said 68 security forces were killed — 13.6 times as many. Each side's figure favours itself.",
    );
  });

  it('says "through" an outlet when the evidence does not mention a phone, and names a shared outlet once', () => {
    expect(only(setOf({ claimant: 'army', figure: '5' }, { claimant: 'ttp', figure: '68', via: ['cnn'] }))).toBe(
      "The army said 5 soldiers were killed; the TTP, through CNN, said 68 — 13.6 times as many. Each side's figure favours itself.",
    );
    expect(
      only(setOf({ claimant: 'army', figure: '5', via: ['cnn'] }, { claimant: 'ttp', figure: '68', via: ['cnn'] })),
    ).toBe(
      "According to CNN, the army said 5 soldiers were killed; the TTP said 68 — 13.6 times as many. Each side's figure favours itself.",
    );
    expect(only(setOf({ claimant: 'ttp', figure: '68', via: ['cnn', 'bbc'] }))).toBe(
      'According to CNN and BBC, the TTP said 68 soldiers were killed.',
    );
  });

  it('says compatible figures broadly agree, however different the numbers as stated', () => {
    expect(only(setOf({ claimant: 'army', figure: 'at least seven' }, { claimant: 'ttp', figure: 'nine' }))).toBe(
      "The army said at least seven soldiers were killed; the TTP said nine — the figures broadly agree. Each side's figure favours itself.",
    );
  });

  it('writes a denial as one and gives no ratio against zero', () => {
    const text = only(
      setOf(
        { claimant: 'army', figure: 'none', stance: 'denies', outcome: 'abducted' },
        { claimant: 'ttp', figure: 'at least 28', outcome: 'kidnapped' },
      ),
    );
    expect(text).toBe(
      "The army denied that any soldiers were abducted; the TTP said at least 28 soldiers were abducted. Each side's figure favours itself.",
    );
    expect(text).not.toMatch(/times/);
  });

  it('makes one a singular and zero "no"', () => {
    expect(only(setOf({ claimant: 'army', figure: 'one' }))).toBe('The army said one soldier was killed.');
    expect(only(setOf({ claimant: 'ttp', figure: 'nobody', subject: 'militants', side: 'ttp' }))).toBe(
      'The TTP said no militants were killed.',
    );
    expect(only(setOf({ claimant: 'res', figure: 'dozens', subject: 'civilians', side: null }))).toBe(
      'Residents said dozens of civilians were killed.',
    );
    expect(only(setOf({ claimant: 'res', figure: 'about 5,000', subject: 'protesters', outcome: 'attended', side: null }))).toBe(
      'Residents said about 5,000 protesters turned out.',
    );
  });

  it('quotes a loaded label in place of the subject and keeps the subject for the next claimant', () => {
    const text = only(
      setOf(
        { claimant: 'army', figure: '60', subject: 'terrorists', side: 'ttp' },
        { claimant: 'ttp', figure: 'only one', subject: 'Taliban fighters', side: 'ttp' },
      ),
    );
    expect(text).toBe(
      'The TTP said only one militant was killed; the army said 60 "terrorists" were killed — 60 times as many. Each side\'s figure favours itself.',
    );
  });

  it('names reversed and mixed patterns, and none without two sides', () => {
    expect(only(setOf({ claimant: 'army', figure: '68' }, { claimant: 'ttp', figure: '5' }))).toMatch(
      /against its own interest\.$/,
    );
    const mixed = only(
      setOf(
        { claimant: 'army', figure: '5' },
        { claimant: 'ministry', figure: '50' },
        { claimant: 'ttp', figure: '20' },
      ),
    );
    expect(mixed).toMatch(/do not divide along the sides' interests\.$/);
    expect(only(setOf({ claimant: 'army', figure: '5' }, { claimant: 'hrw', figure: '50' }))).toBe(
      'The army said 5 soldiers were killed; Human Rights Watch said 50 — 10 times as many.',
    );
  });

  it('lists up to four claimants from the lowest figure to the highest, then gives the range', () => {
    const three = only(
      setOf({ claimant: 'ttp', figure: '68' }, { claimant: 'hrw', figure: '20' }, { claimant: 'army', figure: '5' }),
    );
    expect(three).toBe(
      "The army said 5 soldiers were killed; Human Rights Watch said 20; the TTP said 68 — the highest 13.6 times the lowest. Each side's figure favours itself.",
    );
    const five = only(
      setOf(
        { claimant: 'ttp', figure: '68' },
        { claimant: 'hrw', figure: '20' },
        { claimant: 'army', figure: '5' },
        { claimant: 'res', figure: 'about 30' },
        { claimant: 'doc', figure: '25' },
      ),
    );
    expect(five).toBe(
      "5 sources gave figures for soldiers killed, from 5 (the army) to 68 (the TTP) — the highest 13.6 times the lowest. Each side's figure favours itself.",
    );
  });

  it('mentions the figure a revision replaced', () => {
    const set = setOf(
      { claimant: 'army', figure: '10', statedAt: '2009-10-17' },
      { claimant: 'army', figure: '13', statedAt: '2009-10-18' },
      { claimant: 'ttp', figure: '68' },
    );
    expect(only(set)).toBe(
      "The army said 13 soldiers were killed, revising an earlier 10 of 2009-10-17; the TTP said 68 — 5.2 times as many. Each side's figure favours itself.",
    );
  });

  it('names the latest replaced figure by the moment it was stated, not by the text of its date', () => {
    // 23:00 at UTC−5 is 04:00 UTC on the 19th: later than 01:00 UTC, though it sorts first as text.
    const set = setOf(
      { claimant: 'army', figure: '3', statedAt: '2009-10-18T23:00:00-05:00' },
      { claimant: 'army', figure: '4', statedAt: '2009-10-19T01:00:00Z' },
      { claimant: 'army', figure: '13', statedAt: '2009-10-20' },
      { claimant: 'ttp', figure: '68' },
    );
    expect(only(set)).toMatch(/^The army said 13 soldiers were killed, revising an earlier 3 of 2009-10-18T23:00:00-05:00;/);
  });

  it('says so when one claimant gives conflicting undated figures, and sums the parts of a mixed group', () => {
    expect(only(setOf({ claimant: 'army', figure: '5' }, { claimant: 'army', figure: '7' }))).toBe(
      'The army said conflicting figures of 5 and 7 soldiers were killed.',
    );
    expect(
      only(
        setOf(
          { claimant: 'army', figure: '5' },
          { claimant: 'army', figure: '2', subject: 'police' },
          { claimant: 'ttp', figure: '68', subject: 'security forces' },
        ),
      ),
    ).toBe(
      "The army said 2 police and 5 soldiers were killed; the TTP said 68 security forces were killed — 9.7 times as many. Each side's figure favours itself.",
    );
  });

  it('scores a plain group itself, with the same result as the scored group', () => {
    const set = setOf({ claimant: 'army', figure: '5' }, { claimant: 'ttp', figure: '68' });
    expect(summarize(groupClaims(set)[0]!, set)).toBe(only(set));
  });

  it('summarizes every group of the seed analyses in one or two sentences naming each claimant', () => {
    for (const file of ['000-south-waziristan-offensive', '001-north-waziristan-clashes', '002-south-waziristan-raid']) {
      const set = parse(JSON.parse(readFileSync(new URL(`../../examples/seeds/${file}.json`, import.meta.url), 'utf8')));
      const names = new Map(set.sources.map((s) => [s.id, s.name]));
      for (const group of analyze(set).groups) {
        const text = summarize(group, set);
        expect(text.split(/(?<=\.) (?=[A-Z])/).length).toBeLessThanOrEqual(2);
        // A name keeps its words; only its first letter follows its place in the sentence.
        for (const claimant of group.claimants) expect(text).toContain((names.get(claimant) as string).slice(1));
      }
    }
  });

  it('never throws, ends with a full stop and names the claimants of any group', () => {
    const figure = fc.constantFrom('5', 'one', 'at least 7', 'nearly 300', 'dozens', 'none', '10 to 20', 'more than 1,000');
    const spec = fc.record({
      claimant: fc.constantFrom('army', 'ttp', 'hrw', 'res', 'doc'),
      figure,
      subject: fc.constantFrom('soldiers', 'police', 'security forces', 'terrorists'),
      stance: fc.constantFrom<'denies' | undefined>(undefined, undefined, 'denies'),
      via: fc.constantFrom<string[] | undefined>(undefined, ['cnn'], ['cnn', 'bbc']),
      quote: fc.constantFrom<string | undefined>(undefined, 'told CNN by phone'),
      statedAt: fc.constantFrom<string | undefined>(undefined, '2009-10-17', '2009-10-18'),
    });
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 7 }), (specs) => {
        const set = setOf(
          ...specs.map(({ stance, via, quote, statedAt, ...rest }) => ({
            ...rest,
            ...(stance === undefined ? {} : { stance }),
            ...(via === undefined ? {} : { via }),
            ...(quote === undefined ? {} : { quote }),
            ...(statedAt === undefined ? {} : { statedAt }),
          })),
        );
        for (const group of analyze(set).groups) {
          const text = summarize(group, set);
          expect(text).toMatch(/\.$/);
          expect(text).not.toMatch(/undefined|NaN|Infinity/);
          const names = new Map(set.sources.map((s) => [s.id, s.name]));
          if (group.claimants.length <= 4) for (const c of group.claimants) expect(text.toLowerCase()).toContain(names.get(c)?.toLowerCase());
        }
      }),
    );
  });
});
