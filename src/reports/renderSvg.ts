import type { ReportedAnalysis } from './types.js';
import type { GroupScore, ScoredGroup } from '../scores/types.js';
import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import type { Claim, ClaimSet, Event, Source } from '../claims/schemas.js';
import type { ClaimGroup, GroupedClaim } from '../groups/types.js';
import { effectiveFigure } from '../scores/effectiveFigure.js';
import { scoreGroup } from '../scores/scoreGroup.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import { termWords } from '../vocabulary/termWords.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { capitalize } from './capitalize.js';
import { countInWords } from './countInWords.js';
import { describeDivergence } from './describeDivergence.js';
import { disputedFirst } from './disputedFirst.js';
import { escapeXml } from './escapeXml.js';
import { lookupById } from '../internal/lookupById.js';
import { oneLine } from './oneLine.js';
import { quoteFigure } from './quoteFigure.js';
import { reportArguments } from './reportArguments.js';
import { sourceNames } from './sourceNames.js';
import type { RenderSvgOptions } from './types.js';

// Okabe–Ito colours: told apart by readers with colour-blindness, dark enough on white.
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
const NEUTRAL = '#666666';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";
const ROW = 22;
const HEADING = 28;
const PAD = 16;
const ARROW = 10;
// An open-ended interval: a stub this long from its low, ending in an open arrowhead, so that "at
// least 8" never draws as the longest bar on the chart.
const OPEN_STUB = 36;
const MIN_WIDTH = 320;
const MAX_WIDTH = 10_000;
// Average advance of a character at 12 px in the usual sans-serif faces, used to truncate labels
// before they run into the next column (a string builder cannot measure text).
const CHAR_WIDTH = 7;

// One decimal keeps the output deterministic and small.
const px = (n: number): string => String(Math.round(n * 10) / 10);

