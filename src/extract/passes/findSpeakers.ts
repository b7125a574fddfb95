import type { SourceBook } from './createSourceBook.js';
import { findAnonymity, markAnonymity } from './markAnonymity.js';
import { readClaimant } from './readClaimant.js';
import type { Cue, Sentence, Speaker, Words } from '../types.js';

const OWNERS = new Set(['its', 'their']);
const FIGHTERS = new Set(['fighters', 'militants', 'men', 'gunmen', 'rebels', 'cadres', 'mujahideen', 'members']);

/**
 * Who speaks at each cue of each sentence, in reading order, so that "he", "the group" and "the
 * statement" find the source named before them. "Adding" and "dismissing" speak for the cue before
 * them. Registers every source in the book, with its anonymity and kind as the text shows them.
 */
export function findSpeakers(words: Words, sentences: readonly Sentence[], cues: readonly (readonly Cue[])[], book: SourceBook): Speaker[][] {
  return sentences.map((sentence, si) => {
    const here = cues[si] ?? [];
    const speakers: Speaker[] = [];
    const anonymity = findAnonymity(words, sentence, here);
    here.forEach((cue, k) => {
      const read = cue.phrase === undefined ? undefined : readClaimant(words, cue.phrase);
      const phrase = read !== undefined && k === anonymity.cue && !read.anonymous ? { ...read, anonymous: true } : read;
      // "The Red Cross said its teams had recovered 46 bodies": whose teams, the speaker whose words hold them.
      const outer = here[k - 1];
      const owner = cue.phrase !== undefined && OWNERS.has(words.low(cue.phrase.first)) && outer !== undefined && outer.leading && outer.scope.first <= cue.at && cue.at < outer.scope.last ? speakers[k - 1]?.source : undefined;
      const source = owner ?? (phrase === undefined ? speakers[k - 1]?.source : book.resolve(phrase, si));
      const via: string[] = [];
      for (const span of [...(phrase?.relays ?? []), ...cue.relays]) {
        const id = book.relay(readClaimant(words, span));
        if (id !== undefined && id !== source) via.push(id);
      }
      speakers.push({ source, via: via.length === 0 && phrase === undefined ? [...(speakers[k - 1]?.via ?? [])] : via });
      if (source !== undefined && cue.anonymous) book.markAnonymous(source);
      if (source !== undefined && cue.statement) book.issuedStatement(source);
      if (source !== undefined && ['its', 'their'].includes(words.low(cue.content)) && FIGHTERS.has(words.low(cue.content + 1))) book.setKind(source, 'armed-group');
    });
    markAnonymity(words, sentence, si, anonymity, speakers.map((s) => s.source), book);
    return speakers;
  });
}
