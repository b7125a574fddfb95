// counterclaim in a browser page: examples/browser/main.ts imports the package as a web app would,
// esbuild bundles it for the browser (only what it imports: no node: modules, no CLI), and the page
// is opened in headless Chromium, which shows the summary and the chart. Without Chromium the page
// is still built and its path printed; in CI a missing Chromium fails (tests/browser/chromium.ts).
// Run: npx tsx examples/browser.ts
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { browserTestsRun, launchChromium } from '../tests/browser/chromium.js';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const SET = {
  sources: [
    { id: 'army', name: 'The army', side: 'state' },
    { id: 'ttp', name: 'The TTP', side: 'ttp' },
  ],
  events: [{ id: 'raid', label: 'Raid in South Waziristan' }],
  claims: [
    { id: 'a', claimant: 'army', event: 'raid', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: 'five' },
    { id: 't', claimant: 'ttp', event: 'raid', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: '68' },
  ],
};

const bundle = await build({
  entryPoints: [here('./browser/main.ts')],
  // "counterclaim" resolves as in a user's project: through package.json's exports to dist/.
  tsconfig: here('./tsconfig.json'),
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  write: false,
  metafile: true,
  logLevel: 'warning',
});
const script = bundle.outputFiles[0]?.text ?? '';
const inputs = Object.keys(bundle.metafile.inputs);
if (inputs.some((i) => i.startsWith('src/') || i.startsWith('node:'))) throw new Error(`browser: the bundle reads ${inputs.filter((i) => i.startsWith('src/') || i.startsWith('node:')).join(', ')}`);
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const html = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>counterclaim in the browser</title>
<textarea id="set" rows="12" cols="100">${escapeHtml(JSON.stringify(SET, null, 1))}</textarea>
<p id="summary"></p><div id="chart"></div>
<script>${script.replace(/<\/script/gi, '<\\/script')}</script>
</html>
`;
const dir = mkdtempSync(join(tmpdir(), 'counterclaim-browser-'));
const page = join(dir, 'index.html');
writeFileSync(page, html);
console.log(`${page}: ${(script.length / 1000).toFixed(1)} kB of script, from ${inputs.filter((i) => i.includes('dist/')).length} modules of the built package`);

if (browserTestsRun('examples/browser.ts')) {
  const browser = await launchChromium(join(dir, 'profile'));
  try {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(pathToFileURL(page).href);
    const summary = await tab.locator('#summary').textContent();
    const bars = await tab.locator('#chart svg').count();
    console.log(`Chromium shows: ${summary}`);
    if (errors.length > 0 || bars !== 1 || !summary?.includes('13.6 times as many')) throw new Error(`browser: the page shows ${JSON.stringify({ summary, bars, errors })}`);
  } finally {
    await browser.close();
  }
}