// Cuts text to the width, at the end (a heading reads from its start).
function truncate(text: string, width: number, charWidth = CHAR_WIDTH): string {
  const max = Math.max(1, Math.floor(width / charWidth));
  const chars = [...oneLine(text)];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

// Cuts a name in the middle, keeping its start and its end: "Pakistani Taliban (TTP)" keeps the
// "(TTP)" that tells it from the other Taliban, where a cut at the end would drop it.
function truncateMiddle(text: string, width: number): string {
  const max = Math.max(1, Math.floor(width / CHAR_WIDTH));
  const chars = [...oneLine(text)];
  if (chars.length <= max) return chars.join('');
  const tail = Math.floor((max - 1) / 2);
  const head = max - 1 - tail;
  return `${chars.slice(0, head).join('').trimEnd()}…${chars.slice(chars.length - tail).join('').trimStart()}`;
}

// 0, 1, 10, 100, 1k, 2k … : compact, so that ten decades fit at 320 px.
function tickLabel(value: number): string {
  for (const [size, suffix] of [[1e9, 'B'], [1e6, 'M'], [1e3, 'k']] as const) {
    if (value >= size) return `${Number((value / size).toPrecision(3))}${suffix}`;
  }
  return String(value);
}

/**
 * Draws competing figures as a self-contained SVG range chart: one row per current claim, its
 * interval on a logarithmic axis (an open-ended interval as an arrow to the edge, the number as
 * stated as a dot, a denial as a hollow dot at zero), rows grouped under a heading per measure
 * with the divergence, colours by the claimant's side with a legend, and tick labels as counts.
 * The axis plots `count + 1` so that zero has a place (ticks 0, 1, 10, 100 …).
 *
 * `input` is an analysis, one group, or a list of groups; `set` (optional, as in
 * `renderSvg(analysis, options)`) supplies the names, sides and event labels. Every text from the data is escaped and long labels are cut with an ellipsis,
 * the full wording kept in a tooltip. The output is pure text, the same for the same input, with
 * no script, style sheet, font or image to fetch.
 *
 * @example
 * ```ts
 * const set = {
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'The TTP', side: 'ttp' }],
 *   events: [{ id: 'day', label: 'The first day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: 'five' },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: 'at least 68' },
 *   ],
 * };
 * const svg = renderSvg(analyze(set), set, { width: 640 });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="640"')
 * //=> true
 * svg.match(/class="row"/g).length
 * //=> 2
 * ```
 */
export function renderSvg(input: ReportedAnalysis | ClaimGroup | readonly ClaimGroup[], options?: RenderSvgOptions): string;
export function renderSvg(
  input: ReportedAnalysis | ClaimGroup | readonly ClaimGroup[],
  set: Pick<ClaimSet, 'sources' | 'events'>,
  options?: RenderSvgOptions,
): string;
export function renderSvg(
  input: ReportedAnalysis | ClaimGroup | readonly ClaimGroup[],
  setOrOptions?: Pick<ClaimSet, 'sources' | 'events'> | RenderSvgOptions,
  maybeOptions?: RenderSvgOptions,
): string {
  const { set, options } = reportArguments<Pick<ClaimSet, 'sources' | 'events'>, RenderSvgOptions>(input, setOrOptions, maybeOptions);
  const vocabulary = options.vocabulary ?? getDefaultVocabulary();
  const requested = options.width ?? 800;
  if (!Number.isFinite(requested)) throw new Error(`renderSvg: options.width must be a finite number, got ${requested}`);
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(requested)));
  const title = options.title ?? 'Competing figures';
  const given: readonly ClaimGroup[] = 'groups' in input ? input.groups : Array.isArray(input) ? input : [input as ClaimGroup];
  const { disputed, single } = disputedFirst(scoredGroups(given, set, vocabulary));
  const groups = options.disputedOnly === true ? disputed : [...disputed, ...single];
  const claims = groups.flatMap((g) => g.claims);
  const source = lookupById(set.sources);
  const chart: Chart = {
    width,
    plot: plotOf(width, claims),
    colours: sideColours(claims, source),
    name: sourceNames(set),
    event: lookupById(set.events),
    vocabulary,
  };

  const out: string[] = [];
  const cursor = { y: PAD };
  out.push(text(PAD, cursor.y + 16, truncate(title, width - 2 * PAD, 9.5), ' class="title" font-size="16" font-weight="bold"'));
  cursor.y += 28;
  if (groups.length === 0) {
    out.push(text(PAD, cursor.y + 16, options.disputedOnly === true ? 'No disputed figures to chart.' : 'No figures to chart.', ' class="empty" font-size="13"'));
    cursor.y += 32;
  } else {
    out.push(legend(chart, cursor), axis(chart, cursor));
    const gridTop = cursor.y;
    const rows = groups.map((group) => groupRows(chart, group, group.divergence, cursor));
    // Grid lines behind the rows, one per tick.
    const { x, x0, x1, ticks } = chart.plot;
    out.push(`<g class="grid">${ticks.map((t) => `<line x1="${px(x(t))}" y1="${px(gridTop - 4)}" x2="${px(x(t))}" y2="${px(cursor.y)}" stroke="#ddd"/>`).join('')}</g>`);
    out.push(...rows);
    out.push(text(x0 + (x1 - x0) / 2, cursor.y + 16, 'count (logarithmic scale)', ' class="axis-label" font-size="11" text-anchor="middle" fill="#444"'));
    cursor.y += 24;
  }
  const height = Math.ceil(cursor.y + PAD / 2);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}

// Each group with its divergence: the one it carries, or scored here against the set's sources.
function scoredGroups(groups: readonly ClaimGroup[], set: Pick<ClaimSet, 'sources' | 'events'>, vocabulary: Vocabulary): ScoredGroup[] {
  const fullSet: ClaimSet = { sources: [...set.sources], events: [...set.events], claims: [] };
  return groups.map((g) => ('divergence' in g ? (g as ScoredGroup) : { ...g, divergence: scoreGroup(g, fullSet, { vocabulary }) }));
}

/** What every part of the chart reads. */
interface Chart {
  readonly width: number;
  readonly plot: Plot;
  readonly colours: SideColours;
  readonly name: (id: string) => string;
  readonly event: (id: string) => Event | undefined;
  readonly vocabulary: Vocabulary;
}

/** The columns (name, figure, plot) and the log axis of the plot. */
interface Plot {
  readonly nameWidth: number;
  readonly figureWidth: number;
  /** The left and right ends of the plot. */
  readonly x0: number;
  readonly x1: number;
  /** Where a count sits on the axis. */
  readonly x: (value: number) => number;
  /** The smallest count on the axis: a low below it is clipped. */
  readonly start: number;
  readonly ticks: readonly number[];
}

