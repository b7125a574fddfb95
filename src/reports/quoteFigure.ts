import type { Figure } from '../figures/schemas.js';
import { formatFigure } from '../figures/formatFigure.js';
import { parseFigure } from '../figures/parseFigure.js';
import { oneLine } from './oneLine.js';

/**
 * A figure in the claimant's own words when it carries them (`text`), otherwise as
 * {@link formatFigure} writes it: "about 10,000 to 15,000", not the interval "9,000 to 16,500";
 * "more than 2 million", not "more than 2,000,000". The text is used only when it is the figure's
 * wording and nothing else (it reads back as the same figure), so that a paraphrase kept in `text`
 * ("all TTP fighters managed to escape") cannot break the sentence it is put into. A number word
 * capitalised because it opened its sentence ("Five soldiers…") is lower-cased.
 *
 * @example
 * ```ts
 * quoteFigure({ low: 9000, high: 16500, stated: null, hedge: 'range', text: 'about 10,000 to 15,000' })
 * //=> 'about 10,000 to 15,000'
 * quoteFigure({ low: 5, high: 5, stated: 5, hedge: 'exact', text: 'Five' })
 * //=> 'five'
 * quoteFigure({ low: 0, high: 0, stated: 0, hedge: 'exact', text: 'all TTP fighters managed to escape' })
 * //=> '0'
 * ```
 */
export function quoteFigure(figure: Figure): string {
  const text = figure.text === undefined ? '' : oneLine(figure.text);
  const read = text === '' ? null : parseFigure(text);
  const same = read !== null && read.text === text && read.low === figure.low && read.high === figure.high && read.hedge === figure.hedge;
  if (!same) return formatFigure(figure);
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
