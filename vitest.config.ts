import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The package's own name, as the command line and the examples import it, is the source in tests.
  resolve: { alias: [{ find: /^counterclaim$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) }] },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
  },
});