// The axis runs over the data's range, decade to decade: crowd sizes of 50,000 to 1,000,000 fill
// the plot instead of its last third. Only figures that put a point at zero (a denial, "none")
// bring zero onto the axis, plotted as count + 1; a low of zero alone ("up to 30") is clipped at
// the axis start and marked so.
function plotOf(width: number, claims: readonly Claim[]): Plot {
  const nameWidth = Math.round(width * 0.3);
  const figureWidth = Math.round(width * 0.17);
  const x0 = PAD + nameWidth + figureWidth + 12;
  // Room on the right for the arrowhead and for half of the last tick label.
  const x1 = width - PAD - 16;
  let top = 0;
  let bottom = Number.POSITIVE_INFINITY;
  let zero = false;
  for (const c of claims) {
    const f = effectiveFigure(c);
    for (const v of [f.low, f.high, f.stated]) {
      if (v === null) continue;
      top = Math.max(top, v);
      if (v > 0) bottom = Math.min(bottom, v);
    }
    if (f.high === 0 || f.stated === 0) zero = true;
  }
  // Exponents stay within what a double can raise 10 to.
  const exponent = (v: number, round: (n: number) => number): number => Math.min(308, Math.max(0, round(Math.log10(v))));
  if (zero || bottom === Number.POSITIVE_INFINITY) {
    const decades = Math.max(1, exponent(top + 1, Math.ceil));
    const span = Math.log10(10 ** decades + 1);
    const x = (value: number): number => x0 + (Math.log10(Math.max(0, value) + 1) / span) * (x1 - x0);
    return { nameWidth, figureWidth, x0, x1, x, start: 0, ticks: [0, ...Array.from({ length: decades + 1 }, (_, i) => 10 ** i)] };
  }
  const low = exponent(bottom, Math.floor);
  const high = Math.max(low + 1, exponent(top, Math.ceil));
  const start = 10 ** low;
  const x = (value: number): number => x0 + ((Math.log10(Math.max(start, value)) - low) / (high - low)) * (x1 - x0);
  // One or two decades get ticks at 2 and 5 of each as well, so that the axis can be read.
  const steps = high - low <= 2 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let e = low; e <= high; e++) for (const m of steps) if (e < high || m === 1) ticks.push(m * 10 ** e);
  return { nameWidth, figureWidth, x0, x1, x, start, ticks };
}

interface SideColours {
  /** The sides present, in code-unit order, with their colours. */
  readonly sides: readonly (readonly [string, string])[];
  readonly neutralUsed: boolean;
  readonly of: (claimant: string) => string;
}

// Colours: sides in code-unit order, so that the same sides get the same colours in any input order.
function sideColours(claims: readonly Claim[], source: (id: string) => Source | undefined): SideColours {
  const sides = [...new Set(claims.map((c) => source(c.claimant)?.side).filter((s): s is string => s !== undefined))].sort(compareCodeUnits);
  const colour = new Map(sides.map((side, i) => [side, PALETTE[i % PALETTE.length] as string]));
  const of = (claimant: string): string => colour.get(source(claimant)?.side ?? '') ?? NEUTRAL;
  return { sides: sides.map((side) => [side, colour.get(side) as string] as const), neutralUsed: claims.some((c) => of(c.claimant) === NEUTRAL), of };
}

const text = (tx: number, ty: number, content: string, attrs = ''): string =>
  `<text x="${px(tx)}" y="${px(ty)}"${attrs}>${escapeXml(content)}</text>`;

// Legend: one swatch per side, then sources with no side, wrapped to the width.
function legend({ width, colours }: Chart, cursor: { y: number }): string {
  const entries = [...colours.sides.map(([s, fill]) => [termWords(s), fill] as const), ...(colours.neutralUsed ? [['no side', NEUTRAL] as const] : [])];
  let lx = PAD;
  const items: string[] = [];
  for (const [label, fill] of entries) {
    const shown = truncate(label, 160);
    const itemWidth = 18 + shown.length * CHAR_WIDTH + 16;
    if (lx + itemWidth > width - PAD && lx > PAD) {
      lx = PAD;
      cursor.y += 18;
    }
    items.push(
      `<g class="legend-item"><rect x="${px(lx)}" y="${px(cursor.y + 4)}" width="12" height="12" rx="2" fill="${fill}"/>${text(lx + 18, cursor.y + 14, shown, ' font-size="12"')}</g>`,
    );
    lx += itemWidth;
  }
  cursor.y += 26;
  return `<g class="legend">${items.join('')}</g>`;
}

function axis({ plot }: Chart, cursor: { y: number }): string {
  const labels = plot.ticks.map((tick) => text(plot.x(tick), cursor.y + 12, tickLabel(tick), ' font-size="11" text-anchor="middle" fill="#444"'));
  cursor.y += 20;
  return `<g class="axis">${labels.join('')}</g>`;
}

