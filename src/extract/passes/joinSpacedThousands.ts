// A lead of one to three digits and groups of three after plain spaces: "12 000", "1 500 000".
const SPACED = /(?<![\d.,\u00a0])(\d{1,3})((?: \d{3})+)(?![\d,]|[.\u00a0]\d)/g;
// A round thousand written so: the sign that a text groups digits with spaces at all.
const STYLE = /(?<![\d.,])\d{1,3} 000(?![\d,]|\.\d)/;
// A month name, or its abbreviation, right before a number: "June 5 100 people" is a day and a count.
const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? $/i;

/**
 * The text with each plain space inside a number grouped in threes ("12 000 to 15 000") made a
 * no-break space, which the figure parser reads as a thousands separator, in a text that writes a
 * round thousand that way; the same length, so every offset holds. A day after a month name stays
 * apart from the number after it.
 */
export function joinSpacedThousands(text: string): string {
  if (!STYLE.test(text)) return text;
  return text.replace(SPACED, (_: string, lead: string, groups: string, offset: number) =>
    // After a month, the lead is the day and the groups are the number: "June 5 100 000".
    MONTH_BEFORE.test(text.slice(Math.max(0, offset - 12), offset)) ? `${lead} ${groups.slice(1).replace(/ /g, '\u00a0')}` : lead + groups.replace(/ /g, '\u00a0'),
  );
}
