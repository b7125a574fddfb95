import { open } from 'node:fs/promises';
import { InputError, type CliIo } from './io.js';
import { cannotRead } from './readInput.js';

/** Lines of text read from a file or standard input, a batch at a time, with their size. */
export interface LineSource {
  readonly name: string;
  /** The input's size in bytes when it is a file, for an estimate of the time left; else undefined. */
  readonly size: number | undefined;
  /** Batches of whole lines (without their line breaks), in order, and the bytes they took. */
  readonly batches: AsyncIterable<{ readonly lines: string[]; readonly bytes: number }>;
}

// How much input one batch holds: large enough to amortise a message to a worker, small enough
// that a handful of batches in flight stay far below any memory limit.
const BATCH_BYTES = 1 << 18;

async function* splitLines(chunks: AsyncIterable<string | Uint8Array>): AsyncGenerator<{ lines: string[]; bytes: number }> {
  const decoder = new TextDecoder();
  let rest = '';
  let lines: string[] = [];
  let bytes = 0;
  let first = true;
  for await (const chunk of chunks) {
    let text = rest + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    // A byte-order mark is not part of the first record.
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      lines.push(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
    if (bytes >= BATCH_BYTES) {
      yield { lines, bytes };
      lines = [];
      bytes = 0;
    }
  }
  rest += decoder.decode();
  if (rest !== '') lines.push(rest.endsWith('\r') ? rest.slice(0, -1) : rest);
  if (lines.length > 0 || bytes > 0) yield { lines, bytes };
}

/**
 * Opens a JSON-lines input: the file named, or standard input for `-` or no file (refused at a
 * terminal, as `readInput` does). Lines come in batches of about 256 KB, so that memory holds a few
 * batches whatever the input's size; a line break may be `\n` or `\r\n`.
 *
 * @example
 * ```ts
 * const { batches } = await readLines('-', io);
 * const lines = [];
 * for await (const batch of batches) lines.push(...batch.lines);
 * lines
 * //=> ['Five soldiers were killed, the military said.']
 * ```
 */
export async function readLines(file: string | undefined, io: CliIo): Promise<LineSource> {
  if (file === undefined || file === '-') {
    if (file === undefined && io.stdin.isTTY === true) {
      throw new InputError('no input: name a file, or pipe one in (use - to read standard input)');
    }
    return { name: '<stdin>', size: undefined, batches: splitLines(io.stdin) };
  }
  try {
    // Opened before reading, so that a file that cannot be read is said before any output.
    const handle = await open(file, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    return { name: file, size: info.size, batches: splitLines(handle.createReadStream({ highWaterMark: 1 << 16 })) };
  } catch (error) {
    throw cannotRead(file, error);
  }
}
