import { describe, expect, it } from 'vitest';
import { capitalize } from './capitalize.js';

describe('capitalize', () => {
  it('upper-cases the first character only', () => {
    expect(capitalize('the army said')).toBe('The army said');
    expect(capitalize('')).toBe('');
  });
});
