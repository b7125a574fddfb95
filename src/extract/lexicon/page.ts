// Words for the page around a story: what is not the story's own text.

/**
 * Words that make a sentence a photo caption ("Pakistani Taliban leader Hakimullah Mehsud,
 * pictured in November 2008.").
 */
export const CAPTION_WORDS: ReadonlySet<string> = new Set(['pictured', 'photo', 'photograph', 'photographed', 'caption', 'getty']);

/** Phrases that credit the people who made a report ("Journalist Nasir Dawar contributed to this report."). */
export const CREDIT_PHRASES: readonly (readonly string[])[] = [
  ['contributed', 'to', 'this', 'report'],
  ['contributed', 'reporting'],
  ['editing', 'by'],
  ['reporting', 'by'],
  ['writing', 'by'],
  ['additional', 'reporting'],
];

/** Marks that end a dateline: "KABUL (AP) —", "BANGKOK:". */
export const DATELINE_MARKS: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014', ':']);

/** Labels of page furniture lines ("Source:Xinhua", "Published: 2019/6/9"). */
export const FURNITURE_LABELS: ReadonlySet<string> = new Set(['source', 'published', 'updated', 'posted', 'photo', 'image', 'credit', 'file', 'read', 'also', 'related', 'watch']);

/** Marks that end a sentence. */
export const TERMINALS: ReadonlySet<string> = new Set(['.', '!', '?']);

/** Marks that close a quotation or a bracket after a sentence's end. */
export const CLOSERS: ReadonlySet<string> = new Set(['"', "'", '\u201d', '\u2019', ')', ']']);

/** Dashes: a hyphen, an en dash and an em dash. */
export const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014']);
