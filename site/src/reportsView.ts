// The left column: one panel per report — outlet, date and text to paste into, or the text read
// back with the chosen claim's sentence and figure marked.
import { el, type Child } from './dom.js';
import { evidenceSpans, type Spans } from './evidence.js';
import type { Report, Row, State } from './state.js';

/** What the panels ask of the page. */
export interface ReportsPage {
  readonly state: State;
  /** Reports whose text is open for editing. */
  readonly editing: Set<string>;
  /** Reports whose text, outlet or date changed since their rows were drafted. */
  readonly stale: Set<string>;
  /** Drafts the report's rows from its text and closes its editing; `pastedAt` (an event's timeStamp) times a paste. */
  draft(report: Report, pastedAt?: number): void;
  remove(report: Report): void;
  rebuild(focus?: string): void;
}

// A text with the sentence marked, the figure's words marked inside it.
function markedText(spans: Spans): (Node | string)[] {
  const { text, sentence, figure } = spans;
  const outer = sentence ?? figure;
  if (outer === undefined) return [text];
  const inside: (Node | string)[] =
    sentence !== undefined && figure !== undefined && figure[0] >= sentence[0] && figure[1] <= sentence[1]
      ? [text.slice(sentence[0], figure[0]), el('mark', { class: 'figure' }, text.slice(figure[0], figure[1])), text.slice(figure[1], sentence[1])]
      : [text.slice(outer[0], outer[1])];
  return [text.slice(0, outer[0]), el('mark', { class: sentence === undefined ? 'figure' : 'sentence' }, ...inside), text.slice(outer[1])];
}

/**
 * Shows a row's evidence in its report's panel: the text (or, for a loaded set, the quoted
 * sentence) with the words marked and scrolled into view inside the panel, not the page.
 */
export function showEvidence(report: Report, row: Row): void {
  const view = document.querySelector<HTMLElement>(`[data-text="${CSS.escape(report.id)}"]`);
  if (view === null) return;
  const spans = evidenceSpans(report.text, row.claim.evidence, row.figureText);
  view.replaceChildren(...(spans === undefined ? [report.text === '' ? 'This claim was added by hand: it has no sentence.' : report.text] : markedText(spans)));
  const mark = view.querySelector('mark.figure') ?? view.querySelector('mark');
  if (mark instanceof HTMLElement) view.scrollTop = Math.max(0, mark.offsetTop - view.clientHeight / 3);
  const column = view.closest<HTMLElement>('#reports-column');
  const panel = view.closest<HTMLElement>('.report');
  if (column !== null && panel !== null && (panel.offsetTop < column.scrollTop || panel.offsetTop > column.scrollTop + column.clientHeight - 80)) {
    column.scrollTop = panel.offsetTop;
  }
}

function textPanel(page: ReportsPage, report: Report): Child[] {
  const editing = page.editing.has(report.id) || report.text === '';
  const label = `Text of ${report.title}`;
  const outlet = el('input', { value: report.outlet, placeholder: 'e.g. CNN', 'aria-label': `Outlet of ${report.title}` });
  const date = el('input', { type: 'date', value: report.publishedAt, 'aria-label': `Publication date of ${report.title}` });
  const settingsChanged = (): void => {
    report.outlet = outlet.value;
    report.publishedAt = date.value;
    if (report.text === '') return;
    if (report.edited) {
      page.stale.add(report.id);
      page.rebuild(`${report.id}:draft`);
    } else page.draft(report);
  };
  outlet.addEventListener('change', settingsChanged);
  date.addEventListener('change', settingsChanged);
  const fields = el('div', { class: 'fields' }, el('label', {}, 'Outlet', outlet), el('label', {}, 'Published', date));

  const draftButton = el('button', { type: 'button', 'data-focus': `${report.id}:draft` }, report.edited ? 'Draft again' : 'Draft claims');
  draftButton.addEventListener('click', () => page.draft(report));
  const warning = report.edited && (editing || page.stale.has(report.id)) ? el('span', { class: 'warn' }, 'Drafting again replaces your changes to its rows.') : null;

  if (editing) {
    const area = el('textarea', { 'aria-label': label, placeholder: 'Paste a news report here. Its claims are drafted as soon as it is pasted (or press Ctrl+Enter).', 'data-focus': `${report.id}:text` });
    area.value = report.text;
    area.addEventListener('input', (event) => {
      const before = report.text.length;
      report.text = area.value;
      page.stale.add(report.id);
      const kind = (event as InputEvent).inputType;
      // A paste (or a drop, or a whole text set at once) drafts at once; typing waits for the button.
      const pasted = kind === 'insertFromPaste' || kind === 'insertFromDrop' || report.text.length - before > 1;
      if (pasted && !report.edited && report.text.trim() !== '') page.draft(report, event.timeStamp);
    });
    area.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        page.draft(report);
      }
    });
    return [fields, area, el('div', { class: 'actions' }, draftButton, warning)];
  }
  const view = el('div', { class: 'text', tabindex: '0', role: 'region', 'aria-label': label, 'data-text': report.id, 'data-focus': `${report.id}:view` }, report.text);
  const edit = el('button', { type: 'button' }, 'Edit text');
  edit.addEventListener('click', () => {
    page.editing.add(report.id);
    page.rebuild(`${report.id}:text`);
  });
  return [fields, view, el('div', { class: 'actions' }, edit, page.stale.has(report.id) ? draftButton : null, warning)];
}

function setPanel(report: Report): Child[] {
  return [
    el('p', { class: 'note' }, 'A ClaimSet, loaded without its article. Pick a sentence in the table to read it here.'),
    el('div', { class: 'text', tabindex: '0', role: 'region', 'aria-label': `Sentence from ${report.title}`, 'data-text': report.id }, el('span', { class: 'empty' }, 'No sentence picked yet.')),
  ];
}

/** Draws every report's panel into `container`. */
export function renderReports(container: HTMLElement, page: ReportsPage): void {
  container.replaceChildren(
    ...page.state.reports.map((report) => {
      const remove = el('button', { type: 'button', 'aria-label': `Remove ${report.title}` }, 'Remove');
      remove.addEventListener('click', () => page.remove(report));
      const count = report.rows.length;
      const meta = report.origin === 'text' && report.text === '' ? '' : `${count} claim${count === 1 ? '' : 's'}`;
      return el(
        'article',
        { class: 'report', 'aria-label': report.title },
        el('header', {}, el('h2', {}, report.title), el('span', { class: 'sub' }, meta), remove),
        ...(report.origin === 'text' ? textPanel(page, report) : setPanel(report)),
      );
    }),
  );
}
