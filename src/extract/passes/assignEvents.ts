import type { Event } from '../../claims/schemas.js';
import { createEventBook } from './createEventBook.js';
import type { ClaimDraft, DocumentContext, PlaceMention, Sentence, TimeAnchor, TimeMention, Words } from '../types.js';

const SEPARATE = [['in', 'a', 'separate'], ['in', 'another'], ['separately'], ['elsewhere'], ['the', 'latest', 'attack'], ['in', 'a', 'separate', 'incident']];

function startsWith(words: Words, sentence: Sentence, phrase: readonly string[]): boolean {
  for (let s = sentence.first; s < sentence.first + 3 && s < sentence.last; s++) {
    if (phrase.every((w, k) => words.low(s + k) === w)) return true;
  }
  return false;
}

/**
 * Gives every draft its incident: drafts that share a time share an event, a sentence that says
 * "in a separate incident" or "elsewhere" starts another, and a draft tied to another (a denial
 * and what it denies) takes that one's. Returns the article's events.
 */
export function assignEvents(
  words: Words,
  sentences: readonly Sentence[],
  places: readonly (readonly PlaceMention[])[],
  drafts: readonly ClaimDraft[],
  context: DocumentContext,
  anchor: TimeAnchor,
  prefix: string,
): Event[] {
  const book = createEventBook({ prefix, country: context.country, mainPlace: context.mainPlace });
  let at = 0;
  while (at < drafts.length) {
    const si = (drafts[at] as ClaimDraft).sentence;
    const sentence = sentences[si] as Sentence;
    const separate = SEPARATE.some((phrase) => startsWith(words, sentence, phrase));
    const byTime = new Map<TimeMention | undefined, string>();
    for (; at < drafts.length && (drafts[at] as ClaimDraft).sentence === si; at++) {
      const draft = drafts[at] as ClaimDraft;
      if (draft.sameEventAs !== undefined) {
        draft.event = draft.sameEventAs.event;
        if (draft.event !== undefined) continue;
      }
      let event = byTime.get(draft.time);
      if (event === undefined) {
        event = book.assign({ places: places[si] ?? [], period: draft.time?.resolve(anchor), separate, reported: draft.statedAt ?? anchor.today });
        byTime.set(draft.time, event);
      }
      draft.event = event;
    }
  }
  return book.events;
}
