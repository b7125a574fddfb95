// Where a claim's words are, for the highlight: in the report's text when there is one (the
// evidence offsets), else in the quoted sentence alone (a loaded set carries no article).
import type { Evidence } from 'counterclaim';

/** A text to show with two nested spans to mark: the sentence, and the figure's words inside it. */
export interface Spans {
  readonly text: string;
  readonly sentence: readonly [number, number] | undefined;
  readonly figure: readonly [number, number] | undefined;
}

/**
 * The spans to mark for a claim's evidence. With the article: the figure at `start`/`end` when they
 * lie in the text, and the quote found around it (the nearest occurrence before the figure).
 * Without it: the quote, with the first occurrence of the figure's words in it, any case.
 * Undefined when there is nothing to show.
 */
export function evidenceSpans(text: string, evidence: Evidence | undefined, figureText: string | undefined): Spans | undefined {
  const quote = evidence?.quote;
  if (text === '') {
    if (quote === undefined || quote === '') return undefined;
    const at = figureText === undefined || figureText === '' ? -1 : quote.toLowerCase().indexOf(figureText.toLowerCase());
    return { text: quote, sentence: [0, quote.length], figure: at < 0 ? undefined : [at, at + (figureText?.length ?? 0)] };
  }
  const { start, end } = evidence ?? {};
  const figure = start !== undefined && end !== undefined && start <= end && end <= text.length ? ([start, end] as const) : undefined;
  let sentence: readonly [number, number] | undefined;
  if (quote !== undefined && quote !== '') {
    const at = figure === undefined ? text.indexOf(quote) : text.lastIndexOf(quote, figure[0]);
    if (at >= 0 && (figure === undefined || at + quote.length >= figure[1])) sentence = [at, at + quote.length];
  }
  return figure === undefined && sentence === undefined ? undefined : { text, sentence, figure };
}
