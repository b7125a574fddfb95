import type { Words } from '../types.js';

// Marks a quotation ends on, before its closing mark: "…,' the commander said".
const SPEECH_ENDS = new Set([',', '.', '!', '?']);

/**
 * Whether token `k` is a straight single quote that closes a quotation: glued to the comma, stop,
 * exclamation or question mark that ends what was said ("We lost two men,' the commander said").
 * Elsewhere the mark is an apostrophe ("the rebels' claim").
 */
export function closesSingleQuote(words: Words, k: number): boolean {
  return words.low(k) === "'" && SPEECH_ENDS.has(words.low(k - 1)) && !words.spaced(k) && (!words.isWord(k + 1) || words.spaced(k + 1));
}

/**
 * Whether token `k` is a straight single quote that opens a quotation: at the start of a line or
 * after a space or a colon, glued to the word it opens ("said: 'We lost two men'").
 */
export function opensSingleQuote(words: Words, k: number): boolean {
  return words.low(k) === "'" && (k === 0 || words.spaced(k) || words.lineBefore(k) || words.low(k - 1) === ':') && words.isWord(k + 1) && !words.spaced(k + 1);
}
