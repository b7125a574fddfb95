// The core must bundle for the browser with nothing from node: — proved by bundling it.
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = new URL('../../src/index.ts', import.meta.url).pathname;
const DEPENDENCIES = ['zod', 'date-fns', 'fast-deep-equal'];

async function bundle(options: BuildOptions): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    ...options,
  });
  expect(result.errors).toEqual([]);
  return { code: result.outputFiles?.[0]?.text ?? '', inputs: Object.keys(result.metafile?.inputs ?? {}) };
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

describe('the core entry in a browser', () => {
  it('bundles for the browser platform with nothing from node:', async () => {
    const raw = await bundle({});
    expect(raw.inputs.filter((path) => path.startsWith('node:') || /(^|\/)node_modules\/@types\/node\//.test(path))).toEqual([]);
    expect(raw.code).not.toMatch(/\b(?:from|import|require)\s*\(?\s*["']node:/);
    expect(raw.inputs.some((path) => path.includes('node_modules/zod/'))).toBe(true);
    expect(raw.inputs.filter((path) => path.startsWith('src/cli/'))).toEqual([]);
  });

  it('reports its size: raw, minified, and minified + gzipped, with and without its dependencies', async () => {
    const raw = await bundle({});
    const minified = await bundle({ minify: true });
    const own = await bundle({ minify: true, external: DEPENDENCIES });
    const gzipped = gzipSync(minified.code, { level: 9 }).length;
    const ownGzipped = gzipSync(own.code, { level: 9 }).length;
    console.log(
      `core bundle (browser, with zod, date-fns, fast-deep-equal): ${kB(raw.code.length)} raw, ${kB(minified.code.length)} minified, ${kB(gzipped)} minified + gzipped; ` +
        `the library's own code: ${kB(own.code.length)} minified, ${kB(ownGzipped)} minified + gzipped`,
    );
    expect(minified.code.length).toBeLessThan(raw.code.length);
    expect(ownGzipped).toBeLessThan(gzipped);
    // A budget, so that an accidental dependency (a dev tool pulled into the core) shows up here.
    expect(gzipped).toBeLessThan(150_000);
  }, 60_000);
});
