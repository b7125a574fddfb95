/** A token of English text as the figure scanner sees it. */
export interface Token {
  /** `num`: digits; `word`: letters; `dash`: - – —; `plus`: +; `other`: any other mark. */
  readonly kind: 'num' | 'word' | 'dash' | 'plus' | 'other';
  /** Lower-cased words; digits without separators; the mark itself otherwise. */
  readonly text: string;
  /** Value of a `num` token, NaN otherwise. */
  readonly value: number;
  /** Number of digits after the decimal point of a `num` token. */
  readonly decimals: number;
  readonly start: number;
  readonly end: number;
  /** Whether whitespace separates this token from the previous one. */
  readonly spaced: boolean;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function isLetter(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 0xc0) return false;
  // Dashes, quotes, spaces and other general punctuation are not letters.
  if (c >= 0x2000 && c <= 0x206f) return false;
  return c !== 0xd7 && c !== 0xf7 && c !== 0x3000 && c !== 0xfeff;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0x205f || c === 0xfeff;
}

// Thousands separators: a comma, or the thin and no-break spaces some styles use.
const isGroupSeparator = (c: number): boolean => c === 44 || c === 0x202f || c === 0x2009 || c === 0xa0;

// Exactly three digits follow at `i`, and no fourth: the shape of a thousands group.
function threeDigitsAt(text: string, i: number): boolean {
  return (
    isDigit(text.charCodeAt(i)) &&
    isDigit(text.charCodeAt(i + 1)) &&
    isDigit(text.charCodeAt(i + 2)) &&
    !isDigit(text.charCodeAt(i + 3))
  );
}

/**
 * Splits text into tokens in one left-to-right pass with constant lookahead, so the cost is linear
 * in the length of the text whatever it contains.
 *
 * Digits glued to letters ("24th", "9mm") become an `other` token: they are not counts.
 *
 * @example
 * ```ts
 * tokenize('at least 1,200').map((t) => t.text)
 * //=> ['at', 'least', '1200']
 * ```
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let spaced = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      let digits = '';
      let j = i;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      digits = text.slice(i, j);
      // Thousands groups only directly after a run of one to three digits, or after another group.
      if (j - i <= 3) {
        while (j < n && isGroupSeparator(text.charCodeAt(j)) && threeDigitsAt(text, j + 1)) {
          digits += text.slice(j + 1, j + 4);
          j += 4;
        }
      }
      let decimals = 0;
      if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
        let k = j + 1;
        while (k < n && isDigit(text.charCodeAt(k))) k++;
        decimals = k - j - 1;
        digits += text.slice(j, k);
        j = k;
      }
      if (j < n && isLetter(text.charCodeAt(j))) {
        while (j < n && (isLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
        tokens.push({ kind: 'other', text: text.slice(start, j), value: Number.NaN, decimals: 0, start, end: j, spaced });
      } else {
        tokens.push({ kind: 'num', text: digits, value: Number(digits), decimals, start, end: j, spaced });
      }
      i = j;
    } else if (isLetter(c)) {
      let j = i + 1;
      for (;;) {
        while (j < n && isLetter(text.charCodeAt(j))) j++;
        // An apostrophe inside a word ("didn't", "Pakistan's") keeps the word whole.
        const a = text.charCodeAt(j);
        if ((a === 39 || a === 0x2019) && isLetter(text.charCodeAt(j + 1))) {
          j += 2;
          continue;
        }
        break;
      }
      tokens.push({ kind: 'word', text: text.slice(i, j).toLowerCase(), value: Number.NaN, decimals: 0, start, end: j, spaced });
      i = j;
    } else {
      const kind = c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 ? 'dash' : c === 43 ? 'plus' : 'other';
      // A surrogate pair stays one token so that spans never split a character.
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      tokens.push({ kind, text: text.slice(i, i + width), value: Number.NaN, decimals: 0, start, end: i + width, spaced });
      i += width;
    }
    spaced = false;
  }
  return tokens;
}
