import { describe, expect, it } from 'vitest';
import { oneLine } from './oneLine.js';

describe('oneLine', () => {
  it('collapses every kind of line break and run of spaces, and trims', () => {
    expect(oneLine(' a\r\nb\u2028c\td  e ')).toBe('a b c d e');
  });
});
