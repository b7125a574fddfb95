import { existsSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimSetArbitrary } from '../../tests/fixtures/claimSetArbitrary.js';
import { claimSetJsonSchema } from './claimSetJsonSchema.js';
import { parseClaimSet } from './parseClaimSet.js';

// ajv-formats is not installed, so ajv cannot check `format: "date"` itself; zod writes a pattern
// next to every date format, and the patterns do the checking.
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
const validate = ajv.compile(claimSetJsonSchema());
const valid = (doc: unknown): boolean => validate(doc);

const claim = (overrides: Record<string, unknown> = {}) => ({
  id: 'c1',
  claimant: 'army',
  event: 'day',
  measure: { outcome: 'killed', subject: 'soldiers' },
  figure: { low: 5, high: 5, stated: 5, hedge: 'exact' },
  ...overrides,
});
const doc = (overrides: Record<string, unknown> = {}) => ({
  sources: [{ id: 'army', name: 'Pakistani army', kind: 'military', side: 'pakistan-state' }],
  events: [{ id: 'day', place: ['Pakistan'], period: { start: '2009-10-18', end: '2009-10-18' } }],
  claims: [claim()],
  ...overrides,
});

// Every property of every object in a JSON Schema, by its path, with its description.
function describedFields(node: unknown, path = ''): [string, unknown][] {
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]): [string, unknown][] => {
    if (key !== 'properties') return Array.isArray(value) ? value.flatMap((v) => describedFields(v, path)) : describedFields(value, path);
    return Object.entries(value as Record<string, Record<string, unknown>>).flatMap(([name, field]): [string, unknown][] => [
      [`${path}.${name}`, field.description],
      ...describedFields(field, `${path}.${name}`),
    ]);
  });
}

