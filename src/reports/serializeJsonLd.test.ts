import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import { parseClaimSet } from '../claims/parseClaimSet.js';
import { serializeJsonLd } from './serializeJsonLd.js';
import { toClaimReview } from './toClaimReview.js';

const HOSTILE = '</script><script>alert(1)</script><!-- & \u2028';

describe('serializeJsonLd', () => {
  it('keeps a hostile source name inside the script element of a ClaimReview', () => {
    const parsed = parseClaimSet({
      sources: [{ id: 'army', name: HOSTILE }, { id: 'ttp', name: 'The TTP' }],
      events: [{ id: 'day' }],
      claims: [
        { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: '5' },
        { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: '68' },
      ],
    });
    if (!parsed.success) throw parsed.error;
    const reviews = toClaimReview(analyze(parsed.data).groups[0]!, parsed.data, { url: 'https://factcheck.example/', author: { name: 'Checks & Co' } });
    const json = serializeJsonLd(reviews);
    const page = `<script type="application/ld+json">${json}</script>`;
    // The element ends where the page ends it, and nothing in it opens markup or a comment.
    expect(page.indexOf('</script')).toBe(page.length - '</script>'.length);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e\\u003cscript\\u003e');
    expect(JSON.parse(json)).toEqual(reviews);
  });

  it('property: parses back to what JSON.stringify gives, with no unsafe character left', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: fc.constantFrom('<', '>', '&', '\u2028', '\u2029', 'a', '"', '\\', '/') }), (value, text) => {
        for (const v of [value, { text, value }]) {
          const out = serializeJsonLd(v);
          expect(out).not.toMatch(/[<>&\u2028\u2029]/);
          expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(v)));
        }
      }),
    );
  });

  it('refuses a value with no JSON form', () => {
    expect(() => serializeJsonLd(undefined)).toThrow(/^serializeJsonLd: value must have a JSON form, got undefined$/);
  });
});
