// A lead of one to three digits and groups of three after plain spaces: "12 000", "1 500 000".
const SPACED = /(?<![\d.,\u00a0])(\d{1,3})((?: \d{3})+)(?!\d|[.,\u00a0]\d)/g;
// A round thousand written so: the sign that a text groups digits with spaces at all; a text that
// groups none with commas may too ("At least 1 550 people have fled").
const STYLE = /(?<![\d.,\u00a0])\d{1,3} 000(?!\d|[.,\u00a0]\d)/;
const COMMA_GROUPED = /\d,\d{3}(?!\d)/;
// Without a round thousand to show the style, a number after a label is its own ("on day 2 300
// people", "Gate 4 200 fans"), and so is a clock's hour that opens a sentence ("By 9 300 had come").
const LABEL_BEFORE = /\b(?:day|week|month|gate|phase|stage|round|platform|room|unit|route|flight|aged)\s$/i;
const HOUR_OPENING = /(?:^|[.!?]["'\u201d\u2019)]?\s+|\n\s*)(?:At|By|Until|Before|After)\s$/;
// A month's name or abbreviation right before a number: "June 5 100 people" is a day and a count.
const MONTH_BEFORE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? $/i;
// A capitalised word right before a number: "Flight 370 239 people" numbers a name, unless the
// word opens a sentence ("Around 100 000 marched").
const CAPITAL_BEFORE = /\b\p{Lu}\p{Ll}+ $/u;
const OPENING_BEFORE = /(?:^|[.!?]["'\u201d\u2019)]?\s+|\n\s*)\p{Lu}\p{Ll}+ $/u;

/**
 * The text with each plain space inside a number grouped in threes ("12 000 to 15 000") made a
 * no-break space, which the figure parser reads as a thousands separator, in a text that writes a
 * round thousand that way or groups no number with commas; the same length, so every offset holds.
 * A day after a month stays apart from the number after it; a number after a name ("Flight 370 239
 * people") or one that opens with a zero (a telephone number) is left as written.
 */
export function joinSpacedThousands(text: string): string {
  const styled = STYLE.test(text);
  if (!styled && COMMA_GROUPED.test(text)) return text;
  return text.replace(SPACED, (all: string, lead: string, groups: string, offset: number) => {
    const before = text.slice(Math.max(0, offset - 24), offset);
    if (lead.startsWith('0') || (!styled && (LABEL_BEFORE.test(before) || HOUR_OPENING.test(before)))) return all;
    // After a month, the lead is the day and the groups are the number ("June 5 100 000"), unless
    // all that follows is a round thousand ("In May 5 000 came").
    const month = MONTH_BEFORE.test(before);
    if (month && groups !== ' 000') return `${lead} ${groups.slice(1).replace(/ /g, '\u00a0')}`;
    if (!month && CAPITAL_BEFORE.test(before) && !OPENING_BEFORE.test(before)) return all;
    return lead + groups.replace(/ /g, '\u00a0');
  });
}
