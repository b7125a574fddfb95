// The right column's results: the groups most divergent first with their summary sentences, the
// findings, and the range chart, all redrawn whenever the claims change.
import { renderSvg, summarize, type Analysis } from 'counterclaim';
import { disputedFirst } from '../../src/reports/disputedFirst.js';
import { sourceNames } from '../../src/reports/sourceNames.js';
import { byId, el } from './dom.js';
import { explainFactor, factorBadge, measureWords, NO_PATTERN, patternWord } from './explain.js';

const SVG = 'http://www.w3.org/2000/svg';

// The chart's SVG as nodes. renderSvg escapes every text from the data, so the markup parsed here
// is the library's own; parsed as XML, as a browser reads an .svg file, and never as HTML.
function chartNode(svg: string): Node {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (parsed.documentElement.localName !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) {
    return el('p', { class: 'empty' }, 'The chart could not be drawn.');
  }
  return document.importNode(parsed.documentElement, true);
}

/**
 * Draws the analysis; the chart `width` pixels wide (given, since measuring the column here would
 * force a layout of the whole page), with the figures of a single source too when `chartAll`.
 */
export function renderResults(analysis: Analysis | undefined, width: number, chartAll: boolean): void {
  const groupsList = byId('groups');
  const single = byId<HTMLDetailsElement>('single');
  const findings = byId('findings');
  const chart = byId('chart');
  if (analysis === undefined || analysis.groups.length === 0) {
    groupsList.replaceChildren(el('li', { class: 'empty' }, 'No claims yet: paste a report, or load a seed or a JSON file.'));
    single.hidden = true;
    findings.replaceChildren();
    chart.replaceChildren();
    byId('status').textContent = '';
    return;
  }
  const name = sourceNames(analysis.set);
  const { disputed, single: alone } = disputedFirst(analysis.groups);
  const event = new Map(analysis.set.events.map((e) => [e.id, e.label ?? e.id]));

  groupsList.replaceChildren(
    ...(disputed.length === 0
      ? [el('li', { class: 'empty' }, 'No figure is disputed: every group has one source.')]
      : disputed.map((group, i) => {
          const tip = `factor-${i}`;
          const pattern = patternWord(group);
          return el(
            'li',
            { class: 'group', 'data-group': group.id },
            el(
              'div',
              { class: 'head' },
              el('span', { class: 'what' }, measureWords(group)),
              el('span', { class: 'where' }, event.get(group.event) ?? group.event),
              el(
                'span',
                { class: 'tip-wrap' },
                el('button', { type: 'button', class: 'factor', 'aria-describedby': tip }, factorBadge(group)),
                el('span', { class: 'tip', role: 'tooltip', id: tip }, explainFactor(group, name)),
              ),
              el('span', { class: `pattern ${pattern.replace(' ', '-')}`, ...(group.divergence.pattern === null ? { title: NO_PATTERN } : {}) }, pattern),
            ),
            el('p', { class: 'sentence' }, summarize(group, analysis.set)),
          );
        })),
  );
  single.hidden = alone.length === 0;
  single.querySelector('summary')!.textContent = `${alone.length} figure${alone.length === 1 ? '' : 's'} from a single source`;
  byId('single-list').replaceChildren(...alone.map((group) => el('li', {}, summarize(group, analysis.set))));

  findings.replaceChildren(
    ...(analysis.findings.length === 0 ? [el('li', { class: 'empty' }, 'Nothing that does not add up.')] : analysis.findings.map((f) => el('li', {}, f.message))),
  );

  const svg = chartNode(renderSvg(analysis, { width: Math.max(320, width), disputedOnly: !chartAll }));
  // Each heading of the chart, in the chart's order (disputes first), says what its factor means on hover.
  const charted = chartAll ? [...disputed, ...alone] : disputed;
  const headings = svg instanceof Element ? [...svg.querySelectorAll('g.heading')] : [];
  if (headings.length === charted.length) {
    headings.forEach((heading, i) => {
      const title = document.createElementNS(SVG, 'title');
      title.textContent = explainFactor(charted[i]!, name);
      heading.prepend(title);
    });
  }
  chart.replaceChildren(svg);

  const top = disputed[0];
  byId('status').textContent =
    top === undefined
      ? `${analysis.groups.length} groups, none disputed.`
      : `${disputed.length} disputed of ${analysis.groups.length} groups. Most divergent: ${measureWords(top)}, ${factorBadge(top)}, ${patternWord(top)}.`;
}
