/**
 * Where a command writes: the process's stdout or stderr, or a test's collector. `write` returning
 * `false` asks the writer to wait for `'drain'`; a stream that is `destroyed` (its reader went
 * away, the disk is full) takes no more output.
 */
export interface CliOutput {
  write(chunk: string): unknown;
  on?(event: 'drain' | 'close', listener: () => void): unknown;
  off?(event: 'drain' | 'close', listener: () => void): unknown;
  readonly destroyed?: boolean;
  /** Whether a person watches it: a progress line is shown there unasked. */
  readonly isTTY?: boolean;
}

/** The streams a command reads and writes: the process's own, or a test's. */
export interface CliIo {
  /** Standard input, read when the file argument is `-` or absent. */
  readonly stdin: AsyncIterable<string | Uint8Array> & { readonly isTTY?: boolean };
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  /** The command line's own script, which worker threads run to share out work (`--jobs`); absent, work stays in this thread. */
  readonly worker?: URL;
}

/**
 * A problem with what the user gave (a file, an option, the document): `main` writes its message
 * on stderr, one line per problem, and exits with code 2.
 *
 * @example
 * ```ts
 * new InputError('--format must be one of json, md, svg, text, got "pdf"').name
 * //=> 'InputError'
 * ```
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}

// Output is gathered into pieces of this size: one write per piece, not one per JSON value.
const PIECE = 1 << 16;

function drained(out: CliOutput): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      out.off?.('drain', done);
      out.off?.('close', done);
      resolve();
    };
    out.on?.('drain', done);
    out.on?.('close', done);
  });
}

/**
 * Writes text made piece by piece, so that an output of any size is never held as one string,
 * waiting for the stream to drain when it asks to. Stops early, quietly, once the stream is
 * destroyed (a closed pipe, a full disk): the rest would go nowhere, and bin.ts reports why.
 *
 * @example
 * ```ts
 * let written = '';
 * await writeChunks({ write: (s) => (written += s) }, ['{', '}', '\n'])
 * written
 * //=> '{}\n'
 * ```
 */
export async function writeChunks(out: CliOutput, chunks: Iterable<string>): Promise<void> {
  let piece = '';
  // A function, not a field read once: the stream is destroyed by what happens while writing.
  const open = (): boolean => out.destroyed !== true;
  const flush = async (): Promise<boolean> => {
    if (!open()) return false;
    if (out.write(piece) === false && out.on !== undefined && open()) await drained(out);
    piece = '';
    return open();
  };
  for (const chunk of chunks) {
    piece += chunk;
    if (piece.length >= PIECE && !(await flush())) return;
  }
  if (piece !== '') await flush();
}
