// The claims table, one per report: every drafted claim as a row a person can correct. Edits
// change the state in place and the page re-analyses; the table is redrawn only when rows come or
// go, so that the caret and the focus stay where the person is typing.
import { el } from './dom.js';
import {
  addRow,
  formatInterval,
  RELAY_SEPARATOR,
  relayIds,
  rowProblem,
  setFigureText,
  setSourceSide,
  sideId,
  sourceIdForName,
  sourceName,
  type Report,
  type Row,
  type State,
} from './state.js';

/** What the table asks of the page. */
export interface TablePage {
  readonly state: State;
  /** The row whose sentence is shown, if any. */
  readonly selected: Row | undefined;
  /** What the library found wrong in a row the table let through, by claim id. */
  readonly issues: ReadonlyMap<string, string>;
  /** A row changed: re-analyse and refresh every row. */
  changed(): void;
  rebuild(focus?: string): void;
  select(report: Report, row: Row): void;
}

/** The datalists the table's inputs suggest from: ids of the page's <datalist> elements. */
export const LISTS = { sources: 'list-sources', sides: 'list-sides', outcomes: 'list-outcomes', subjects: 'list-subjects' } as const;

const COLUMNS: readonly [string, string][] = [
  ['col-claimant', 'Claimant'],
  ['col-side', "Claimant's side"],
  ['col-via', 'Relayed by'],
  ['col-counted', 'What was counted: outcome, who, whose side, event'],
  ['col-figure', 'Figure as written'],
  ['col-quote', 'Sentence'],
  ['col-review', 'Review'],
];

// Sets an input's value from the state unless the person is typing in it.
function show(input: HTMLInputElement | HTMLSelectElement, value: string): void {
  if (document.activeElement !== input && input.value !== value) input.value = value;
}

