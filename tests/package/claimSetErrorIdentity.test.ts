// Issue 11: ESM and CJS gave two ClaimSetError classes, so `instanceof` failed across them. Two
// copies of the class are made here as the two builds make them: the source as ESM, and a CommonJS
// bundle of it loaded with require.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { analyze, ClaimSetError } from '../../src/index.js';

describe('ClaimSetError across the ESM and CommonJS builds', () => {
  it('is one class for instanceof, whichever build threw it', async () => {
    const result = await build({
      entryPoints: [new URL('../../src/index.ts', import.meta.url).pathname],
      bundle: true,
      format: 'cjs',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      write: false,
      logLevel: 'silent',
    });
    const file = join(mkdtempSync(join(tmpdir(), 'counterclaim-cjs-')), 'index.cjs');
    writeFileSync(file, result.outputFiles[0]?.text ?? '');
    const cjs = createRequire(import.meta.url)(file) as typeof import('../../src/index.js');
    expect(cjs.ClaimSetError).not.toBe(ClaimSetError);
    const thrown = (run: () => unknown): unknown => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const fromCjs = thrown(() => cjs.analyze({ sources: [], events: [], claims: [{ id: 'c', claimant: 'nobody' }] } as never));
    const fromEsm = thrown(() => analyze({ sources: [], events: [], claims: [{ id: 'c', claimant: 'nobody' }] } as never));
    expect(fromCjs instanceof ClaimSetError).toBe(true);
    expect(fromEsm instanceof cjs.ClaimSetError).toBe(true);
    expect(new Error('x') instanceof ClaimSetError).toBe(false);
    expect({ name: 'ClaimSetError' } instanceof ClaimSetError).toBe(false);
    // A subclass keeps the ordinary check: a plain ClaimSetError is not one.
    class Narrower extends ClaimSetError {}
    expect(new Narrower([]) instanceof ClaimSetError).toBe(true);
    expect(new ClaimSetError([]) instanceof Narrower).toBe(false);
  }, 60_000);
});
