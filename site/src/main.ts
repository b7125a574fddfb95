// The page: paste a report (or load a seed or a JSON file), correct the drafted claims, read the
// disputes. Everything runs here, in the browser, on the library's browser-safe core.
import {
  analyze,
  ClaimSetError,
  defaultVocabulary,
  formatMarkdownReport,
  parseClaimSet,
  renderSvg,
  serializeJsonLd,
  toClaimReview,
  type Analysis,
  type ClaimSet,
} from 'counterclaim';
import seed000 from '../../examples/seeds/000-south-waziristan-offensive.json';
import seed001 from '../../examples/seeds/001-north-waziristan-clashes.json';
import seed002 from '../../examples/seeds/002-south-waziristan-raid.json';
import { formatPath } from '../../src/claims/formatPath.js';
import { byId, download, el } from './dom.js';
import { readClaimSets, type LoadProblem } from './readClaimSets.js';
import { renderReports, showEvidence, type ReportsPage } from './reportsView.js';
import { renderResults } from './resultsView.js';
import { addSetReport, addTextReport, createState, draftReport, reviewedSet, type Row } from './state.js';
import { LISTS, renderTables, type TablePage } from './tableView.js';

// The hand-modelled seeds of examples/seeds: their articles are not part of the repository, so
// the picker loads the ClaimSets, each claim with its quoted sentence.
const SEEDS: readonly { readonly title: string; readonly set: unknown }[] = [
  { title: 'Seed 000 · South Waziristan offensive (CNN, 18 Oct 2009)', set: seed000 },
  { title: 'Seed 001 · North Waziristan clashes (7 Oct 2007)', set: seed001 },
  { title: 'Seed 002 · South Waziristan raid (15 Sep 2021)', set: seed002 },
];

const state = createState();
let analysis: Analysis | undefined;
let selected: Row | undefined;
let syncRows: () => void = () => {};
// The event time of a paste whose chart is not drawn yet: the page measures paste to chart.
let pastedAt: number | undefined;
// The chart column's width, kept by a ResizeObserver.
let chartWidth = 0;

function showProblems(groups: readonly { readonly title: string; readonly problems: readonly LoadProblem[] }[]): void {
  const section = byId('problems');
  section.hidden = groups.length === 0;
  byId('problems-list').replaceChildren(
    ...groups.flatMap(({ title, problems }) => [
      el('h3', {}, title),
      el('ul', {}, ...problems.map((p) => el('li', {}, el('code', {}, p.path), ' ', p.message))),
    ]),
  );
  if (groups.length > 0) section.focus();
}

// Why the library refused a row the table let through ("claims[3].measure.subject" with "!!!"),
// by claim id: the row says so and is left out, and the rest is analysed.
const issues = new Map<string, string>();

// Re-analyses the reviewed claims and redraws the results; the tables keep their rows.
function analyse(): void {
  analysis = undefined;
  issues.clear();
  const { set, resolveEvents } = reviewedSet(state);
  if (set.claims.length > 0) {
    try {
      analysis = analyze(set, { resolveEvents });
    } catch (error) {
      if (!(error instanceof ClaimSetError)) throw error;
      for (const issue of error.issues) {
        const claim = issue.path[0] === 'claims' && typeof issue.path[1] === 'number' ? set.claims[issue.path[1]] : undefined;
        // The page writes the sources and events itself: a problem there is the page's own bug.
        if (claim === undefined) throw error;
        issues.set(claim.id, `${formatPath(issue.path.slice(2))} ${issue.message}`);
      }
      const kept = set.claims.filter((c) => !issues.has(c.id));
      if (kept.length > 0) analysis = analyze({ ...set, claims: kept }, { resolveEvents });
    }
  }
  renderResults(analysis, chartWidth, byId<HTMLInputElement>('chart-all').checked);
  updateLists();
  syncRows();
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.export')) button.disabled = analysis === undefined;
  if (pastedAt !== undefined) {
    const start = pastedAt;
    pastedAt = undefined;
    // After the frame that shows the chart has been painted.
    requestAnimationFrame(() => setTimeout(() => performance.measure('counterclaim:paste-to-chart', { start })));
  }
}

// The suggestions of the table's inputs: the page's sources and sides, the vocabulary's terms.
function updateLists(): void {
  const sides = new Set<string>();
  for (const s of state.sources.values()) if (s.side !== undefined) sides.add(s.side);
  for (const r of state.reports) for (const row of r.rows) if (row.claim.measure.side !== undefined) sides.add(row.claim.measure.side);
  const list = (id: string, values: Iterable<string>): HTMLDataListElement => el('datalist', { id }, ...[...values].map((value) => el('option', { value })));
  byId('lists').replaceChildren(
    list(LISTS.sources, [...state.sources.values()].map((s) => s.name)),
    list(LISTS.sides, [...sides].sort()),
    list(LISTS.outcomes, defaultVocabulary.outcomes.map((o) => o.id)),
    list(LISTS.subjects, defaultVocabulary.subjects.map((s) => s.id)),
  );
}

