// The core's modules one by one, not the package's index: a command loads only what it uses
// (tsup.config.ts points these imports at the built modules beside cli.js).
import { analyze } from '../analyze/analyze.js';
import type { Analysis } from '../analyze/types.js';
import { ClaimSetError } from '../claims/ClaimSetError.js';
import { formatMarkdownReport } from '../reports/formatMarkdownReport.js';
import { formatTextReport } from '../reports/formatTextReport.js';
import { renderSvg } from '../reports/renderSvg.js';
import { serializeJsonLd } from '../reports/serializeJsonLd.js';
import { toClaimReview } from '../reports/toClaimReview.js';
import { analyzeJsonl } from './analyzeJsonl.js';
import { InputError, writeChunks, type CliIo } from './io.js';
import { jsonDocument } from './jsonChunks.js';
import { parseCommandArgs } from './parseCommandArgs.js';
import { invalidSet, readJson } from './readJson.js';

const ANALYZE_HELP = `Usage: counterclaim analyze [file|-] [options]

Groups the competing claims of a ClaimSet (JSON), scores how far apart they are, and checks
what does not add up. Reads standard input when the file is - or absent.

Options:
  --format <f>       json (default): the analysis as JSON
                     md: a Markdown report, a table per event
                     svg: a range chart of every group
                     text: one summary per group, then the findings
                     claimreview: schema.org ClaimReview JSON-LD, one per claim
  --strict           exit with code 1 when there are findings
  --resolve-events   merge the events of claims gathered from several documents first
  --disputed-only    report only groups with more than one claimant (md, svg, text, claimreview)
  --title <text>     heading of the md report or svg chart
  --width <px>       width of the svg chart, 320 to 10000 (default 800)
  --url <address>    claimreview: the page that publishes the fact check (required)
  --author <name>    claimreview: the organisation that publishes it (required)
  --jsonl            read one record per line (extract --jsonl's {"id", "set"}, or a ClaimSet) and
                     analyse them as one corpus, one partition at a time, so that memory holds the
                     largest partition, not the corpus; writes a line per partition,
                     {"partition", "groups", "findings"}, then one with partition null and the
                     findings about words, which span partitions (json only)
  --progress         with --jsonl: a progress line on stderr even when it is not a terminal
  -h, --help         show this help

Exit codes: 0 done; 1 findings under --strict; 2 bad input (invalid JSON or ClaimSet, unknown option);
3 unexpected error (a bug in counterclaim: please report it with the message); 4 the output could
not be written (a full disk); 5 with --jsonl, some records were left out (each named on stderr).
`;

const FORMATS = ['json', 'md', 'svg', 'text', 'claimreview'] as const;
type Format = (typeof FORMATS)[number];

// The chart's bounds, as renderSvg applies them; the command says when it moves a width to one.
const MIN_WIDTH = 320;
const MAX_WIDTH = 10_000;

// Which formats read which option: any other format ignores it, and the command says so.
const READ_BY: Readonly<Record<string, readonly Format[]>> = {
  title: ['md', 'svg'],
  width: ['svg'],
  'disputed-only': ['md', 'svg', 'text', 'claimreview'],
  url: ['claimreview'],
  author: ['claimreview'],
};

/**
 * `counterclaim analyze`: validate, group, score and check a ClaimSet, and write the analysis as
 * JSON, Markdown, SVG, plain text or ClaimReview JSON-LD. Options the chosen format ignores, and
 * a width moved into the chart's bounds, are said on stderr.
 *
 * @example
 * ```ts
 * await analyzeCommand(['examples/seeds/000-south-waziristan-offensive.json', '--format', 'md'], io)
 * //=> 0
 * ```
 */
export async function analyzeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, file } = parseCommandArgs('analyze', args, {
    format: { type: 'string', default: 'json' },
    strict: { type: 'boolean' },
    'resolve-events': { type: 'boolean' },
    'disputed-only': { type: 'boolean' },
    title: { type: 'string' },
    width: { type: 'string' },
    url: { type: 'string' },
    author: { type: 'string' },
    jsonl: { type: 'boolean' },
    progress: { type: 'boolean' },
  });
  if (values.help === true) {
    io.stdout.write(ANALYZE_HELP);
    return 0;
  }
  if (values.jsonl === true) {
    const refused = (['title', 'width', 'url', 'author', 'disputed-only'] as const).find((option) => values[option] !== undefined);
    if (values.format !== 'json' || refused !== undefined) throw new InputError(`--jsonl writes JSON lines only: ${refused === undefined ? `--format ${values.format}` : `--${refused}`} does not go with it`);
    return analyzeJsonl(file, { resolveEvents: values['resolve-events'] === true, strict: values.strict === true, progress: values.progress === true }, io);
  }
  if (values.progress !== undefined) throw new InputError('--progress goes with --jsonl');
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new InputError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  const note = (message: string): unknown => io.stderr.write(`counterclaim analyze: ${message}\n`);
  for (const [option, formats] of Object.entries(READ_BY)) {
    if (values[option as keyof typeof values] !== undefined && !formats.includes(format)) note(`--${option} is ignored with --format ${format}`);
  }
  let width: number | undefined;
  if (values.width !== undefined && format === 'svg') {
    const asked = Number(values.width);
    if (values.width.trim() === '' || !Number.isFinite(asked)) throw new InputError(`--width must be a number of pixels, got "${values.width}"`);
    width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(asked)));
    if (width !== asked) note(`--width ${values.width} is outside ${MIN_WIDTH} to ${MAX_WIDTH}: drawing ${width} pixels wide`);
  }
  if (format === 'claimreview' && (values.url === undefined || values.author === undefined)) {
    throw new InputError('--format claimreview needs --url (the page that publishes the fact check) and --author (who publishes it)');
  }

  const { name, json, large } = await readJson(file, io);
  const started = Date.now();
  if (large > 0) note(`analysing ${large.toLocaleString('en-US')} claims from ${name}…`);
  let analysis: Analysis;
  try {
    analysis = analyze(json as Parameters<typeof analyze>[0], { resolveEvents: values['resolve-events'] === true });
  } catch (error) {
    if (error instanceof ClaimSetError) throw invalidSet(name, error);
    throw error;
  }
  if (large > 0) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    note(`${analysis.groups.length.toLocaleString('en-US')} groups and ${analysis.findings.length.toLocaleString('en-US')} findings in ${seconds} s; writing ${format}…`);
  }
  const disputedOnly = values['disputed-only'] === true;
  const shown: Analysis = disputedOnly ? { ...analysis, groups: analysis.groups.filter((g) => g.claimants.length > 1) } : analysis;
  const title = values.title === undefined ? {} : { title: values.title };
  const outputs: Record<Format, () => Iterable<string>> = {
    json: () => jsonDocument(analysis),
    md: () => [formatMarkdownReport(shown, title)],
    svg: () => [renderSvg(shown, { ...title, ...(width === undefined ? {} : { width }) })],
    text: () => [formatTextReport(shown)],
    claimreview: () => {
      const options = { url: values.url as string, author: { name: values.author as string } };
      return [serializeJsonLd(shown.groups.flatMap((g) => toClaimReview(g, analysis.set, options))), '\n'];
    },
  };
  await writeChunks(io.stdout, outputs[format]());
  return values.strict === true && analysis.findings.length > 0 ? 1 : 0;
}
