import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, ClaimSetError, estimate, formatMarkdownReport, formatTextReport, parseClaimSet, renderSvg, serializeJsonLd, summarize, toClaimReview } from '../../src/index.js';
import { fuzzRuns } from './fuzzSettings.js';
import { HOSTILE_STRINGS, hostileDocument, hostileDocumentArb, STRING_SLOTS } from './hostileDocument.js';

// Everything a caller can do with a document: analyse it (with and without resolving events),
// report it in every format, and estimate its consensus.
function useFully(doc: unknown): void {
  const parsed = parseClaimSet(doc);
  if (!parsed.success) {
    // A refused document is refused by analyze too, with the same problems.
    let thrown: unknown;
    try {
      analyze(doc);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ClaimSetError);
    expect((thrown as ClaimSetError).issues).toEqual(parsed.error.issues);
    return;
  }
  const set = parsed.data;
  const analysis = analyze(doc);
  expect(analyze(doc, { resolveEvents: true }).groups.length).toBeGreaterThan(0);
  expect(formatTextReport(analysis, set)).not.toBe('');
  expect(formatMarkdownReport(analysis, set)).not.toBe('');
  expect(renderSvg(analysis, set)).toMatch(/^<svg /);
  for (const group of analysis.groups) {
    expect(summarize(group, set)).not.toBe('');
    const reviews = toClaimReview(group, set, { url: 'https://checks.example/1', author: { name: 'Checks' } });
    expect(JSON.parse(serializeJsonLd(reviews))).toHaveLength(reviews.length);
  }
  expect(estimate(analysis.groups, set).groups).toHaveLength(analysis.groups.length);
}

describe('hostile strings in every string field', () => {
  it('analysis agrees with validation: every hostile string in every field is either refused by both, or analysed and reported', () => {
    for (const slot of STRING_SLOTS) {
      for (const text of HOSTILE_STRINGS) {
        expect(() => useFully(hostileDocument(slot, text)), `${slot}: ${JSON.stringify(text.slice(0, 40))}`).not.toThrow();
      }
    }
  });

  it('analysis agrees with validation on any string, random code units included', () => {
    fc.assert(
      fc.property(hostileDocumentArb, ({ doc }) => useFully(doc)),
      fuzzRuns(200, 20_000),
    );
  });
});
