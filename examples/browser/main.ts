/// <reference lib="dom" />
// The page's script: the whole pipeline in the browser, on a set typed into the page. Text reaches
// the page as text (textContent); the chart is renderSvg's markup, in which every name is escaped.
import { analyze, parseClaimSet, renderSvg, summarize } from 'counterclaim';

const input = document.querySelector<HTMLTextAreaElement>('#set');
const run = (): void => {
  const parsed = parseClaimSet(JSON.parse(input?.value ?? '{}'));
  const summary = document.querySelector('#summary');
  const chart = document.querySelector('#chart');
  if (summary === null || chart === null) return;
  if (!parsed.success) {
    summary.textContent = parsed.error.message;
    return;
  }
  const analysis = analyze(parsed.data);
  summary.textContent = analysis.groups.map((group) => summarize(group, analysis.set)).join(' ');
  chart.innerHTML = renderSvg(analysis, { title: 'Competing figures', width: 640 });
};
input?.addEventListener('input', run);
run();
