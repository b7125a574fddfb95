import { describe, expect, it } from 'vitest';
import { nearest } from './nearest.js';

describe('nearest', () => {
  it('finds a name one typo, one swap or a prefix away, and nothing that is far', () => {
    const options = ['--format', '--strict', '--resolve-events', '--title', '--width', '--help'];
    expect(nearest('--fromat', options)).toBe('--format');
    expect(nearest('--formt', options)).toBe('--format');
    expect(nearest('--resolve', options)).toBe('--resolve-events');
    expect(nearest('--wdith', options)).toBe('--width');
    expect(nearest('--colour', options)).toBeUndefined();
    expect(nearest('valdate', ['analyze', 'extract', 'validate', 'schema'])).toBe('validate');
  });
});
