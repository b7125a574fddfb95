import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { claimSetJsonSchema } from './src/claims/claimSetJsonSchema.js';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // The CLI is built beside the core, at the same time: cleaning must spare its files.
    clean: ['!cli.js', '!cli.js.map'],
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    // The JSON Schema ships as a file so that Python or R can validate the same documents.
    async onSuccess() {
      await writeFile('dist/claim-set.schema.json', `${JSON.stringify(claimSetJsonSchema(), null, 2)}\n`);
    },
  },
  {
    // The command line: its own entry, for Node only, so that the core stays browser-safe.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
