import { describe, expect, it } from 'vitest';
import { sourceNames } from './sourceNames.js';

describe('sourceNames', () => {
  it('names sources, and fall back to the id for a source the set does not have', () => {
    const name = sourceNames({ sources: [{ id: 'ttp', name: 'The TTP' }] });
    expect(name('ttp')).toBe('The TTP');
    expect(name('wire')).toBe('wire');
  });
});
