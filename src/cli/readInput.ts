import { readFile } from 'node:fs/promises';
import { InputError, type CliIo } from './io.js';

/** Text read from a file or standard input, with the name to put before error messages. */
export interface Input {
  readonly name: string;
  readonly text: string;
}

// Editors on Windows open UTF-8 files with a byte-order mark; it is not part of the text.
const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * Reads a command's input: the file named, or standard input for `-` or no file, without a leading
 * byte-order mark. Standard input at a terminal is refused rather than waited on, since nobody is
 * typing JSON by hand there.
 *
 * @example
 * ```ts
 * (await readInput('examples/seeds/002-south-waziristan-raid.json', io)).name
 * //=> 'examples/seeds/002-south-waziristan-raid.json'
 * ```
 */
export async function readInput(file: string | undefined, io: CliIo): Promise<Input> {
  if (file === undefined || file === '-') {
    if (file === undefined && io.stdin.isTTY === true) {
      throw new InputError('no input: name a file, or pipe one in (use - to read standard input)');
    }
    const decoder = new TextDecoder();
    let text = '';
    for await (const chunk of io.stdin) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    return { name: '<stdin>', text: withoutBom(text + decoder.decode()) };
  }
  try {
    return { name: file, text: withoutBom(await readFile(file, 'utf8')) };
  } catch (error) {
    throw cannotRead(file, error);
  }
}

/**
 * The error for a file that cannot be read, in words: no such file, a directory, no permission.
 *
 * @example
 * ```ts
 * cannotRead('set.json', Object.assign(new Error('ENOENT'), { code: 'ENOENT' })).message
 * //=> 'set.json: cannot read: no such file'
 * ```
 */
export function cannotRead(file: string, error: unknown): InputError {
  const code = (error as { code?: string }).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
  return new InputError(`${file}: cannot read: ${why}`);
}
