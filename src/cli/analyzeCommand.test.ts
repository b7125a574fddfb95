import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { CliIo } from './io.js';

// Counts validations: the command line validates its input once, in readClaimSet.
const validations = vi.hoisted(() => ({ count: 0 }));
vi.mock('../claims/parseClaimSet.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../claims/parseClaimSet.js')>();
  return {
    ...actual,
    parseClaimSet: (...args: Parameters<typeof actual.parseClaimSet>) => {
      validations.count++;
      return actual.parseClaimSet(...args);
    },
  };
});

const { analyzeCommand } = await import('./analyzeCommand.js');

const SEED = fileURLToPath(new URL('../../examples/seeds/000-south-waziristan-offensive.json', import.meta.url));

describe('analyzeCommand', () => {
  it('validates the document once, not again to analyse it', async () => {
    let stdout = '';
    const io: CliIo = { stdin: { isTTY: true, async *[Symbol.asyncIterator]() {} }, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true } };
    validations.count = 0;
    expect(await analyzeCommand([SEED, '--resolve-events'], io)).toBe(0);
    expect(validations.count).toBe(1);
    expect((JSON.parse(stdout) as { groups: unknown[] }).groups.length).toBeGreaterThan(0);
  });
});
