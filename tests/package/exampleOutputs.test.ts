// The reports of the three seeds are committed as example outputs a reader can open
// (examples/output/): this test renders them again and fails when a committed one is stale;
// UPDATE_EXAMPLE_OUTPUTS=1 writes them.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, formatMarkdownReport, renderSvg, type ClaimSetInput } from '../../src/index.js';

const seeds = new URL('../../examples/seeds/', import.meta.url);
const output = new URL('../../examples/output/', import.meta.url);
const files = readdirSync(seeds).filter((f) => f.endsWith('.json')).sort();

describe('the example outputs of the seeds', () => {
  it.each(files)('%s: Markdown and SVG are up to date', (file) => {
    const set = JSON.parse(readFileSync(new URL(file, seeds), 'utf8')) as ClaimSetInput;
    const analysis = analyze(set);
    const title = `Seed ${file.replace(/\.json$/, '')}`;
    const rendered = { md: formatMarkdownReport(analysis, { title }), svg: renderSvg(analysis, { title }) };
    for (const [ext, text] of Object.entries(rendered)) {
      const target = new URL(file.replace(/\.json$/, `.${ext}`), output);
      if (process.env.UPDATE_EXAMPLE_OUTPUTS === '1') {
        mkdirSync(output, { recursive: true });
        writeFileSync(target, text);
      }
      expect(existsSync(target), `${target.pathname}: run UPDATE_EXAMPLE_OUTPUTS=1 npx vitest run tests/package/exampleOutputs.test.ts`).toBe(true);
      expect(readFileSync(target, 'utf8')).toBe(text);
    }
  });
});
