// The core must bundle for the browser with nothing from node: — proved by bundling it. What each
// import costs is measured by bundleSize.test.ts.
import { build, type BuildOptions } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = new URL('../../src/index.ts', import.meta.url).pathname;

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

describe('the core entry in a browser', () => {
  it('bundles for the browser platform with nothing from node:', async () => {
    const raw = await bundle({});
    expect(raw.inputs.filter((path) => path.startsWith('node:') || /(^|\/)node_modules\/@types\/node\//.test(path))).toEqual([]);
    expect(raw.code).not.toMatch(/\b(?:from|import|require)\s*\(?\s*["']node:/);
    expect(raw.inputs.some((path) => path.includes('node_modules/zod/'))).toBe(true);
    expect(raw.inputs.filter((path) => path.startsWith('src/cli/'))).toEqual([]);
  });
});
