import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml } from './escapeXml.js';

// What an XML parser gives back for escaped text: the five references, nothing else.
const unescape = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');

describe('escapeXml', () => {
  it('turns markup into text', () => {
    expect(escapeXml(`<script>alert('x') && "y"</script>`)).toBe(
      '&lt;script&gt;alert(&#39;x&#39;) &amp;&amp; &quot;y&quot;&lt;/script&gt;',
    );
  });

  it('replaces characters XML cannot carry', () => {
    expect(escapeXml('a\u0000b\u001bc\ud800')).toBe('a\ufffdb\ufffdc\ufffd');
    expect(escapeXml('tab\tnew\nline 😀')).toBe('tab\tnew\nline 😀');
  });

  it('replaces what a reader should not be shown: C1 controls, DEL and bidi overrides', () => {
    expect(escapeXml('\u009b2J\u007f \u202eevil\u202c \u2067x\u2069 שלום')).toBe('\ufffd2J\ufffd \ufffdevil\ufffd \ufffdx\ufffd שלום');
  });

  it('leaves no markup character unescaped and loses no other text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const out = escapeXml(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(out.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
        expect(unescape(out)).toBe(s);
      }),
    );
  });
});
