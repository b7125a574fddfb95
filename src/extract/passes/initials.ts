import { NAME_SMALL_WORDS } from '../lexicon/sources.js';

/**
 * The words of a name, without possessive "'s" and, unless `keepSmall`, without small words: the
 * letters its initials are made of ("Line of Control" → Line, of, Control, or Line, Control).
 */
export function nameParts(name: string, keepSmall: boolean): string[] {
  return name.replace(/['\u2019]s\b/g, '').split(/[\s-]+/).filter((w) => w !== '' && (keepSmall || !NAME_SMALL_WORDS.has(w.toLowerCase())));
}

/** The lower-cased initials of the parts of a name: `initials(nameParts('Line of Control', true))` is "loc". */
export function initials(parts: readonly string[]): string {
  return parts.map((w) => w[0]?.toLowerCase() ?? '').join('');
}
