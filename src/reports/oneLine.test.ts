import { describe, expect, it } from 'vitest';
import { oneLine } from './oneLine.js';

describe('oneLine', () => {
  it('collapses every kind of line break and run of spaces, and trims', () => {
    expect(oneLine(' a\r\nb\u2028c\td  e ')).toBe('a b c d e');
  });

  it('passes no terminal escape, control character or bidi override on', () => {
    expect(oneLine('\u001b[2J\u001b]8;;https://x\u0007 \u202eevil \u000bv\u000cf\u0085')).toBe('\ufffd[2J\ufffd]8;;https://x\ufffd \ufffdevil v f\ufffd');
  });
});
