// The seed articles as data (examples/seeds/): they validate, every figure points back at the
// article's words, and the disputes the contract names come out of them.
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { analyze, parseClaimSet, parseFigure, type Claim, type ClaimSet } from '../src/index.js';
import { sharedFolder } from '../examples/lib/sharedData.js';

const folder = new URL('../examples/seeds/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
const raw = new Map(files.map((file) => [file, JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as unknown]));

function seed(prefix: string): ClaimSet {
  const file = files.find((name) => name.startsWith(`${prefix}-`));
  const result = parseClaimSet(raw.get(file ?? ''));
  if (!result.success) throw new Error(`seed ${prefix}: ${result.success ? '' : result.error.message}`);
  return result.data;
}

function claim(set: ClaimSet, id: string): Claim {
  const found = set.claims.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no claim ${id}`);
  return found;
}

// The articles live beside the repository (../shared/seeds), not in it; COUNTERCLAIM_SHARED may point elsewhere.
const found = sharedFolder('seeds');
const haveArticles = found !== undefined;
const articles = found ?? new URL('file:///nowhere/');
if (!haveArticles) console.warn('tests/seeds: the seed articles were not found beside the repository; evidence offsets are not checked');

describe('seed files', () => {
  it('are the three articles, 000 to 002', () => {
    expect(files.map((name) => name.slice(0, 4))).toEqual(['000-', '001-', '002-']);
  });

  it.each(files)('%s validates and is already canonical (nothing left to normalise)', (file) => {
    const result = parseClaimSet(raw.get(file));
    expect(result.success ? '' : result.error.message).toBe('');
    expect(result.success && isDeepStrictEqual(result.data, raw.get(file))).toBe(true);
  });

  it('concatenate into one valid set: shared source ids mean the same source, other ids are unique', () => {
    const sets = ['000', '001', '002'].map(seed);
    const sources = new Map<string, unknown>();
    for (const source of sets.flatMap((s) => s.sources)) {
      const seen = sources.get(source.id);
      if (seen !== undefined) expect(source).toEqual(seen);
      sources.set(source.id, source);
    }
    const merged = {
      sources: [...sources.values()],
      events: sets.flatMap((s) => s.events),
      claims: sets.flatMap((s) => s.claims),
    };
    const result = parseClaimSet(merged);
    expect(result.success ? '' : result.error.message).toBe('');
  });
});

describe('evidence', () => {
  const all = files.flatMap((file) => {
    const data = raw.get(file) as ClaimSet;
    return data.claims.map((c) => ({ file, claim: c }));
  });

  it.each(all.map(({ file, claim: c }) => [file, c.id, c] as const))('%s %s: the figure text is in its quote and reads back as its figure', (_file, _id, c) => {
    const { evidence, figure } = c;
    expect(evidence?.document).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
    expect(figure.text).toBeDefined();
    expect(evidence?.quote).toContain(figure.text);
    // Words that say "none" ("dismissed reports", "all fighters escaped") are no quantity phrase.
    const parsed = parseFigure(figure.text ?? '');
    if (parsed === null) expect([figure.low, figure.high]).toEqual([0, 0]);
    else expect(parsed).toEqual(figure);
  });

  it.runIf(haveArticles).each(all.map(({ file, claim: c }) => [file, c.id, c] as const))(
    '%s %s: start/end slice the article back to the figure text, inside the quote',
    (_file, _id, c) => {
      const { document = '', quote = '', start = -1, end = -1 } = c.evidence ?? {};
      const text = readFileSync(new URL(document, articles), 'utf8');
      expect(text.slice(start, end)).toBe(c.figure.text);
      const at = text.indexOf(quote);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(text.indexOf(quote, at + 1)).toBe(-1);
      expect(start).toBeGreaterThanOrEqual(at);
      expect(end).toBeLessThanOrEqual(at + quote.length);
    },
  );

  it('a claim is never stated before its event began', () => {
    for (const set of ['000', '001', '002'].map(seed)) {
      for (const c of set.claims) {
        const start = set.events.find((e) => e.id === c.event)?.period?.start;
        if (c.statedAt !== undefined && start !== undefined) expect(c.statedAt >= start, c.id).toBe(true);
      }
    }
  });

  it('dates fall on the weekdays the articles name', () => {
    const weekday = (iso: string): string =>
      new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
    const named: [string, string, string][] = [
      ['000', 'sw-offensive-2009-day-1', 'Saturday'], // "launched Saturday morning"
      ['000', 'mohmand-gunfight-2009-10-17', 'Saturday'],
      ['000', 'peshawar-bombing-2009-10-16', 'Friday'],
      ['001', 'nw-clashes-2007-10-07', 'Sunday'],
      ['001', 'mir-ali-convoy-ambushes-2007-10-06', 'Saturday'],
      ['001', 'spin-wam-kidnapping-2007-10-06', 'Saturday'],
      ['001', 'sw-hostage-killing-2007-10-04', 'Thursday'],
    ];
    for (const [prefix, id, day] of named) {
      const period = seed(prefix).events.find((e) => e.id === id)?.period;
      expect(period && [weekday(period.start), weekday(period.end)], id).toEqual([day, day]);
    }
    expect(weekday(claim(seed('000'), '000-military-militants-killed-24h').statedAt ?? '')).toBe('Sunday'); // "said Sunday"
    expect(weekday(claim(seed('002'), '002-military-soldiers-killed').statedAt ?? '')).toBe('Wednesday'); // "on Wednesday said"
  });

  it('sides follow one rule in every file: state forces pakistan-state, civilians none, militants the TTP or unnamed', () => {
    for (const c of ['000', '001', '002'].flatMap((p) => seed(p).claims)) {
      const { subject, side } = c.measure;
      if (['soldiers', 'security-forces', 'paramilitary', 'police'].includes(subject)) expect(side, c.id).toBe('pakistan-state');
      else if (subject === 'militants') expect([undefined, 'ttp'], c.id).toContain(side);
      else expect(side, c.id).toBeUndefined();
    }
  });
});

describe('seed 000: South Waziristan offensive (CNN, Sunday 18 October 2009)', () => {
  const set = seed('000');

  it('army 5 soldiers against the TTP 68 security forces, for the same 24 hours, both relayed by CNN', () => {
    const army = claim(set, '000-military-soldiers-killed-24h');
    const ttp = claim(set, '000-ttp-security-forces-killed-24h');
    expect([army.claimant, army.figure.low, army.figure.high, army.measure.subject]).toEqual(['pakistan-military', 5, 5, 'soldiers']);
    expect([ttp.claimant, ttp.figure.low, ttp.figure.high, ttp.measure.subject]).toEqual(['ttp', 68, 68, 'security-forces']);
    expect(ttp.event).toBe(army.event);
    expect(ttp.via).toEqual(['cnn']);
  });

  it('the army\'s 60 "terrorists" stand against the TTP\'s "only one" fighter, the label kept', () => {
    const army = claim(set, '000-military-militants-killed-24h');
    expect([army.figure.low, army.measure.term, army.measure.side]).toEqual([60, 'terrorists', 'ttp']);
    expect(claim(set, '000-ttp-militants-killed-24h').figure).toMatchObject({ low: 1, high: 1, hedge: 'exact', text: 'only one' });
  });

  it('the day and the first day are parts of the offensive; Mohmand and Peshawar are other events', () => {
    const parent = (id: string): string | undefined => set.events.find((e) => e.id === id)?.partOf;
    expect(parent('sw-offensive-2009-last-24h')).toBe('sw-offensive-2009');
    expect(parent('sw-offensive-2009-day-1')).toBe('sw-offensive-2009');
    expect(parent('mohmand-gunfight-2009-10-17')).toBeUndefined();
    expect(parent('peshawar-bombing-2009-10-16')).toBeUndefined();
  });

  it('scores as the contract says: factor 69/6 = 11.5, self-serving', () => {
    const group = analyze(set).groups.find((g) => g.event === 'sw-offensive-2009-last-24h' && g.measure.outcome === 'killed' && g.measure.side === 'pakistan-state');
    expect(group?.claimants).toEqual(['pakistan-military', 'ttp']);
    expect(group?.divergence.factor).toBe(11.5);
    expect(group?.divergence.score).toBeCloseTo(0.913, 3);
    expect(group?.divergence.pattern).toBe('self-serving');
  });
});

describe('seed 001: North Waziristan clashes (Sunday 7 October 2007)', () => {
  const set = seed('001');

  it('the army denies the kidnapping (zero) that reports put at "at least 28", in the same event and measure', () => {
    const denial = claim(set, '001-military-denies-soldiers-abducted');
    const reports = claim(set, '001-reports-soldiers-abducted');
    expect(denial.stance).toBe('denies');
    expect(denial.figure).toMatchObject({ low: 0, high: 0, hedge: 'exact' });
    expect(reports.figure).toMatchObject({ low: 28, high: null, hedge: 'at-least' });
    expect([reports.event, reports.measure]).toEqual([denial.event, denial.measure]);
    expect(analyze(set).findings.filter((f) => f.kind === 'denied').map((f) => f.claims)).toEqual([[denial.id, reports.id]]);
  });

  it('the two clashes the article tells apart are parts of the day, and fit inside the lead\'s totals', () => {
    const day = 'nw-clashes-2007-10-07';
    const parts = set.events.filter((e) => e.partOf === day).map((e) => e.id);
    expect(parts.sort()).toEqual(['hassukhel-ambush-2007-10-07', 'mir-ali-clash-2007-10-07']);
    const onParts = set.claims.filter((c) => parts.includes(c.event));
    expect(new Set(onParts.map((c) => c.claimant))).toEqual(new Set(['pakistan-military']));
    // The contract's consistency example, across claimants (checkClaims compares one claimant's own figures).
    for (const subject of ['militants', 'soldiers']) {
      const lead = set.claims.find((c) => c.event === day && c.measure.outcome === 'killed' && c.measure.subject === subject);
      const sum = onParts.filter((c) => c.measure.outcome === 'killed' && c.measure.subject === subject).reduce((n, c) => n + c.figure.low, 0);
      expect(lead?.figure.high ?? 0, subject).toBeGreaterThanOrEqual(sum);
      expect(sum, subject).toBeGreaterThan(0);
    }
  });

  it('the unattributed lead is the outlet\'s own claim; the army\'s figures are relayed by it', () => {
    expect(claim(set, '001-outlet-militants-killed')).toMatchObject({ claimant: 'outlet-001', figure: { low: 60, high: 60 } });
    expect(claim(set, '001-outlet-militants-killed').via).toBeUndefined();
    expect(claim(set, '001-military-militants-killed-mir-ali')).toMatchObject({ via: ['outlet-001'], figure: { low: 31, high: null, stated: 30 } });
  });
});

describe('seed 002: South Waziristan raid (Wednesday 15 September 2021)', () => {
  const set = seed('002');
  const groups = analyze(set).groups;
  const group = (subject: string) => groups.find((g) => g.measure.outcome === 'killed' && g.measure.subject === subject);

  it('soldiers killed: the army\'s "at least seven" and the TTP\'s nine are compatible, 10/8 apart as stated', () => {
    expect(claim(set, '002-military-soldiers-killed').figure).toMatchObject({ low: 7, high: null, hedge: 'at-least' });
    expect(claim(set, '002-ttp-soldiers-killed').figure).toMatchObject({ low: 9, high: 9 });
    expect(group('soldiers')?.divergence).toMatchObject({ compatible: true, factor: 1, statedFactor: 1.25 });
  });

  it('militants killed: "at least five" against the TTP\'s zero (all escaped), factor 6', () => {
    expect(claim(set, '002-ttp-militants-killed').figure).toMatchObject({ low: 0, high: 0, stated: 0, hedge: 'exact' });
    expect(claim(set, '002-ttp-militants-killed').stance).toBeUndefined();
    expect(group('militants')?.divergence.factor).toBe(6);
  });

  it('last week\'s suicide attack toll is the outlet\'s, not the TTP\'s (it claimed responsibility, not a figure)', () => {
    const toll = set.claims.filter((c) => c.event === 'ttp-suicide-attack-2021-09');
    expect(toll.map((c) => [c.claimant, c.measure.outcome, c.figure.low])).toEqual([
      ['outlet-002', 'killed', 3],
      ['outlet-002', 'injured', 20],
    ]);
  });
});
