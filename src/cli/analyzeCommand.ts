import { analyzeParsed } from '../analyze/analyzeParsed.js';
import { formatMarkdownReport } from '../reports/formatMarkdownReport.js';
import { formatTextReport } from '../reports/formatTextReport.js';
import { renderSvg } from '../reports/renderSvg.js';
import { InputError, type CliIo } from './io.js';
import { parseCommandArgs } from './parseCommandArgs.js';
import { readClaimSet } from './readClaimSet.js';

const ANALYZE_HELP = `Usage: counterclaim analyze [file|-] [options]

Groups the competing claims of a ClaimSet (JSON), scores how far apart they are, and checks
what does not add up. Reads standard input when the file is - or absent.

Options:
  --format <f>       json (default): the analysis as JSON
                     md: a Markdown report, a table per event
                     svg: a range chart of every group
                     text: one summary per group, then the findings
  --strict           exit with code 1 when there are findings
  --resolve-events   merge the events of claims gathered from several documents first
  --title <text>     heading of the md report or svg chart
  --width <px>       width of the svg chart (default 800)
  -h, --help         show this help

Exit codes: 0 done; 1 findings under --strict; 2 bad input (invalid JSON or ClaimSet, unknown option);
3 unexpected error (a bug in counterclaim: please report it with the message).
`;

const FORMATS = ['json', 'md', 'svg', 'text'] as const;
type Format = (typeof FORMATS)[number];

/**
 * `counterclaim analyze`: validate, group, score and check a ClaimSet, and write the analysis as
 * JSON, Markdown, SVG or plain text.
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
    title: { type: 'string' },
    width: { type: 'string' },
  });
  if (values.help === true) {
    io.stdout.write(ANALYZE_HELP);
    return 0;
  }
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new InputError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  }
  const width = values.width === undefined ? undefined : Number(values.width);
  if (width !== undefined && !(Number.isFinite(width) && width > 0)) {
    throw new InputError(`--width must be a number of pixels, got "${values.width}"`);
  }
  const { name, set, large } = await readClaimSet(file, io);
  const started = Date.now();
  if (large) io.stderr.write('counterclaim: grouping, scoring and checking…\n');
  // readClaimSet has validated the set: a second validation would double the wait on large inputs.
  const analysis = analyzeParsed(set, { resolveEvents: values['resolve-events'] === true });
  if (large) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.stderr.write(`counterclaim: ${analysis.groups.length} groups, ${analysis.findings.length} findings in ${seconds} s; writing ${format}…\n`);
  }
  const title = values.title ?? (name === '<stdin>' ? undefined : name);
  const outputs: Record<Format, () => string> = {
    json: () => `${JSON.stringify(analysis, null, 2)}\n`,
    md: () => formatMarkdownReport(analysis, set, title === undefined ? {} : { title }),
    svg: () => renderSvg(analysis, set, { ...(title === undefined ? {} : { title }), ...(width === undefined ? {} : { width }) }),
    text: () => formatTextReport(analysis, set),
  };
  io.stdout.write(outputs[format as Format]());
  return values.strict === true && analysis.findings.length > 0 ? 1 : 0;
}
