// The page's size as the README states it (issue 13): the page is built here and measured; the
// test fails when the README's figures drift more than 10 % from it, and UPDATE_SITE_SIZE=1
// writes the measured line into the README.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../site/build.js';

const readmeUrl = new URL('../../README.md', import.meta.url);
const START = '<!-- site-size:start -->';
const END = '<!-- site-size:end -->';

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

describe('the page', () => {
  it('is one file, whose size the README states', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'counterclaim-site-size-'));
    try {
      const { bytes, gzipped } = await buildSite(dir);
      expect(readdirSync(dir)).toEqual(['index.html']);
      const line = `\`site/dist/index.html\`, the whole page (script and style inline, nothing else to fetch): **${kB(bytes)}**, **${kB(gzipped)}** gzipped.`;
      const readme = readFileSync(readmeUrl, 'utf8');
      const start = readme.indexOf(START);
      const end = readme.indexOf(END);
      expect(start, `README.md needs ${START} … ${END}`).toBeGreaterThan(-1);
      if (process.env.UPDATE_SITE_SIZE === '1') {
        writeFileSync(readmeUrl, `${readme.slice(0, start + START.length)}\n${line}\n${readme.slice(end)}`);
        return;
      }
      const [stored, storedGzipped] = [...readme.slice(start, end).matchAll(/\*\*([\d.]+) kB\*\*/g)].map((m) => Number(m[1]) * 1000);
      expect(Math.abs(bytes - stored!) / bytes, `README says ${kB(stored!)}, the page is ${kB(bytes)}: UPDATE_SITE_SIZE=1 rewrites it`).toBeLessThan(0.1);
      expect(Math.abs(gzipped - storedGzipped!) / gzipped, `README says ${kB(storedGzipped!)} gzipped, the page is ${kB(gzipped)}`).toBeLessThan(0.1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
