const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const ESCAPES = new Set([...'"\\/bfnrtu'].map((c) => c.charCodeAt(0)));
const LITERALS = new Map([...['true', 'false', 'null']].map((word) => [word.charCodeAt(0), word]));

// Where a string starting at i (its opening quote) stops being one: the offset after its closing
// quote as `end`, or the offending character as `bad`.
function scanString(text: string, i: number): { end: number } | { bad: number } {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return { end: j + 1 };
    if (c < 0x20) return { bad: j };
    if (c !== 0x5c) continue;
    const e = text.charCodeAt(++j);
    if (!ESCAPES.has(e)) return { bad: j };
    if (e === 0x75) {
      for (let k = 1; k <= 4; k++) if (!isHex(text.charCodeAt(j + k))) return { bad: Math.min(j + k, text.length) };
      j += 4;
    }
  }
  return { bad: text.length };
}

// Where a number starting at i ends, or the character that breaks it.
function scanNumber(text: string, i: number): { end: number } | { bad: number } {
  let j = i;
  const digits = (): boolean => {
    const from = j;
    while (isDigit(text.charCodeAt(j))) j++;
    return j > from;
  };
  if (text.charCodeAt(j) === 0x2d) j++;
  if (text.charCodeAt(j) === 0x30) j++;
  else if (!digits()) return { bad: j };
  if (text.charCodeAt(j) === 0x2e) {
    j++;
    if (!digits()) return { bad: j };
  }
  if ((text.charCodeAt(j) | 0x20) === 0x65) {
    j++;
    if (text.charCodeAt(j) === 0x2b || text.charCodeAt(j) === 0x2d) j++;
    if (!digits()) return { bad: j };
  }
  return { end: j };
}

/**
 * The offset of the first character at which `text` stops being JSON: the length of the text when
 * it ends too early, -1 when it is valid. One pass with an explicit stack, so that locating the
 * error costs what parsing does, however large or deeply nested the text (JSON.parse names a
 * position for some errors only).
 *
 * @example
 * ```ts
 * jsonSyntaxError('{"sources": [,]}')
 * //=> 13
 * jsonSyntaxError('{"a": "b')
 * //=> 8
 * jsonSyntaxError('[1, 2]')
 * //=> -1
 * ```
 */
export function jsonSyntaxError(text: string): number {
  const n = text.length;
  // The open containers: true for an object, false for an array.
  const open: boolean[] = [];
  let i = 0;
  let expect: 'value' | 'key' | 'after' = 'value';
  const skipSpace = (): void => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };
  for (;;) {
    skipSpace();
    if (expect === 'after' && open.length === 0) return i < n ? i : -1;
    if (i >= n) return n;
    const c = text.charCodeAt(i);
    if (expect === 'after') {
      const inObject = open[open.length - 1] as boolean;
      if (c === 0x2c) {
        i++;
        expect = inObject ? 'key' : 'value';
      } else if (c === (inObject ? 0x7d : 0x5d)) {
        i++;
        open.pop();
      } else return i;
      continue;
    }
    if (expect === 'key') {
      if (c !== 0x22) return i;
      const key = scanString(text, i);
      if ('bad' in key) return key.bad;
      i = key.end;
      skipSpace();
      if (i >= n) return n;
      if (text.charCodeAt(i) !== 0x3a) return i;
      i++;
      expect = 'value';
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      i++;
      skipSpace();
      const close = c === 0x7b ? 0x7d : 0x5d;
      if (text.charCodeAt(i) === close) {
        i++;
        expect = 'after';
      } else {
        open.push(c === 0x7b);
        expect = c === 0x7b ? 'key' : 'value';
      }
      continue;
    }
    const literal = LITERALS.get(c);
    let scanned: { end: number } | { bad: number };
    if (c === 0x22) scanned = scanString(text, i);
    else if (c === 0x2d || isDigit(c)) scanned = scanNumber(text, i);
    else if (literal !== undefined) {
      let k = 0;
      while (k < literal.length && text.charCodeAt(i + k) === literal.charCodeAt(k)) k++;
      scanned = k === literal.length ? { end: i + k } : { bad: Math.min(i + k, n) };
    } else return i;
    if ('bad' in scanned) return scanned.bad;
    i = scanned.end;
    expect = 'after';
  }
}