// A group: its heading (what, where, how far apart), then one row per current claim, lowest first.
function groupRows(chart: Chart, group: ClaimGroup, divergence: GroupScore, cursor: { y: number }): string {
  const { width, event } = chart;
  const rows: string[] = [];
  const label = event(group.event)?.label ?? group.event;
  const what = capitalize(`${termWords(group.measure.subject)} ${termWords(group.measure.outcome)}`);
  const gap = describeDivergence(group, divergence);
  // Bold 13 px runs wider than the body text: measure the heading with its own advance.
  const headingWidth = width - 2 * PAD - gap.length * CHAR_WIDTH - 16;
  const heading = truncate(`${what} · ${label}`, headingWidth, 8.4);
  rows.push(
    `<g class="heading">${text(PAD, cursor.y + 19, heading, ' class="measure" font-size="13" font-weight="bold"')}${text(width - PAD, cursor.y + 19, gap, ' class="gap" font-size="12" text-anchor="end" fill="#444"')}</g>`,
  );
  cursor.y += HEADING;
  const ordered = [...group.claims].sort(
    (a, b) => effectiveFigure(a).low - effectiveFigure(b).low || compareCodeUnits(a.claimant, b.claimant) || compareCodeUnits(a.id, b.id),
  );
  for (const claim of ordered) {
    rows.push(claimRow(chart, group, claim, cursor.y + ROW / 2));
    cursor.y += ROW;
  }
  cursor.y += 6;
  return `<g class="group">${rows.join('')}</g>`;
}

// One claim: its claimant, its figure in words, and its interval on the axis (an arrow when open,
// a dot at the number as stated, a hollow dot at zero for a denial), with a tooltip.
function claimRow({ plot, colours, name, vocabulary }: Chart, group: ClaimGroup, claim: GroupedClaim, cy: number): string {
  const { nameWidth, figureWidth, x0, x1, x } = plot;
  const f = effectiveFigure(claim);
  const fill = colours.of(claim.claimant);
  const denial = claim.stance === 'denies';
  const subject = claim.measure.subject === group.measure.subject ? '' : ` ${termWords(claim.measure.subject)}`;
  const figureText = denial ? 'denies' : `${quoteFigure(claim.figure)}${subject}`;
  const via = (claim.via ?? []).map(name).join(', ');
  const counted = denial
    ? `denies ${termWords(claim.measure.subject)}`
    : countInWords(claim.figure, { outcome: claim.measure.outcome, subject: claim.measure.subject }, vocabulary).phrase;
  const tooltip = `${name(claim.claimant)}${via === '' ? '' : ` via ${via}`}: ${counted} ${termWords(group.measure.outcome)}`;
  const parts: string[] = [`<title>${escapeXml(tooltip)}</title>`];
  parts.push(text(PAD, cy + 4, truncateMiddle(name(claim.claimant), nameWidth - 8), ' class="name" font-size="12"'));
  parts.push(text(x0 - 8, cy + 4, truncate(figureText, figureWidth - 8, 6.4), ' class="figure" font-size="11" text-anchor="end" fill="#333"'));
  const from = x(f.low);
  const bar = (to: number, cap: string): string =>
    `<line x1="${px(from)}" y1="${px(cy)}" x2="${px(to)}" y2="${px(cy)}" stroke="${fill}" stroke-width="6" stroke-linecap="${cap}" stroke-opacity="0.5"/>`;
  // An open arrowhead: the interval goes on past it, by how much nobody said.
  const chevron = (tip: number, dir: 1 | -1): string =>
    `<polyline class="arrow" points="${px(tip - dir * 8)},${px(cy - 7)} ${px(tip)},${px(cy)} ${px(tip - dir * 8)},${px(cy + 7)}" fill="none" stroke="${fill}" stroke-width="2"/>`;
  if (f.high === null) {
    const tip = Math.min(x1 + ARROW, from + OPEN_STUB);
    parts.push(bar(tip - 2, 'butt'), chevron(tip, 1));
  } else if (f.high > f.low) {
    parts.push(bar(x(f.high), 'round'));
  }
  if (f.low < plot.start && !denial) parts.push(chevron(x0 - 2, -1));
  if (denial) {
    parts.push(`<circle class="denial" cx="${px(x(0))}" cy="${px(cy)}" r="5" fill="#fff" stroke="${fill}" stroke-width="2"/>`);
  } else if (f.stated !== null) {
    parts.push(`<circle class="stated" cx="${px(x(f.stated))}" cy="${px(cy)}" r="5" fill="${fill}" stroke="#fff" stroke-width="1.5"/>`);
  }
  return `<g class="row">${parts.join('')}</g>`;
}
