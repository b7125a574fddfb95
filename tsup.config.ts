import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { claimSetJsonSchema } from './src/claims/claimSetJsonSchema.js';

// The core's modules, tests and the command line aside.
const CORE = ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/cli/**', '!src/duckdb/**'];

export default defineConfig([
  {
    // ESM as one file per module, not one bundle: with "sideEffects": false a bundler keeps only
    // the modules an import reaches, so `parseFigure` alone does not pull zod and its schemas.
    entry: CORE,
    format: ['esm'],
    bundle: false,
    dts: { entry: { index: 'src/index.ts' } },
    // The CLI and the CJS build are written beside the core at the same time: cleaning must spare them.
    clean: ['!cli.js', '!cli-*.js', '!index.cjs', '!index.d.cts', '!counterclaim.udf.js', '!duckdb.*'],
    // No source maps: the modules are unminified and readable as they are, and the maps were two
    // thirds of the tarball.
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    // The JSON Schema ships as a file so that Python or R can validate the same documents.
    async onSuccess() {
      await writeFile('dist/claim-set.schema.json', `${JSON.stringify(claimSetJsonSchema(), null, 2)}\n`);
    },
  },
  {
    // CommonJS for require(): one file, since bundlers tree-shake the ESM build instead.
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    clean: false,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // counterclaim/duckdb: the claim table in DuckDB, for Node. @duckdb/node-api is an optional
    // peer dependency, imported here only, never by the core; the core through the package's name.
    entry: { duckdb: 'src/duckdb/duckdbClaims.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    external: ['counterclaim', '@duckdb/node-api'],
  },
  {
    // For BigQuery JavaScript UDFs and any other bare V8 host: one file without imports, the whole
    // public API on one global, `counterclaim` (zod and the rest bundled in).
    entry: { 'counterclaim.udf': 'src/index.ts' },
    format: ['iife'],
    globalName: 'counterclaim',
    outExtension: () => ({ js: '.js' }),
    // zod keeps two registries on globalThis; inside this file they live on a private object.
    esbuildOptions(options) {
      options.define = { ...options.define, globalThis: 'udfScope' };
      options.inject = [...(options.inject ?? []), 'build/udfScope.js'];
    },
    noExternal: [/.*/],
    dts: false,
    clean: false,
    sourcemap: false,
    minify: true,
    target: 'es2020',
    platform: 'neutral',
  },
  {
    // The command line, for Node only, so that the core stays browser-safe. It imports the built
    // core through the package's own name, so that the package holds one copy of the core.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    external: ['counterclaim'],
    // Commands in chunks of their own, loaded when they run: --help does not load the core.
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = 'cli-[hash]';
    },
    banner: { js: '#!/usr/bin/env node' },
  },
]);
