import { setFlagsFromString, getHeapStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { analyze, createVocabulary, extractClaims, findFigures, parseClaimSet, parseFigure } from '../../src/index.js';
import { fuzzSize } from './fuzzSettings.js';

// A collector to call: the heap is measured after a full collection, so the figure is the memory
// still reachable, which makes the test deterministic.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function reachable(): number {
  gc();
  gc();
  return getHeapStatistics().used_heap_size;
}

// A text no call has seen: a long word after "no" (what the figure scanner remembers words of) and
// a figure, so that every reading path runs.
const MB = 2 ** 20;
const uniqueText = (k: number): string => `no ${String.fromCharCode(97 + (k % 26))}${'x'.repeat(MB)}${k} and no soldiers${k} but 7 killed`;

describe('no input text is retained after a call', () => {
  it('keeps nothing of the texts it read once the results are dropped: parseFigure, findFigures, parseClaimSet, analyze', () => {
    const calls = fuzzSize(12, 200);
    const before = reachable();
    for (let k = 0; k < calls; k++) {
      const text = uniqueText(k);
      expect(parseFigure(text)).not.toBeNull();
      expect(findFigures(text).length).toBeGreaterThan(0);
      const doc = {
        sources: [{ id: 's', name: 'S' }],
        events: [{ id: 'e' }],
        claims: [{ id: 'c', claimant: 's', event: 'e', measure: { outcome: 'killed', subject: 'soldiers' }, figure: text }],
      };
      expect(parseClaimSet(doc).success).toBe(true);
      expect(analyze(doc).groups).toHaveLength(1);
    }
    // Each text is over 1 MB: had the calls kept their texts, the heap would have grown by 12 MB or
    // more (12.6 MB with the figure scanner's memo keyed by slices of them).
    expect((reachable() - before) / MB).toBeLessThan(6);
  }, 120_000);

  it('keeps no vocabulary a caller passed to extractClaims', async () => {
    const before = reachable();
    // A vocabulary that holds 8 MB of its own: an alias no text uses.
    const extract = (k: number): number => {
      const vocabulary = createVocabulary({ outcomes: [{ id: 'stranded', interest: 'lower', aliases: [`${String.fromCharCode(97 + k)}${'q'.repeat(8 * MB)}`] }] });
      return extractClaims('Five soldiers were killed, the army said.', { vocabulary }).claims.length;
    };
    expect(extract(0)).toBe(1);
    // (A weak reference keeps its target until the current task ends: measured in the next one.)
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((reachable() - before) / MB).toBeLessThan(4);
  }, 120_000);
});
