import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, ClaimSetError, type ClaimSetInput, estimate, formatMarkdownReport, formatTextReport, parseClaimSet, renderSvg, serializeJsonLd, summarize, toClaimReview } from '../../src/index.js';
import { oneLine } from '../../src/reports/oneLine.js';
import { fuzzRuns } from './fuzzSettings.js';
import { HOSTILE_STRINGS, hostileDocument, hostileDocumentArb, STRING_SLOTS } from './hostileDocument.js';

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// Everything a caller can do with a document: analyse it (with and without resolving events),
// report it in every format, and estimate its consensus. The document is typed as input only to
// be passed on: it holds what JSON from outside could, valid or not.
function useFully(input: unknown): void {
  const doc = input as ClaimSetInput;
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
  // What a report writes is safe to show whatever the data held: no control character but white
  // space, no bidi override or lone surrogate, and in Markdown nothing that links by itself.
  const text = formatTextReport(analysis, set);
  const markdown = formatMarkdownReport(analysis, set);
  const svg = renderSvg(analysis, set);
  expect(text.replace(/\n/g, '')).not.toMatch(UNSAFE);
  // Markdown and XML carry tabs as white space, and XML line breaks too.
  expect(markdown.replace(/[\t\n]/g, '')).not.toMatch(UNSAFE);
  expect(svg.replace(/[\t\n\r]/g, '')).not.toMatch(UNSAFE);
  expect(markdown).not.toMatch(/(^|[^\\]):\/\/|www\.|(^|[^\\])@/im);
  expect(svg).toMatch(/^<svg /);
  for (const group of analysis.groups) {
    expect(oneLine(summarize(group, set))).not.toMatch(UNSAFE);
    const reviews = toClaimReview(group, set, { url: 'https://checks.example/1', author: { name: 'Checks' } });
    expect(JSON.parse(serializeJsonLd(reviews))).toHaveLength(reviews.length);
  }
  expect(estimate(analysis.groups, set).groups).toHaveLength(analysis.groups.length);
}

describe('hostile strings in every string field', () => {
  it.each(STRING_SLOTS)('analysis agrees with validation: every hostile string in the %s is either refused by both, or analysed and safely reported', (slot) => {
    for (const text of HOSTILE_STRINGS) {
      expect(() => useFully(hostileDocument(slot, text)), JSON.stringify(text.slice(0, 40))).not.toThrow();
    }
  });

  it('analysis agrees with validation on any string, random code units included', () => {
    fc.assert(
      fc.property(hostileDocumentArb, ({ doc }) => useFully(doc)),
      fuzzRuns(200, 20_000),
    );
  });
});
