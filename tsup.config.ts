import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { claimSetJsonSchema } from './src/claims/claimSetJsonSchema.js';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  // The JSON Schema ships as a file so that Python or R can validate the same documents.
  async onSuccess() {
    await writeFile('dist/claim-set.schema.json', `${JSON.stringify(claimSetJsonSchema(), null, 2)}\n`);
  },
});
