// The page checked as a person uses it: built, opened from file:// in Debian's Chromium, a report
// pasted, its drafts corrected, exported and read back, hostile text pasted. The steps of one
// describe share the page and run in order. A screenshot at 1280×800 and the time from paste to
// chart go to test-artifacts/ (ignored by git).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_ARTICLES, sharedFolder } from '../../examples/lib/sharedData.js';
import { buildSite } from '../../site/build.js';
import { browserTestsRun, launchChromium } from './chromium.js';

const runs = browserTestsRun('site.browser.test');
const seeds = sharedFolder('seeds');
const seed000 = seeds === undefined ? undefined : readFileSync(new URL(SEED_ARTICLES[0].file, seeds), 'utf8');
if (runs && seed000 === undefined) {
  console.warn('site.browser.test: the steps that paste seed 000 are skipped: no ../shared/seeds beside the repository (or COUNTERCLAIM_SHARED).');
}
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const STEP = 60_000;

// Two short reports of one incident, written for this test: neither disputes anything alone.
const DAWN = 'ISLAMABAD, Pakistan -- Five soldiers were killed in a raid in South Waziristan on Saturday, the Pakistani army said.';
const CNN = 'ISLAMABAD, Pakistan -- The Pakistani Taliban said they killed 68 Pakistani soldiers in South Waziristan on Saturday, a spokesman told CNN by phone.';

const HOSTILE_OUTLET = '<img src=x onerror="window.__pwned=1">';
const HOSTILE_REPORT =
  '<img src=x onerror="window.__pwned=2"> ISLAMABAD, Pakistan -- The army said Sunday that five soldiers were killed in the raid. ' +
  'A spokesman for the <script>window.__pwned=3</script> Taliban told <a href="javascript:window.__pwned=4">Reuters</a> that 40 soldiers were killed. ' +
  '</script><svg onload="window.__pwned=5"><iframe src="javascript:window.__pwned=6"></iframe> Residents said 12 civilians died.';

// What hostile text could have left in the document (plain JavaScript: the type-check has no DOM).
const INSPECT = `(() => {
  const all = [...document.querySelectorAll('*')];
  return {
    pwned: window.__pwned,
    scripts: document.scripts.length,
    images: document.images.length,
    frames: document.querySelectorAll('iframe, object, embed, frame').length,
    links: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => e.localName + ' ' + a.name)),
    svgOutsideChart: [...document.querySelectorAll('svg')].filter((s) => !s.closest('#chart')).length,
  };
})()`;

// What the page concludes: the disputes, the single-source figures, the findings and the chart.
const ANALYSIS = `(() => ({
  groups: document.getElementById('groups').innerText,
  single: document.getElementById('single-list').innerText,
  findings: document.getElementById('findings').innerText,
  chart: document.getElementById('chart').innerHTML,
}))()`;

