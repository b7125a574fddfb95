// What `npm publish` would ship (issue 11): no source maps (they were 2 of the 2.9 MB; the
// package's JavaScript is unminified, so a stack trace already points at readable code), and the
// core once — the CLI's chunks import the ESM build's modules rather than carrying a copy.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const built = existsSync(new URL('dist/index.js', root));
if (!built) console.warn('tests/package/tarball: skipped: no dist/; npm test builds it first');

describe.skipIf(!built)(`the packed tarball${built ? '' : ' (skipped: no dist/, run npm run build)'}`, () => {
  it('holds no source map and one copy of the core, well under a megabyte packed', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const [pack] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as {
      size: number;
      files: { path: string; size: number }[];
    }[];
    const files = pack!.files.map((f) => f.path);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files).toContain('dist/analyze/analyze.js');
    // The CLI's own chunks stay small: a second copy of the core would be hundreds of kB.
    const cli = pack!.files.filter((f) => /^dist\/cli[.-]/.test(f.path)).reduce((n, f) => n + f.size, 0);
    expect(cli).toBeLessThan(80_000);
    expect(pack!.size).toBeLessThan(1_000_000);
  }, 60_000);
});