const page: ReportsPage & TablePage = {
  state,
  issues,
  editing: new Set(),
  stale: new Set(),
  get selected() {
    return selected;
  },
  draft(report, at) {
    draftReport(state, report);
    page.stale.delete(report.id);
    page.editing.delete(report.id);
    pastedAt = at;
    page.rebuild(`${report.id}:view`);
  },
  remove(report) {
    state.reports = state.reports.filter((r) => r !== report);
    if (state.reports.length === 0) addTextReport(state);
    page.rebuild(`${state.reports[0]!.id}:text`);
  },
  changed() {
    analyse();
  },
  rebuild(focus) {
    renderReports(byId('reports'), page);
    syncRows = renderTables(byId('tables'), page);
    analyse();
    if (focus !== undefined) document.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focus)}"]`)?.focus({ preventScroll: true });
  },
  select(report, row) {
    selected = row;
    syncRows();
    showEvidence(report, row);
  },
};

function loadSets(sets: readonly ClaimSet[], title: (i: number) => string): void {
  // An empty pasted report, as the page starts with, gives way to what is loaded.
  state.reports = state.reports.filter((r) => r.origin !== 'text' || r.text !== '');
  sets.forEach((set, i) => addSetReport(state, set, title(i)));
  page.rebuild();
}

async function loadFiles(files: readonly File[]): Promise<void> {
  const problems: { title: string; problems: readonly LoadProblem[] }[] = [];
  for (const file of files) {
    const result = readClaimSets(await file.text());
    if ('problems' in result) problems.push({ title: file.name, problems: result.problems });
    else loadSets(result.sets, (i) => (result.sets.length === 1 ? file.name : `${file.name} #${i + 1}`));
  }
  showProblems(problems);
}

function exportName(extension: string): string {
  return `counterclaim-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

function wire(): void {
  const seed = byId<HTMLSelectElement>('seed');
  seed.append(...SEEDS.map((s, i) => el('option', { value: String(i) }, s.title)));
  seed.addEventListener('change', () => {
    const chosen = SEEDS[Number(seed.value)];
    seed.value = '';
    if (chosen === undefined) return;
    const parsed = parseClaimSet(chosen.set);
    if (parsed.success) loadSets([parsed.data], () => chosen.title);
  });
  byId('add-report').addEventListener('click', () => {
    const report = addTextReport(state);
    page.rebuild(`${report.id}:text`);
  });
  const input = byId<HTMLInputElement>('load-file');
  byId('load').addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    void loadFiles([...(input.files ?? [])]).finally(() => (input.value = ''));
  });
  byId('problems-close').addEventListener('click', () => showProblems([]));
  byId('clear').addEventListener('click', () => {
    state.reports = [];
    state.sources.clear();
    state.made = 0;
    selected = undefined;
    showProblems([]);
    const report = addTextReport(state);
    page.rebuild(`${report.id}:text`);
  });
  byId('chart-all').addEventListener('change', analyse);

  const when = (action: (a: Analysis) => void) => () => {
    if (analysis !== undefined) action(analysis);
  };
  byId('export-json').addEventListener(
    'click',
    when((a) => download(exportName('json'), 'application/json', `${JSON.stringify(a.set, null, 2)}\n`)),
  );
  byId('export-md').addEventListener('click', when((a) => download(exportName('md'), 'text/markdown', formatMarkdownReport(a))));
  byId('export-svg').addEventListener('click', when((a) => download(exportName('svg'), 'image/svg+xml', renderSvg(a))));
  byId('export-claimreview').addEventListener(
    'click',
    when((a) => {
      const url = byId<HTMLInputElement>('cr-url');
      const author = byId<HTMLInputElement>('cr-author');
      const missing = [url, author].find((field) => field.value.trim() === '');
      if (missing !== undefined) {
        missing.setCustomValidity('Needed for ClaimReview');
        missing.reportValidity();
        missing.addEventListener('input', () => missing.setCustomValidity(''), { once: true });
        return;
      }
      const options = { url: url.value.trim(), author: { name: author.value.trim() } };
      const reviews = a.groups.filter((g) => g.claimants.length > 1).flatMap((g) => toClaimReview(g, a.set, options));
      download(exportName('jsonld'), 'application/ld+json', `${serializeJsonLd(reviews)}\n`);
    }),
  );
  // The chart takes the width of its column, redrawn when the column changes.
  new ResizeObserver(([entry]) => {
    const width = Math.round(entry?.contentRect.width ?? 0);
    if (Math.abs(width - chartWidth) < 4) return;
    chartWidth = width;
    analyse();
  }).observe(byId('chart'));
}

wire();
const first = addTextReport(state);
page.rebuild(`${first.id}:text`);
