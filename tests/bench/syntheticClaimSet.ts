import type { Claim, ClaimSet, Event, Figure, Source } from '../../src/index.js';

/** A small, fast, seeded generator (mulberry32): the same seed gives the same sets on any machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ['North', 'South', 'East', 'West', 'Central'];

/** Options for {@link syntheticClaimSet}. */
export interface SyntheticOptions {
  /** Number of claims wanted (the result has this many, give or take one event's worth). */
  readonly claims: number;
  readonly seed?: number;
  /** Number of documents that each report an event with their own event record (1 = one shared record). */
  readonly documentsPerEvent?: number;
}

/**
 * Realistic synthetic claim sets for benchmarks: about ten claims per event; per event two warring
 * sides plus neutral sources; hedges in news-like shares (half exact, the rest at-least, about,
 * ranges, nearly, vague); 10 % of figures revised later; 15 % carried again by a second outlet;
 * 2 % denials. Places run country → region → district, periods are a day or two.
 */
export function syntheticClaimSet(options: SyntheticOptions): ClaimSet {
  const random = seededRandom(options.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (max: number): number => Math.floor(random() * max);
  const documentsPerEvent = options.documentsPerEvent ?? 1;

  const conflicts = 40;
  const sources: Source[] = [];
  for (let k = 0; k < conflicts; k++) {
    sources.push({ id: `state-${k}`, name: `State forces ${k}`, kind: 'military', side: `state-${k}` });
    sources.push({ id: `rebels-${k}`, name: `Rebel group ${k}`, kind: 'armed-group', side: `rebels-${k}` });
  }
  const outlets: string[] = [];
  for (let k = 0; k < 200; k++) {
    outlets.push(`outlet-${k}`);
    sources.push({ id: `outlet-${k}`, name: `Outlet ${k}`, kind: 'media' });
  }
  const ngos: string[] = [];
  for (let k = 0; k < 100; k++) {
    ngos.push(`ngo-${k}`);
    sources.push({ id: `ngo-${k}`, name: `NGO ${k}`, kind: 'ngo' });
  }

  const figureFor = (truth: number): Figure => {
    const n = Math.max(0, Math.round(truth * Math.exp((random() - 0.5) * 1.2)));
    const r = random();
    if (r < 0.5) return { low: n, high: n, stated: n, hedge: 'exact' };
    if (r < 0.65) return { low: n, high: null, stated: n, hedge: 'at-least' };
    if (r < 0.75) return { low: Math.floor(n * 0.9), high: Math.ceil(n * 1.1), stated: n, hedge: 'about' };
    if (r < 0.8) return { low: n + 1, high: null, stated: n, hedge: 'more-than' };
    if (r < 0.9) return { low: n, high: n + 1 + int(n + 1), stated: null, hedge: 'range' };
    if (r < 0.95) return { low: Math.floor(n * 0.9), high: Math.max(Math.floor(n * 0.9), n - 1), stated: n, hedge: 'nearly' };
    return { low: 24, high: 99, stated: null, hedge: 'vague' };
  };

  const events: Event[] = [];
  const claims: Claim[] = [];
  const start = Date.UTC(2010, 0, 1);
  for (let e = 0; claims.length < options.claims; e++) {
    const conflict = int(conflicts);
    const state = `state-${conflict}`;
    const rebels = `rebels-${conflict}`;
    const day = start + int(3650) * 86_400_000;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const place = [`Country ${conflict}`, `${pick(REGIONS)} ${conflict}`, `District ${int(30)}`];
    const records: string[] = [];
    for (let d = 0; d < documentsPerEvent; d++) {
      const id = documentsPerEvent === 1 ? `e${e}` : `e${e}-d${d}`;
      records.push(id);
      // Each document names the place as deep as it knows it, and the day or the day and the next.
      events.push({ id, place: place.slice(0, 2 + (d % 2)), period: { start: iso(day), end: iso(day + (d % 2) * 86_400_000) } });
    }
    const measures = [
      { outcome: 'killed', subject: 'soldiers', side: state, truth: 1 + int(40) },
      { outcome: 'killed', subject: 'militants', side: rebels, truth: 1 + int(60) },
      { outcome: 'injured', subject: 'security-forces', side: state, truth: 1 + int(80) },
    ];
    for (let c = 0; c < 8; c++) {
      const measure = pick(measures);
      const claimant = c % 3 === 0 ? state : c % 3 === 1 ? rebels : pick(ngos);
      const record = records[c % records.length] as string;
      const id = `c${claims.length}`;
      const denies = random() < 0.02;
      const figure: Figure = denies ? { low: 0, high: 0, stated: 0, hedge: 'exact' } : figureFor(measure.truth);
      const base: Claim = {
        id,
        claimant,
        via: [pick(outlets)],
        event: record,
        measure: { outcome: measure.outcome, subject: measure.subject, side: measure.side },
        figure,
        statedAt: iso(day + 86_400_000),
        evidence: { document: `doc-${e}-${c % records.length}` },
        ...(denies ? { stance: 'denies' as const } : {}),
      };
      claims.push(base);
      if (random() < 0.1) {
        claims.push({ ...base, id: `${id}-early`, figure: figureFor(measure.truth), statedAt: iso(day) });
      }
      if (random() < 0.15) {
        claims.push({ ...base, id: `${id}-copy`, via: [pick(outlets)], statedAt: iso(day + 2 * 86_400_000) });
      }
    }
  }
  return { sources, events, claims };
}