function claimRow(page: TablePage, report: Report, row: Row, index: number): { tr: HTMLTableRowElement; sync: () => void } {
  const { state } = page;
  const { claim } = row;
  const n = `claim ${index + 1} of ${report.title}`;
  const key = (field: string): Record<string, string> => ({ 'data-focus': `${claim.id}:${field}` });
  const input = (field: string, label: string, placeholder: string, list?: string): HTMLInputElement =>
    el('input', { ...key(field), 'aria-label': `${label}, ${n}`, placeholder, ...(list === undefined ? {} : { list }) });

  const claimant = input('claimant', 'Claimant', 'who claims it', LISTS.sources);
  const side = input('side', "Claimant's side (for every claim it makes)", 'no side', LISTS.sides);
  const via = input('via', 'Relayed by, nearest first, separated by semicolons', 'nobody', LISTS.sources);
  const outcome = input('outcome', 'Outcome', 'outcome', LISTS.outcomes);
  const subject = input('subject', 'Who was counted', 'who', LISTS.subjects);
  const whose = input('whose', 'Whose people were counted (side)', 'whose side', LISTS.sides);
  const event = el('select', { ...key('event'), 'aria-label': `Event, ${n}` }, ...report.events.map((e) => el('option', { value: e.id }, e.label ?? e.id)));
  const figure = input('figure', 'Figure as written', 'e.g. at least 7');
  const interval = el('span', { class: 'interval' });
  const problem = el('span', { class: 'problem', role: 'note' });
  const wrong = el('input', { type: 'checkbox', ...key('wrong') });
  const remove = el('button', { type: 'button', ...key('delete'), 'aria-label': `Delete ${n}` }, 'Delete');
  const quote = claim.evidence?.quote;
  const sentence =
    quote === undefined || quote === ''
      ? el('span', { class: 'empty' }, 'added by hand')
      : el('button', { type: 'button', class: 'quote', ...key('quote'), title: 'Show the words in the text' }, quote);

  const edit = (apply: () => void): void => {
    apply();
    report.edited = true;
    page.changed();
  };
  claimant.addEventListener('change', () => edit(() => (claim.claimant = claimant.value.trim() === '' ? '' : sourceIdForName(state, claimant.value))));
  side.addEventListener('change', () => edit(() => setSourceSide(state, claim.claimant, side.value)));
  via.addEventListener('change', () =>
    edit(() => {
      const ids = relayIds(state, via.value);
      if (ids.length === 0) delete claim.via;
      else claim.via = ids;
    }),
  );
  // A new outcome or subject drops the word the source used for the old one.
  outcome.addEventListener('change', () =>
    edit(() => {
      const { outcomeTerm: _dropped, ...measure } = claim.measure;
      claim.measure = { ...measure, outcome: outcome.value.trim() };
    }),
  );
  subject.addEventListener('change', () =>
    edit(() => {
      const { term: _dropped, ...measure } = claim.measure;
      claim.measure = { ...measure, subject: subject.value.trim() };
    }),
  );
  whose.addEventListener('change', () =>
    edit(() => {
      const { side: _old, ...measure } = claim.measure;
      const value = sideId(whose.value);
      claim.measure = value === undefined ? measure : { ...measure, side: value };
    }),
  );
  event.addEventListener('change', () => edit(() => (claim.event = event.value)));
  figure.addEventListener('change', () => edit(() => setFigureText(row, figure.value)));
  wrong.addEventListener('change', () => edit(() => (row.wrong = wrong.checked)));
  remove.addEventListener('click', () => {
    const at = report.rows.indexOf(row);
    report.rows.splice(at, 1);
    report.edited = true;
    const next = report.rows[Math.min(at, report.rows.length - 1)];
    page.changed();
    page.rebuild(next === undefined ? `${report.id}:add` : `${next.claim.id}:delete`);
  });
  if (sentence instanceof HTMLButtonElement) sentence.addEventListener('click', () => page.select(report, row));

  const tr = el(
    'tr',
    { 'data-claim': claim.id },
    el('td', {}, claimant),
    el('td', {}, side),
    el('td', {}, via),
    el('td', { class: 'counted' }, el('div', { class: 'line' }, outcome, subject), el('div', { class: 'line' }, whose, event)),
    el('td', {}, figure, interval, problem),
    el('td', {}, sentence),
    el('td', { class: 'review' }, el('label', {}, wrong, ' Wrong'), remove),
  );
  const sync = (): void => {
    const source = state.sources.get(claim.claimant);
    show(claimant, claim.claimant === '' ? '' : sourceName(state, claim.claimant));
    show(side, source?.side ?? '');
    side.disabled = claim.claimant === '';
    show(via, (claim.via ?? []).map((id) => sourceName(state, id)).join(RELAY_SEPARATOR));
    show(outcome, claim.measure.outcome);
    show(subject, claim.measure.subject);
    show(whose, claim.measure.side ?? '');
    show(event, claim.event);
    show(figure, row.figureText);
    // Long names and sides are cut by the narrow fields: the whole value on hover.
    for (const field of [claimant, side, via, outcome, subject, whose, figure]) field.title = field.value;
    wrong.checked = row.wrong;
    const why = rowProblem(row) ?? page.issues.get(claim.id);
    interval.textContent = row.figure === null ? '' : `interval ${formatInterval(row.figure)}`;
    problem.textContent = why === undefined ? '' : `${why}: left out`;
    tr.classList.toggle('invalid', why !== undefined);
    tr.classList.toggle('wrong', row.wrong);
    tr.classList.toggle('selected', page.selected === row);
  };
  sync();
  return { tr, sync };
}

/** Draws the tables into `container`; returns the function that refreshes every row from the state. */
export function renderTables(container: HTMLElement, page: TablePage): () => void {
  const syncs: (() => void)[] = [];
  container.replaceChildren(
    ...page.state.reports.map((report) => {
      const add = el('button', { type: 'button', 'data-focus': `${report.id}:add` }, 'Add a claim');
      add.addEventListener('click', () => {
        const row = addRow(report);
        page.changed();
        page.rebuild(`${row.claim.id}:claimant`);
      });
      const rows = report.rows.map((row, i) => claimRow(page, report, row, i));
      syncs.push(...rows.map((r) => r.sync));
      const body =
        report.rows.length === 0
          ? el('p', { class: 'empty' }, report.origin === 'text' && report.text === '' ? 'Nothing drafted yet: paste a report.' : 'No claims.')
          : el(
              'div',
              { class: 'claims-scroll' },
              el(
                'table',
                {},
                el('colgroup', {}, ...COLUMNS.map(([cls]) => el('col', { class: cls }))),
                el('thead', {}, el('tr', {}, ...COLUMNS.map(([, title]) => el('th', { scope: 'col' }, title)))),
                el('tbody', {}, ...rows.map((r) => r.tr)),
              ),
            );
      return el('section', { class: 'claims', 'aria-label': `Claims of ${report.title}` }, el('h3', {}, report.title), body, add);
    }),
  );
  return () => {
    for (const sync of syncs) sync();
  };
}
