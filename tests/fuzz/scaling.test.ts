import { describe, expect, it } from 'vitest';
import { analyze, checkClaims, groupClaims, resolveEvents, type ClaimSet } from '../../src/index.js';
import { readWork, resetWork } from '../../src/internal/workMeter.js';
import { HOSTILE_SHAPES } from '../fixtures/hostileShapes.js';
import { fuzzSize } from './fuzzSettings.js';

// The work a call does on a shape of size n, in the units of src/internal/workMeter.
function workFor(shape: (n: number) => ClaimSet, call: (set: ClaimSet) => unknown, n: number): number {
  const set = shape(n);
  resetWork();
  call(set);
  return readWork();
}

// Linear or n log n work at most doubles and a bit for twice the input; quadratic work quadruples.
const CASES: [string, keyof typeof HOSTILE_SHAPES, (set: ClaimSet) => unknown][] = [
  ['groupClaims, many claimants in one group', 'manyClaimants', groupClaims],
  ['checkClaims, unsided claims beside many sides', 'manySides', checkClaims],
  ['analyze, one claimant counting many sides', 'oneClaimantManySides', analyze],
  ['checkClaims, a partOf chain', 'partOfChain', checkClaims],
  ['resolveEvents, a partOf chain', 'partOfChain', resolveEvents],
  ['resolveEvents, many events cited by one document', 'oneDocument', resolveEvents],
  ['resolveEvents, distinct overlapping date-time periods', 'overlappingPeriods', resolveEvents],
  ['resolveEvents, many parts of one event', 'partOfStar', resolveEvents],
  ['resolveEvents, two documents citing every other event', 'twoDocuments', resolveEvents],
  ['resolveEvents, articles naming a country and a district', 'countryAndDistricts', resolveEvents],
];

describe('work for twice the input, on the shapes that were quadratic', () => {
  const n = fuzzSize(1_000, 20_000);
  it.each(CASES)('%s: at most 2.5 times the work', (_, shape, call) => {
    const once = workFor(HOSTILE_SHAPES[shape], call, n);
    const twice = workFor(HOSTILE_SHAPES[shape], call, 2 * n);
    expect(once).toBeGreaterThan(0);
    expect(twice / once).toBeLessThan(2.5);
  });
});
