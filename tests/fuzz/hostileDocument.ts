import fc from 'fast-check';

/**
 * Strings that have broken parsers, reports and terminals: lone surrogates, control characters,
 * terminal escapes, bidi overrides, prototype keys, markup of every report format, autolinks,
 * numbers in words, whitespace of every kind and a long run.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\ud800',
  '\udc00',
  'e\ud800',
  '\ude00\ud83d',
  '😀',
  'a\u0301',
  '\u0000',
  '\u0007bell',
  '\u001b[31mred\u001b[0m',
  '\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007',
  '\u007f\u0085\u009b',
  '\u202eevil\u202c',
  '\u2066isolate\u2069',
  'شهداء',
  '__proto__',
  'constructor',
  'toString',
  '<script>alert(1)</script>',
  ']]><x/>',
  '&amp; &lt;',
  '"quoted" \'single\'',
  '`code` | pipe |',
  '[link](https://evil.example)',
  '![img](https://evil.example/x.png)',
  'https://evil.example/path',
  'www.evil.example',
  'someone@evil.example',
  'mailto:someone@evil.example',
  '**bold** _it_ ~~del~~',
  '# heading',
  '1. item',
  '> quote',
  '\n\nparagraph\r\n',
  '\t\u2028\u2029\ufeff\u00a0',
  '-5',
  'minus five',
  '1e308',
  'NaN',
  '%E0%A4%A',
  'x'.repeat(20_000),
];

/** Any string: hostile ones, and random UTF-16 code units, surrogate halves included. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 12 }),
  fc.string({ maxLength: 12 }),
);

// A small document that uses every string field: sides, relays, parts of events, terms, quotes.
function base() {
  return {
    sources: [
      { id: 'army', name: 'Pakistani army', kind: 'military', side: 'state' },
      { id: 'ttp', name: 'Taliban spokesman', kind: 'armed-group', side: 'ttp' },
      { id: 'cnn', name: 'CNN', kind: 'media' },
    ],
    events: [
      { id: 'day', label: 'Fighting in South Waziristan', place: ['Pakistan', 'South Waziristan'], period: { start: '2009-10-18', end: '2009-10-18' } },
      { id: 'clash', label: 'Clash at Kotkai', place: ['Pakistan', 'South Waziristan', 'Kotkai'], period: { start: '2009-10-18', end: '2009-10-18' }, partOf: 'day' },
    ],
    claims: [
      {
        id: 'a1', claimant: 'army', via: ['cnn'], event: 'day',
        measure: { outcome: 'killed', subject: 'soldiers', side: 'state', term: 'troops', outcomeTerm: 'martyred' },
        figure: { low: 5, high: 5, stated: 5, hedge: 'exact', text: 'five' }, statedAt: '2009-10-18',
        evidence: { document: 'cnn-1', quote: 'five soldiers were martyred', start: 0, end: 27 },
      },
      { id: 't1', claimant: 'ttp', via: ['cnn'], event: 'day', measure: { outcome: 'killed', subject: 'security-forces', side: 'state' }, figure: 'at least 68' },
      { id: 'a2', claimant: 'army', event: 'clash', measure: { outcome: 'killed', subject: 'militants', side: 'ttp', term: 'terrorists' }, figure: 'nearly 300' },
      { id: 't2', claimant: 'ttp', event: 'clash', stance: 'denies', measure: { outcome: 'killed', subject: 'militants', side: 'ttp' }, figure: 0 },
    ],
  };
}
type Doc = ReturnType<typeof base>;

// Each slot puts a string in one field; an id is renamed everywhere it is referenced, so that the
// document stays valid unless the string itself is not.
const SLOTS: Record<string, (doc: Doc, s: string) => void> = {
  'source id': (doc, s) => {
    for (const source of doc.sources) if (source.id === 'army') source.id = s;
    for (const claim of doc.claims) if (claim.claimant === 'army') claim.claimant = s;
  },
  'relay id': (doc, s) => {
    for (const source of doc.sources) if (source.id === 'cnn') source.id = s;
    for (const claim of doc.claims) if (claim.via !== undefined) claim.via = claim.via.map((v) => (v === 'cnn' ? s : v));
  },
  'source name': (doc, s) => void ((doc.sources[1] as Doc['sources'][number]).name = s),
  'source side': (doc, s) => {
    for (const source of doc.sources) if (source.side === 'state') source.side = s;
    for (const claim of doc.claims) if (claim.measure.side === 'state') claim.measure.side = s;
  },
  'event id': (doc, s) => {
    for (const event of doc.events) {
      if (event.id === 'day') event.id = s;
      if (event.partOf === 'day') event.partOf = s;
    }
    for (const claim of doc.claims) if (claim.event === 'day') claim.event = s;
  },
  'event label': (doc, s) => void ((doc.events[0] as Doc['events'][number]).label = s),
  place: (doc, s) => {
    for (const event of doc.events) event.place[1] = s;
  },
  'claim id': (doc, s) => void ((doc.claims[1] as Doc['claims'][number]).id = s),
  outcome: (doc, s) => {
    for (const claim of doc.claims) claim.measure.outcome = s;
  },
  subject: (doc, s) => void ((doc.claims[0] as Doc['claims'][number]).measure.subject = s),
  'measure side': (doc, s) => void ((doc.claims[2] as Doc['claims'][number]).measure.side = s),
  term: (doc, s) => void ((doc.claims[2] as Doc['claims'][number]).measure.term = s),
  'outcome term': (doc, s) => void ((doc.claims[0] as Doc['claims'][number]).measure.outcomeTerm = s),
  'figure phrase': (doc, s) => void ((doc.claims[1] as Doc['claims'][number]).figure = s),
  'figure text': (doc, s) => void (((doc.claims[0] as Doc['claims'][number]).figure as { text: string }).text = s),
  document: (doc, s) => void (((doc.claims[0] as Doc['claims'][number]).evidence as { document: string }).document = s),
  quote: (doc, s) => void (((doc.claims[0] as Doc['claims'][number]).evidence as { quote: string }).quote = s),
  'stated at': (doc, s) => void ((doc.claims[0] as Doc['claims'][number]).statedAt = s),
};

/** The names of the string fields a hostile document can carry a string in. */
export const STRING_SLOTS: readonly string[] = Object.keys(SLOTS);

/**
 * A small valid document with `s` put into the string field `slot` (an id renamed everywhere it is
 * referenced). Each call builds a fresh document.
 */
export function hostileDocument(slot: string, s: string): unknown {
  const doc = base();
  (SLOTS[slot] as (doc: Doc, s: string) => void)(doc, s);
  return doc;
}

/** A hostile document: one string, hostile or random, in one string field. */
export const hostileDocumentArb: fc.Arbitrary<{ slot: string; text: string; doc: unknown }> = fc
  .tuple(fc.constantFrom(...STRING_SLOTS), anyString)
  .map(([slot, text]) => ({ slot, text, doc: hostileDocument(slot, text) }));
