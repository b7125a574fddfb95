import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { IsoDateSchema } from '../claims/schemas.js';
import { extractClaims } from '../extract/extractClaims.js';
import { InputError, writeChunks, type CliIo } from './io.js';
import { extractJsonl } from './extractJsonl.js';
import { jsonDocument } from './jsonChunks.js';
import { parseCommandArgs } from './parseCommandArgs.js';
import { readInput } from './readInput.js';

const EXTRACT_HELP = `Usage: counterclaim extract [file|-] [options]

Drafts a ClaimSet (JSON) from the text of an English news article: who claims which figure about
what, each claim with the quoted evidence, for a person to review. Reads standard input when the
file is - or absent.

Options:
  --published <date>   when the article was published (ISO 8601, e.g. 2009-10-18): dates the claims
  --outlet <name>      the outlet that published it: the claims came through it
  --document <name>    the name recorded as each claim's evidence document (default: the file name)
  --jsonl              read one report per line, {"id", "text", "publishedAt"?, "outlet"?, "url"?},
                       and write one line per report, {"id", "url"?, "set"} or {"id", "error"}, in
                       input order (ids in each set start with the report's id: "r1#c1");
                       --published and --outlet are defaults for reports without their own
  --jobs <n>           with --jsonl: worker threads (default: the number of cores)
  --progress           with --jsonl: a progress line on stderr even when it is not a terminal
  -h, --help           show this help

Exit codes: 0 done; 2 bad input (unreadable file, invalid date, unknown option);
3 unexpected error (a bug in counterclaim: please report it with the message); 4 the output
could not be written; 5 with --jsonl, some records could not be read (stderr names each by line
and id; the others were written).
`;

/**
 * `counterclaim extract`: draft claims from article text and print them as a ClaimSet.
 *
 * @example
 * ```ts
 * await extractCommand(['-', '--published', '2009-10-18', '--outlet', 'CNN'], io) // the article on standard input
 * //=> 0
 * ```
 */
export async function extractCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, file } = parseCommandArgs('extract', args, {
    published: { type: 'string' },
    outlet: { type: 'string' },
    document: { type: 'string' },
    jsonl: { type: 'boolean' },
    jobs: { type: 'string' },
    progress: { type: 'boolean' },
  });
  if (values.help === true) {
    io.stdout.write(EXTRACT_HELP);
    return 0;
  }
  if (values.published !== undefined && !IsoDateSchema.safeParse(values.published).success) {
    throw new InputError(`--published must be an ISO 8601 date such as 2009-10-18, got "${values.published}"`);
  }
  if (values.outlet?.trim() === '') throw new InputError('--outlet must name the outlet');
  if (values.jsonl !== true) {
    for (const option of ['jobs', 'progress'] as const) if (values[option] !== undefined) throw new InputError(`--${option} goes with --jsonl`);
  } else {
    if (values.document !== undefined) throw new InputError("--document does not go with --jsonl: each report's id names its document");
    const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new InputError(`--jobs must be a whole number from 1 to 256, got "${values.jobs}"`);
    const defaults = { publishedAt: values.published, outlet: values.outlet };
    return extractJsonl(file, { jobs, defaults, progress: values.progress === true }, io);
  }
  const { name, text } = await readInput(file, io);
  const document = values.document ?? (name === '<stdin>' ? undefined : basename(name));
  const set = extractClaims(text, {
    ...(values.published === undefined ? {} : { publishedAt: values.published }),
    ...(values.outlet === undefined ? {} : { outlet: values.outlet }),
    ...(document === undefined ? {} : { document }),
  });
  await writeChunks(io.stdout, jsonDocument(set));
  return 0;
}