describe.skipIf(!runs)('the page in Chromium', () => {
  let dir: string;
  let url: string;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'counterclaim-site-'));
    url = pathToFileURL((await buildSite(join(dir, 'site'))).file).href;
    context = await launchChromium(join(dir, 'profile'), { width: 1280, height: 800 });
    context.on('request', (request) => requests.push(request.url()));
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url);
  }, STEP);

  afterAll(async () => {
    await context?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  const group = (what: string): Locator => page.locator('#groups li.group').filter({ has: page.locator('.what', { hasText: new RegExp(`^${what}$`) }) });
  const rowWithFigure = async (figure: string): Promise<Locator> => {
    const rows = page.locator('tr[data-claim]');
    const count = await rows.count();
    for (let i = 0; i < count; i++) {
      if ((await rows.nth(i).getByLabel(/^Figure as written/).inputValue()) === figure) return rows.nth(i);
    }
    throw new Error(`no row with the figure ${figure}`);
  };
  // Types into a field and leaves it, as a person does: the page reads the field on change.
  const enter = async (field: Locator, value: string): Promise<void> => {
    await field.fill(value);
    await field.press('Tab');
  };
  const startOver = async (): Promise<void> => {
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect.poll(() => page.locator('article.report').count()).toBe(1);
  };
  const saved = async (button: Locator): Promise<{ path: string; text: string }> => {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    return { path, text: readFileSync(path, 'utf8') };
  };
  const load = async (...paths: string[]): Promise<void> => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Load JSON…' }).click()]);
    await chooser.setFiles(paths);
  };

  it('opens from file:// with an empty report to paste into', async () => {
    await expect.poll(() => page.getByLabel('Text of Report 1').isVisible()).toBe(true);
    expect(await page.locator('#groups').innerText()).toContain('No claims yet');
  });

  it.skipIf(seed000 === undefined)(
    'drafts seed 000 as it is pasted: the army against the TTP, 11.5× apart, self-serving',
    async () => {
      await enter(page.getByLabel('Outlet of Report 1'), 'CNN');
      await page.getByLabel('Publication date of Report 1').fill(SEED_ARTICLES[0].publishedAt);
      const started = Date.now();
      await page.getByLabel('Text of Report 1').fill(seed000!);
      await page.locator('#chart svg g.heading').first().waitFor();
      const wallClock = Date.now() - started;
      const measured = (await page.evaluate(`performance.getEntriesByName('counterclaim:paste-to-chart').map((e) => e.duration)`)) as number[];
      expect(measured).toHaveLength(1);
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, 'site-paste-to-chart.json'), `${JSON.stringify({ seed: SEED_ARTICLES[0].file, pasteToChartMs: Math.round(measured[0]!), wallClockMs: wallClock }, null, 2)}\n`);
      console.log(`site.browser.test: seed 000, paste to chart ${Math.round(measured[0]!)} ms in the page (${wallClock} ms from the test)`);

      const security = group('Security forces killed');
      await expect.poll(() => security.locator('.factor').innerText()).toBe('11.5× apart');
      expect(await security.locator('.pattern').innerText()).toBe('self-serving');
      const sentence = await security.locator('p.sentence').innerText();
      expect(sentence).toMatch(/army .*said five soldiers were killed; the Taliban .*said 68 security forces were killed — 13\.6 times as many\. Each side's figure favours itself\./);
      // The chart draws the same group, and its heading says what the factor means on hover.
      const heading = page.locator('#chart g.heading').filter({ hasText: 'Security forces killed' });
      expect(await heading.locator('title').textContent()).toContain('(68 + 1) ÷ (5 + 1) = 11.5');
      expect(await page.locator('#status').innerText()).toContain('2 disputed');
    },
    STEP,
  );

  it.skipIf(seed000 === undefined)(
    "marks a claim's sentence and figure in the text when its sentence is picked with the keyboard",
    async () => {
      const row = await rowWithFigure('68');
      await row.locator('button.quote').focus();
      await page.keyboard.press('Enter');
      const text = page.getByRole('region', { name: 'Text of Report 1' });
      await expect.poll(() => text.locator('mark.figure').textContent()).toBe('68');
      expect(await text.locator('mark.sentence').textContent()).toMatch(/^But the Taliban claimed they had killed 68 Pakistani security forces/);
      expect(await row.getAttribute('class')).toContain('selected');
    },
    STEP,
  );

  it.skipIf(seed000 === undefined)(
    'explains the factor when its badge has the focus or the pointer; a screenshot at 1280×800',
    async () => {
      await page.locator('#work').evaluate('(work) => work.scrollTo(0, 0)');
      const security = group('Security forces killed');
      const tip = security.getByRole('tooltip');
      expect(await tip.isVisible()).toBe(false);
      await security.locator('.factor').focus();
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.innerText()).toMatch(/at least 68 and .* at most 5, and \(68 \+ 1\) ÷ \(5 \+ 1\) = 11\.5\. The 1 keeps a count of zero finite/);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'site-1280x800.png') });
      await page.locator('#status').focus();
      await security.locator('.factor').hover();
      expect(await tip.isVisible()).toBe(true);
    },
    STEP,
  );

  it.skipIf(seed000 === undefined)(
    "changes the pattern as the claimants' sides are corrected",
    async () => {
      const security = group('Security forces killed');
      const ttp = await rowWithFigure('68');
      await enter(ttp.getByLabel(/^Claimant's side/), 'pakistan-state');
      await expect.poll(() => security.locator('.pattern').innerText()).toBe('no pattern');
      expect(await security.locator('p.sentence').innerText()).not.toContain('favours itself');
      // A side is the claimant's: typed in one row, it holds in each of its rows, written as an id.
      const army = await rowWithFigure('Five');
      await enter(army.getByLabel(/^Claimant's side/), 'Taliban');
      await expect.poll(() => security.locator('.pattern').innerText()).toBe('reversed');
      expect(await security.locator('p.sentence').innerText()).toContain("Each side's figure runs against its own interest.");
      expect(await (await rowWithFigure('60')).getByLabel(/^Claimant's side/).inputValue()).toBe('taliban');
    },
    STEP,
  );

  it.skipIf(seed000 === undefined)(
    'exports the reviewed set and reads it back to the same analysis',
    async () => {
      const drafted = await page.locator('tr[data-claim]').count();
      await (await rowWithFigure('three')).getByLabel('Wrong').check();
      await (await rowWithFigure('13')).getByRole('button', { name: /^Delete/ }).click();
      expect(await page.locator('tr[data-claim]').count()).toBe(drafted - 1);
      expect(await page.locator('tr.wrong').count()).toBe(1);
      const before = await page.evaluate(ANALYSIS);
      expect(JSON.stringify(before)).not.toContain('13 people');

      const exported = await saved(page.getByRole('button', { name: 'ClaimSet JSON', exact: true }));
      const set = JSON.parse(exported.text) as { sources: { id: string; side?: string }[]; claims: { figure: { text?: string } }[] };
      // Neither the row marked wrong nor the deleted one; the corrected sides kept.
      expect(set.claims.map((c) => c.figure.text)).not.toContain('three');
      expect(set.claims).toHaveLength(drafted - 2);
      expect(set.sources.find((s) => s.id === 'pakistan-military')?.side).toBe('taliban');

      await startOver();
      await load(exported.path);
      await expect.poll(() => page.locator('tr[data-claim]').count()).toBe(drafted - 2);
      expect(await page.evaluate(ANALYSIS)).toEqual(before);
      expect((await saved(page.getByRole('button', { name: 'ClaimSet JSON', exact: true }))).text).toBe(exported.text);
    },
    STEP,
  );

  it(
    'merges two reports through resolveEvents, and counts a claim added by hand',
    async () => {
      await startOver();
      await enter(page.getByLabel('Outlet of Report 1'), 'Dawn');
      await page.getByLabel('Publication date of Report 1').fill('2009-10-18');
      await page.getByLabel('Text of Report 1').fill(DAWN);
      await expect.poll(() => page.locator('#groups').innerText()).toContain('No figure is disputed');

      await page.getByRole('button', { name: 'Paste another report' }).click();
      await expect.poll(() => page.evaluate('document.activeElement.getAttribute("aria-label")')).toBe('Text of Report 2');
      await enter(page.getByLabel('Outlet of Report 2'), 'CNN');
      await page.getByLabel('Publication date of Report 2').fill('2009-10-18');
      // Typed, not pasted: nothing is drafted until Ctrl+Enter.
      await page.getByLabel('Text of Report 2').focus();
      await page.keyboard.type(CNN);
      expect(await page.locator('tr[data-claim]').count()).toBe(1);
      await page.keyboard.press('Control+Enter');

      const soldiers = group('Soldiers killed');
      await expect.poll(() => soldiers.locator('.factor').innerText()).toBe('11.5× apart');
      expect(await soldiers.locator('.pattern').innerText()).toBe('no pattern');
      const spokesman = await rowWithFigure('68');
      await enter(spokesman.getByLabel(/^Claimant,/), 'Pakistani Taliban');
      await enter(spokesman.getByLabel(/^Claimant's side/), 'ttp');
      await expect.poll(() => soldiers.locator('.pattern').innerText()).toBe('self-serving');
      expect(await soldiers.locator('p.sentence').innerText()).toMatch(/^The Pakistani army, through Dawn, said five soldiers were killed; Pakistani Taliban, speaking to CNN by phone, said 68/);

      await page.getByRole('button', { name: 'Add a claim' }).first().click();
      // The focus goes to the new row's claimant.
      await expect.poll(() => page.evaluate('document.activeElement.getAttribute("aria-label")')).toMatch(/^Claimant, claim 2 of Report 1/);
      const added = page.locator(`tr[data-claim="${await page.locator('tr:has(:focus)').getAttribute('data-claim')}"]`);
      await enter(added.getByLabel(/^Claimant,/), 'Local hospital');
      await enter(added.getByLabel(/^Who was counted/), 'soldiers');
      await enter(added.getByLabel(/^Whose people/), 'pakistan-state');
      await enter(added.getByLabel(/^Figure as written/), 'many');
      expect(await added.locator('.problem').innerText()).toBe('Not a figure: left out');
      await enter(added.getByLabel(/^Figure as written/), 'about 20');
      expect(await added.locator('.interval').innerText()).toBe('interval 18–22');
      await expect.poll(() => soldiers.locator('p.sentence').innerText()).toContain('local hospital said about 20');
      // A subject the library refuses leaves that row out, said in the row, and the rest analysed.
      await enter(added.getByLabel(/^Who was counted/), '!!!');
      await expect.poll(() => added.locator('.problem').innerText()).toBe('measure.subject "!!!" has no letters or digits: left out');
      expect(await soldiers.locator('p.sentence').innerText()).not.toContain('hospital');
      expect(await soldiers.locator('.factor').innerText()).toBe('11.5× apart');
    },
    STEP,
  );

  it(
    "shows a loaded file's problems at their paths, as text, and loads nothing from it",
    async () => {
      const reports = await page.locator('article.report').count();
      const valid = { sources: [{ id: 'a', name: 'A' }], events: [{ id: 'e' }], claims: [] };
      const invalid = {
        sources: [{ id: 'a', name: 'A' }],
        events: [{ id: 'e' }],
        claims: [
          { id: 'c1', claimant: 'a', event: 'e', measure: { outcome: 'killed', subject: 'soldiers' }, figure: 'lots' },
          { id: 'c2', claimant: '<img src=x onerror="window.__pwned=7">', event: 'e', measure: { outcome: 'killed', subject: 'soldiers' }, figure: 5 },
        ],
      };
      const file = join(dir, 'two-sets.json');
      writeFileSync(file, JSON.stringify([valid, invalid]));
      const broken = join(dir, 'broken.json');
      writeFileSync(broken, '{"sources": [');
      await load(file, broken);
      const problems = page.locator('#problems');
      await expect.poll(() => problems.isVisible()).toBe(true);
      const items = await problems.locator('li').allInnerTexts();
      expect(items.some((t) => t.startsWith('[1].claims[0].figure '))).toBe(true);
      expect(items.find((t) => t.startsWith('[1].claims[1].claimant '))).toContain('<img src=x onerror=');
      expect(items.find((t) => t.startsWith('(document) '))).toContain('not JSON');
      expect(await problems.locator('h3').allInnerTexts()).toEqual(['two-sets.json', 'broken.json']);
      expect(await page.locator('article.report').count()).toBe(reports);
      await page.getByRole('button', { name: 'Dismiss' }).click();
      expect(await problems.isVisible()).toBe(false);
    },
    STEP,
  );

  it(
    'keeps a hostile report as text: nothing runs and no element is injected',
    async () => {
      await startOver();
      await enter(page.getByLabel('Outlet of Report 1'), HOSTILE_OUTLET);
      await page.getByLabel('Text of Report 1').fill(HOSTILE_REPORT);
      await expect.poll(() => page.locator('tr[data-claim]').count()).toBeGreaterThanOrEqual(2);
      for (const quote of await page.locator('button.quote').all()) await quote.click();
      await page.locator('#chart-all').check();
      for (const factor of await page.locator('.factor').all()) await factor.hover();
      const markdown = await saved(page.getByRole('button', { name: 'Markdown', exact: true }));
      const svg = await saved(page.getByRole('button', { name: 'SVG', exact: true }));
      await page.locator('#claimreview summary').click();
      await page.getByLabel('Fact-check page URL').fill('https://factcheck.example/raid');
      await page.getByLabel('Published by').fill('Example Checks');
      const claimReview = await saved(page.getByRole('button', { name: 'Download JSON-LD', exact: true }));

      const found = (await page.evaluate(INSPECT)) as Record<string, unknown>;
      expect(found).toEqual({ pwned: undefined, scripts: 1, images: 0, frames: 0, links: [], handlers: [], svgOutsideChart: 0 });
      expect(dialogs).toEqual([]);
      // The words are all there, as words.
      expect(await page.locator('[data-text]').textContent()).toContain('<svg onload="window.__pwned=5"><iframe');
      const claimants = await Promise.all((await page.getByLabel(/^Claimant,/).all()).map((field) => field.inputValue()));
      expect(claimants).toContain(HOSTILE_OUTLET);
      expect(await page.locator('#groups').innerText()).toContain('<img src=x onerror="window.__pwned=1">');
      expect(await page.locator('#chart').textContent()).toContain('<img src=x');
      // The exports carry the text escaped for where each goes.
      expect(svg.text).not.toContain('<img');
      expect(claimReview.text).not.toMatch(/<\/?script/i);
      expect(JSON.stringify(JSON.parse(claimReview.text))).toContain('<img src=x onerror=');
      expect(markdown.text).toContain('onerror');
    },
    STEP,
  );

  it(
    'loads a hand-modelled seed: its claims, and each sentence it quotes',
    async () => {
      await startOver();
      await page.getByLabel('Seed').selectOption({ index: 1 });
      await expect.poll(() => page.locator('tr[data-claim]').count()).toBe(13);
      const security = group('Security forces killed');
      expect(await security.locator('.factor').innerText()).toBe('11.5× apart');
      expect(await security.locator('.pattern').innerText()).toBe('self-serving');
      await (await rowWithFigure('68')).locator('button.quote').click();
      const sentence = page.getByRole('region', { name: /^Sentence from Seed 000/ });
      expect(await sentence.locator('mark.figure').textContent()).toBe('68');
    },
    STEP,
  );

  it('fetched nothing but the page and raised no error', () => {
    expect(requests.filter((r) => !r.startsWith('file://') && !r.startsWith('blob:'))).toEqual([]);
    expect(requests.filter((r) => r.startsWith('file://') && r !== url)).toEqual([]);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
