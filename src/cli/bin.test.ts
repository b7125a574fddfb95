// The process around main(): how it meets a full disk and a reader that goes away (issue 14, item 8).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = ['--import', 'tsx', 'src/cli/bin.ts'];
const SEED = 'examples/seeds/000-south-waziristan-offensive.json';

describe('counterclaim as a process, when its output fails', () => {
  it.skipIf(!existsSync('/dev/full'))('says a full disk once, without a stack, and exits 4 rather than 1 (findings)', () => {
    const full = openSync('/dev/full', 'w');
    const result = spawnSync(process.execPath, [...bin, 'analyze', SEED, '--format', 'md'], { cwd: root, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    expect(result.stderr).toBe('counterclaim: cannot write the output: ENOSPC (no space left on the device)\n');
    expect(result.status).toBe(4);
  }, 60_000);

  it('exits quietly with the command\'s own code when the reader closes the pipe (… | head -1)', async () => {
    const child = spawn(process.execPath, [...bin, 'analyze', '-', '--format', 'svg'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const claims = Array.from({ length: 4000 }, (_, i) => ({ id: `c${i}`, claimant: 'army', event: `e${i}`, measure: { outcome: 'killed', subject: 'soldiers' }, figure: i }));
    child.stdin.end(JSON.stringify({ sources: [{ id: 'army', name: 'The army' }], events: claims.map((c) => ({ id: c.event })), claims }));
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like head -1: read the first piece, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
