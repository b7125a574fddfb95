// The SVG chart checked the way a reader sees it: drawn by a real Chromium, then measured.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, parseClaimSet, type ClaimSet } from '../../src/index.js';
import { renderSvg } from '../../src/reports/renderSvg.js';
import { browserTestsRun, launchChromium } from './chromium.js';

const HOSTILE = '<script>window.__pwned = 1; alert(1)</script>';

const runs = browserTestsRun('renderSvg.browser.test');

function parse(input: unknown): ClaimSet {
  const parsed = parseClaimSet(input);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

const seedDir = new URL('../../examples/seeds/', import.meta.url);
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, set: parse(JSON.parse(readFileSync(new URL(file, seedDir), 'utf8'))) }));

// A set whose every text from the data tries to be markup.
const hostile = parse({
  sources: [
    { id: 'a', name: HOSTILE, side: '<b>state</b>' },
    { id: 'b', name: 'Rebels" onload="alert(2)', side: 'rebels' },
  ],
  events: [{ id: 'e', label: '<img src=x onerror="alert(3)">' }],
  claims: [
    { id: '1', claimant: 'a', event: 'e', measure: { outcome: 'killed', subject: 'soldiers', side: '<b>state</b>' }, figure: 'five' },
    { id: '2', claimant: 'b', event: 'e', measure: { outcome: 'killed', subject: 'soldiers', side: '<b>state</b>' }, figure: 'at least 68' },
  ],
});

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
interface Rendered {
  readonly root: string;
  readonly parseErrors: number;
  readonly scripts: number;
  readonly pwned: unknown;
  readonly svgWidth: number;
  readonly texts: { text: string; box: Box; visible: boolean; onTop: boolean }[];
  readonly rows: { box: Box; texts: Box[] }[];
}

// Runs in the page (plain JavaScript: the project's type-check has no DOM library, on purpose).
const MEASURE = `(() => {
      const box = (b) => ({ x: b.x, y: b.y, width: b.width, height: b.height });
      const root = document.documentElement;
      const texts = [...document.querySelectorAll('text')].map((t) => {
        const r = t.getBoundingClientRect();
        const style = getComputedStyle(t);
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return {
          text: t.textContent ?? '',
          box: box(t.getBBox()),
          visible: style.visibility === 'visible' && style.display !== 'none' && Number(style.opacity) > 0,
          onTop: hit === t,
        };
      });
      const rows = [...document.querySelectorAll('g.row, g.heading')].map((g) => ({
        box: box(g.getBoundingClientRect()),
        texts: [...g.querySelectorAll('text')].map((t) => box(t.getBoundingClientRect())),
      }));
      return {
        root: root.localName,
        parseErrors: document.getElementsByTagName('parsererror').length,
        scripts: document.getElementsByTagName('script').length,
        pwned: window.__pwned,
        svgWidth: root.getBoundingClientRect().width,
        texts,
        rows,
      };
})()`;

describe.skipIf(!runs)('renderSvg in Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'counterclaim-svg-'));
    context = await launchChromium(join(dir, 'profile'));
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  // Opens the SVG as its own document (as a browser shows an .svg file) and measures what it drew.
  async function render(name: string, svg: string): Promise<Rendered> {
    const file = join(dir, `${name}.svg`);
    writeFileSync(file, svg);
    const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
    await page.setViewportSize({ width: 800, height });
    await page.goto(pathToFileURL(file).href);
    return (await page.evaluate(MEASURE)) as Rendered;
  }

  function expectLegible(rendered: Rendered): void {
    expect(rendered.root).toBe('svg');
    expect(rendered.parseErrors).toBe(0);
    expect(rendered.svgWidth).toBe(800);
    for (const t of rendered.texts) {
      // Every label has ink, lies inside the 800 px, is visible and is not covered by anything.
      expect(t.box.width, t.text).toBeGreaterThan(0);
      expect(t.box.height, t.text).toBeGreaterThan(0);
      expect(t.box.x, t.text).toBeGreaterThanOrEqual(0);
      expect(t.box.x + t.box.width, t.text).toBeLessThanOrEqual(800);
      expect(t.visible, t.text).toBe(true);
      expect(t.onTop, t.text).toBe(true);
    }
    // Rows and headings follow one another down the page without overlapping, and within a row
    // the name and the figure (within a heading the measure and the divergence) do not touch.
    const rows = [...rendered.rows].sort((a, b) => a.box.y - b.box.y);
    for (let i = 1; i < rows.length; i++) {
      const above = rows[i - 1]!.box;
      expect(rows[i]!.box.y).toBeGreaterThanOrEqual(above.y + above.height - 0.5);
    }
    for (const row of rows) {
      const boxes = [...row.texts].sort((a, b) => a.x - b.x);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x).toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.width);
    }
  }

  it.each(seeds)('draws the analysis of $file legibly at 800 px', async ({ file, set }) => {
    const analysis = analyze(set);
    const rendered = await render(file, renderSvg(analysis, set));
    expectLegible(rendered);
    const rowCount = analysis.groups.reduce((n, g) => n + g.claims.length, 0);
    expect(rendered.rows.length).toBe(rowCount + analysis.groups.length);
    // Every claimant's name is drawn (whole, or cut with an ellipsis), once per claim it makes.
    const labels = rendered.texts.map((t) => t.text);
    const names = new Map(set.sources.map((s) => [s.id, s.name]));
    for (const group of analysis.groups) {
      for (const claim of group.claims) {
        const name = names.get(claim.claimant) ?? claim.claimant;
        expect(labels.some((l) => l === name || (l.endsWith('…') && name.startsWith(l.slice(0, -1))))).toBe(true);
      }
    }
  });

  it('shows hostile names as text and runs no script', async () => {
    const rendered = await render('hostile', renderSvg(analyze(hostile), hostile));
    expectLegible(rendered);
    expect(rendered.scripts).toBe(0);
    expect(rendered.pwned).toBeUndefined();
    expect(dialogs).toEqual([]);
    const labels = rendered.texts.map((t) => t.text);
    // Cut in the middle, the name keeps its start and its end as text.
    expect(labels.some((l) => l.startsWith('<script>window.') && l.endsWith('(1)</script>'))).toBe(true);
    expect(labels).toContain('Rebels" onload="alert(2)');
    expect(labels.some((l) => l.includes('<img src=x onerror='))).toBe(true);
  });
});