describe('claimSetJsonSchema', () => {
  // Issue 11: only the root was described. The descriptions are the zod schemas' (.meta), as in the API docs.
  it('describes every field of every object', () => {
    const fields = describedFields(claimSetJsonSchema());
    expect(fields.length).toBeGreaterThan(35);
    expect(fields.filter(([, description]) => typeof description !== 'string' || description.length < 10).map(([path]) => path)).toEqual([]);
    expect(new Map(fields).get('.sources.id')).toBe('Unique among the sources of the set: claims name their claimant and relays by it.');
  });

  it('is a draft 2020-12 schema of an object with the three sections, with an id and a title', () => {
    const schema = claimSetJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://github.com/counterclaim/counterclaim/claim-set.schema.json');
    expect(schema.title).toBe('counterclaim ClaimSet');
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['sources', 'events', 'claims']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('is plain JSON: it survives a JSON round trip unchanged', () => {
    const schema = claimSetJsonSchema();
    expect(JSON.parse(JSON.stringify(schema))).toStrictEqual(schema);
  });

  it('accepts hand-written documents in the input form: phrases, counts, aliases, date-times', () => {
    expect(valid(doc())).toBe(true);
    expect(valid({ sources: [], events: [], claims: [] })).toBe(true);
    expect(
      valid(
        doc({
          events: [{ id: 'day', period: { start: '2009-10-18T10:00:00Z', end: '2009-10-18' } }],
          claims: [
            claim({ id: 'a', figure: 'at least seven', measure: { outcome: 'wounded', subject: 'troops' } }),
            claim({ id: 'b', figure: 68, via: ['army'], stance: 'denies', statedAt: '2009-10-18T15:30:00+05:00' }),
            claim({ id: 'c', figure: { low: 60, high: null, stated: 60, hedge: 'at-least', text: 'at least 60' } }),
            claim({ id: 'd', evidence: { document: 'cnn', quote: 'five soldiers 😀', start: 0, end: 13 } }),
          ],
        }),
      ),
    ).toBe(true);
  });

  it.each([
    ['a list instead of the document', []],
    ['no claims section', { sources: [], events: [] }],
    ['sources not a list', doc({ sources: {} })],
    ['an unknown section', doc({ notes: [] })],
    ['a source without a name', doc({ sources: [{ id: 'army' }] })],
    ['an unknown source kind', doc({ sources: [{ id: 'army', name: 'Army', kind: 'tv' }] })],
    ['an empty id', doc({ events: [{ id: '' }] })],
    ['an empty place name', doc({ events: [{ id: 'day', place: [''] }] })],
    ['a period without end', doc({ events: [{ id: 'day', period: { start: '2009-10-18' } }] })],
    ['a date in words', doc({ events: [{ id: 'day', period: { start: '18 October 2009', end: '2009-10-18' } }] })],
    ['30 February', doc({ claims: [claim({ statedAt: '2009-02-30' })] })],
    ['a claim without figure', doc({ claims: [{ id: 'c1', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' } }] })],
    ['a figure that is true', doc({ claims: [claim({ figure: true })] })],
    ['a negative count', doc({ claims: [claim({ figure: -7 })] })],
    ['an unknown hedge', doc({ claims: [claim({ figure: { low: 5, high: 5, stated: 5, hedge: 'roughly' } })] })],
    ['a figure without hedge', doc({ claims: [claim({ figure: { low: 5, high: 5, stated: 5 } })] })],
    ['a negative low', doc({ claims: [claim({ figure: { low: -1, high: 5, stated: 5, hedge: 'exact' } })] })],
    ['a count beyond 2^53', doc({ claims: [claim({ figure: 1e300 })] })],
    ['a high beyond 2^53', doc({ claims: [claim({ figure: { low: 5, high: Number.MAX_VALUE, stated: null, hedge: 'range' } })] })],
    ['an unknown stance', doc({ claims: [claim({ stance: 'rejects' })] })],
    ['via as text', doc({ claims: [claim({ via: 'cnn' })] })],
    ['a fractional evidence offset', doc({ claims: [claim({ evidence: { start: 1.5 } })] })],
    ['an unknown claim field', doc({ claims: [claim({ source: 'army' })] })],
    ['an unknown measure field', doc({ claims: [claim({ measure: { outcome: 'killed', subject: 'soldiers', unit: 'people' } })] })],
    ['a lone surrogate in an event id', doc({ events: [{ id: 'day\ud800' }] })],
    ['a lone surrogate in a source name', doc({ sources: [{ id: 'army', name: '\udc00Army' }] })],
    ['a lone surrogate in a figure phrase', doc({ claims: [claim({ figure: 'five \ud83d' })] })],
    ['a "__proto__" key from JSON', JSON.parse('{"sources": [], "events": [], "claims": [], "__proto__": {}}') as unknown],
  ])('rejects %s, as parseClaimSet does', (_, input) => {
    expect(valid(input)).toBe(false);
    expect(parseClaimSet(input).success).toBe(false);
  });

  it('accepts every generated valid document', () => {
    fc.assert(
      fc.property(claimSetArbitrary(), (set) => {
        expect(validate(set), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('is never stricter than parseClaimSet: what parseClaimSet accepts, the schema accepts', () => {
    // What the schema cannot express (references, unique ids, low <= high, a figure in the phrase)
    // only parseClaimSet checks; the other direction holds for every document.
    const arbitrary = fc.oneof(claimSetArbitrary({ inputForm: true }), fc.jsonValue({ maxDepth: 4 }));
    fc.assert(
      fc.property(arbitrary, (input) => {
        if (parseClaimSet(input).success) expect(validate(input), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  const shipped = new URL('../../dist/claim-set.schema.json', import.meta.url);
  // `npm test` builds first, so in CI the file is there; a fresh checkout has no dist/ yet.
  it.skipIf(!existsSync(shipped))('ships as dist/claim-set.schema.json, equal to claimSetJsonSchema() (skipped before `npx tsup` has written dist/)', () => {
    const text = readFileSync(shipped, 'utf8');
    expect(JSON.parse(text)).toStrictEqual(claimSetJsonSchema());
  });

  it('is exported by the package as counterclaim/claim-set.schema.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
    expect(pkg.exports['./claim-set.schema.json']).toBe('./dist/claim-set.schema.json');
  });
});
