import type { Vocabulary } from '../vocabulary/types.js';
import { countryAt } from './countryAt.js';
import type { PlaceMention } from './findPlaces.js';
import type { TimeAnchor, TimeMention } from './findTimes.js';
import { lookupTerm } from './lookupTerm.js';
import type { Words } from './readWords.js';
import type { Sentence } from './splitSentences.js';

/** What the whole article says that single sentences rely on. */
export interface DocumentContext {
  /** The country the article is about: in the first sentence that names one, the one named as a place, else the first named. */
  readonly country: string | undefined;
  /** The place below the country the article names most, for incidents whose sentences name none. */
  readonly mainPlace: string | undefined;
  /** The day the main event began ("was launched Saturday"), for "the first day". */
  readonly launch: Date | undefined;
  /** Lower-cased names the article uses for armed groups ("boko haram" from "Boko Haram fighters"). */
  readonly armedNames: ReadonlySet<string>;
}

const LAUNCH = new Set(['launched', 'began', 'begun', 'started', 'launch', 'erupted', 'opened']);

/**
 * Reads the article-wide context in one pass over its sentences, their places and their times:
 * the country, the main place, the day the main event began, and armed groups named by their
 * fighters.
 *
 * @example
 * ```ts
 * const words = readWords('Troops launched the offensive on Saturday in South Waziristan.');
 * const sentences = splitSentences(words);
 * const context = readDocument(words, sentences, sentences.map((s) => findPlaces(words, s)), sentences.map((s) => findTimes(words, s)), { today: new Date(2009, 9, 18), launch: undefined }, createVocabulary());
 * [context.mainPlace, context.launch?.getDate()]
 * //=> ['South Waziristan', 17]
 * ```
 */
export function readDocument(
  words: Words,
  sentences: readonly Sentence[],
  places: readonly (readonly PlaceMention[])[],
  times: readonly (readonly TimeMention[])[],
  anchor: TimeAnchor,
  vocabulary: Vocabulary,
): DocumentContext {
  let country: string | undefined;
  const counts = new Map<string, { n: number; order: number }>();
  for (const list of places) {
    for (const mention of list) {
      const name = mention.rooted ? mention.path[1] : mention.path[0];
      if (name === undefined) continue;
      const seen = counts.get(name);
      counts.set(name, { n: (seen?.n ?? 0) + 1, order: seen?.order ?? counts.size });
    }
  }
  let mainPlace: string | undefined;
  let best = { n: 0, order: Number.POSITIVE_INFINITY };
  for (const [name, c] of counts) {
    if (c.n > best.n || (c.n === best.n && c.order < best.order)) {
      best = c;
      mainPlace = name;
    }
  }

  let launch: Date | undefined;
  const armedNames = new Set<string>();
  sentences.forEach((sentence, index) => {
    let launched = false;
    if (country === undefined) {
      country = (places[index] ?? []).find((p) => p.rooted)?.path[0];
      for (let i = sentence.first; i < sentence.last && country === undefined; i++) country = countryAt(words, i)?.country;
    }
    for (let i = sentence.first; i < sentence.last; i++) {
      const low = words.low(i);
      if (LAUNCH.has(low)) launched = true;
      // "Boko Haram fighters", "TTP fighters": the capitalised words name an armed group.
      if (words.cap(i) && !words.cap(i - 1) && countryAt(words, i) === undefined) {
        let k = i;
        while (k < sentence.last && k - i < 3 && (words.cap(k) || (words.low(k) === '-' && words.cap(k + 1)))) k++;
        const after = words.low(k);
        if (k > i && words.isWord(k) && !words.cap(k) && after.length > 3 && lookupTerm(vocabulary, 's', after).id === 'militants') {
          const name: string[] = [];
          for (let n = i; n < k; n++) if (words.isWord(n)) name.push(words.low(n));
          if (name.length > 0 && i > sentence.first) armedNames.add(name.join(' '));
        }
      }
    }
    if (launched && launch === undefined) {
      for (const t of times[index] ?? []) {
        const span = t.resolve(anchor);
        if (span !== undefined) {
          launch = span.start;
          break;
        }
      }
    }
  });
  return { country, mainPlace, launch, armedNames };
}
