import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimSetArbitrary } from '../../tests/fixtures/claimSetArbitrary.js';
import { corpusArbitrary } from '../../tests/fixtures/corpusArbitrary.js';
import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { ClaimSetError } from './ClaimSetError.js';
import { claimRowColumns } from './claimRowColumns.js';
import { fromRows } from './fromRows.js';
import { parseClaimSet } from './parseClaimSet.js';
import { partitionKeys } from './partitionKeys.js';
import type { ClaimSet } from './schemas.js';
import { toRows } from './toRows.js';

// Sources and events come back in the order rows first name them; claims in the set's order. An
// empty evidence object carries nothing, and comes back absent.
const byId = (a: { id: string }, b: { id: string }) => compareCodeUnits(a.id, b.id);
const canonical = (set: ClaimSet): ClaimSet => ({
  sources: [...set.sources].sort(byId),
  events: [...set.events].sort(byId),
  claims: set.claims.map(({ evidence, ...claim }) => (evidence === undefined || Object.keys(evidence).length === 0 ? claim : { ...claim, evidence })),
});

describe('toRows and fromRows', () => {
  it('round-trip every field of every source, event and claim', () => {
    fc.assert(
      fc.property(claimSetArbitrary(), (set) => {
        expect(canonical(fromRows(toRows(set)))).toEqual(canonical(set));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('round-trip through JSON lines, as DuckDB, Spark or a file hold them, and the partition column is the key', () => {
    fc.assert(
      fc.property(corpusArbitrary(), (input) => {
        const parsed = parseClaimSet(input);
        if (!parsed.success) throw parsed.error;
        const set = parsed.data;
        const rows = toRows(set);
        const lines = rows.map((row) => JSON.stringify(row)).join('\n');
        expect(canonical(fromRows(lines.split('\n').map((line) => JSON.parse(line))))).toEqual(canonical(set));
        const keys = partitionKeys(set.events);
        for (const row of rows) expect(row.partition).toBe(row.event_id === null ? null : keys.get(row.event_id));
        // Every row has every column, in the table's order.
        for (const row of rows) expect(Object.keys(row).sort()).toEqual(claimRowColumns.map((c) => c.name).sort());
      }),
    );
  }, 60_000);

  it('keep what tells absent from empty: no relays and an empty list, no place and an empty path', () => {
    const set: ClaimSet = {
      sources: [{ id: 's', name: 'S' }],
      events: [{ id: 'e', place: [] }, { id: 'f' }],
      claims: [
        { id: 'a', claimant: 's', via: [], event: 'e', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 0, high: 0, stated: 0, hedge: 'exact' } },
        { id: 'b', claimant: 's', event: 'f', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 1, high: null, stated: null, hedge: 'vague' } },
      ],
    };
    expect(fromRows(toRows(set))).toEqual(set);
  });

  it('read list columns written as JSON text, as a CSV cell holds them', () => {
    const [row] = toRows({
      sources: [{ id: 'ttp', name: 'The TTP' }, { id: 'cnn', name: 'CNN', kind: 'media' }],
      events: [{ id: 'e', place: ['Pakistan', 'Kotkai'] }],
      claims: [{ id: 't', claimant: 'ttp', via: ['cnn'], event: 'e', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 68, high: 68, stated: 68, hedge: 'exact' } }],
    });
    const csvLike = { ...row, relays: JSON.stringify(row?.relays), event_place: JSON.stringify(row?.event_place) };
    expect(fromRows([csvLike]).events).toEqual([{ id: 'e', place: ['Pakistan', 'Kotkai'] }]);
    expect(fromRows([csvLike]).sources).toEqual([{ id: 'ttp', name: 'The TTP' }, { id: 'cnn', name: 'CNN', kind: 'media' }]);
  });

  it('name every bad row and column, and nothing else', () => {
    const bad = () => fromRows([{ claim_id: 'a', low: 'five', relays: [{ name: 'CNN' }] }, 'row', { claim_id: 'b', lo: 5, event_place: '[1]' }]);
    expect(bad).toThrow(ClaimSetError);
    expect(bad).toThrow(
      [
        'rows[0].low: expected a finite number, got the text "five"',
        'rows[0].relays: expected a list of sources, each with a text id, got a list',
        'rows[1]: expected a row (an object of columns), got the text "row"',
        'rows[2].lo: is not a column of the claim table (see claimRowColumns)',
        'rows[2].event_place: expected a list of text, got a list',
      ].join('\n'),
    );
  });

  it('leave a claimant or relay the set does not have out, so that validation still names it', () => {
    const set = { sources: [], events: [{ id: 'e' }], claims: [{ id: 'a', claimant: 'nobody', via: ['ghost'], event: 'e', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 1, high: 1, stated: 1, hedge: 'exact' as const } }] };
    const parsed = parseClaimSet(fromRows(toRows(set)));
    expect(parsed.success ? [] : parsed.error.message.split('\n')).toEqual(['claims[0].claimant: no source "nobody"', 'claims[0].via[0]: no source "ghost"']);
  });

  it('are documented: docs/rows.md lists every column with its type, in order', () => {
    const doc = readFileSync(new URL('../../docs/rows.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/^\| `([a-z_]+)` \| `([^`]+)` \|/gm)].map(([, name, type]) => [name, type]);
    expect(documented).toEqual(claimRowColumns.map((c) => [c.name, c.type]));
  });
});
