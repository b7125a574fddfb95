// The command line as tsup builds it (issue 11): it holds no copy of the core, only imports of the
// built core's modules, and its entry loads no command, so `--version` starts without the core.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { coreModulesExternal } from '../../tsup.config.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the command line bundle', () => {
  it('imports the built core module by module, bundles none of it, and loads commands on demand', async () => {
    const result = await build({
      entryPoints: { cli: join(root, 'src/cli/bin.ts') },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      outdir: mkdtempSync(join(tmpdir(), 'counterclaim-cli-')),
      chunkNames: 'cli-[name]-[hash]',
      plugins: [coreModulesExternal],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const bundled = Object.keys(result.metafile.inputs);
    expect(bundled.filter((file) => !file.startsWith('src/cli/'))).toEqual([]);

    const outputs = Object.entries(result.metafile.outputs);
    const core = outputs.flatMap(([, output]) => output.imports.filter((i) => i.external && i.path.startsWith('./')).map((i) => i.path));
    expect(core).toContain('./analyze/analyze.js');
    // Each one is a module of the core's ESM build, which tsup writes beside cli.js.
    expect(core.filter((path) => !existsSync(join(root, 'src', path.replace(/\.js$/, '.ts'))))).toEqual([]);

    const [, entry] = outputs.find(([file]) => file.endsWith('/cli.js')) ?? [];
    expect(entry?.imports.filter((i) => i.kind === 'import-statement' && i.external && i.path.startsWith('./'))).toEqual([]);
    // The four commands, and the worker of extract --jsonl.
    expect(entry?.imports.filter((i) => i.kind === 'dynamic-import').length).toBe(5);
  });
});
