// Reporting and denial cues: the words that say someone gives a figure, each row with a sentence
// that shows it at work. `cues.test.ts` runs every example through extractClaims.

/** How a cue word frames the claim around it. */
export type CueFrame =
  /** "X said (that) …", "…, X said", "…, said X". */
  | 'report'
  /** "X put the toll at N": a report only with a count noun after the verb. */
  | 'toll'
  /** "X counted 25 bodies", "X estimated that …": a report of a count, also without "that". */
  | 'count'
  /** "X denied …", "X dismissed … as false". */
  | 'deny'
  /** ", adding …", ", dismissing …": the speaker of the cue before. */
  | 'participle';

/** What an example's first claim must show. */
export interface Expectation {
  readonly claimant: string;
  readonly outcome?: string;
  readonly subject?: string;
  readonly low?: number;
  readonly high?: number | null;
  readonly stance?: 'asserts' | 'denies';
}

/** One row of a lexicon table: the words, what they do, and a sentence that shows it. */
export interface CueRow {
  readonly words: readonly string[];
  readonly frame: CueFrame;
  readonly example: string;
  readonly expect: Expectation;
}

/** The cue words, by frame. */
export const CUE_ROWS: readonly CueRow[] = [
  { words: ['said', 'says', 'say'], frame: 'report', example: 'Five soldiers were killed, the army said.', expect: { claimant: 'military', low: 5 } },
  { words: ['told', 'tells'], frame: 'report', example: 'The commander told AFP that 12 fighters died.', expect: { claimant: 'commander', subject: 'militants', low: 12 } },
  { words: ['added', 'adds'], frame: 'report', example: 'The ministry added that 40 people were injured.', expect: { claimant: 'ministry', outcome: 'injured', low: 40 } },
  { words: ['stated', 'states'], frame: 'report', example: 'The police stated that 14 people were arrested.', expect: { claimant: 'police', outcome: 'arrested', low: 14 } },
  { words: ['announced', 'announces', 'announce'], frame: 'report', example: 'The health ministry announced that 113 people were killed.', expect: { claimant: 'health-ministry', low: 113 } },
  { words: ['confirmed', 'confirms', 'confirm'], frame: 'report', example: 'Police confirmed that two officers were hurt.', expect: { claimant: 'police', outcome: 'injured', subject: 'police', low: 2 } },
  { words: ['reported', 'reports', 'report'], frame: 'report', example: 'State media reported that nine people died.', expect: { claimant: 'state-media', low: 9 } },
  { words: ['claimed', 'claims', 'claim'], frame: 'report', example: 'The rebels claimed to have killed 30 soldiers.', expect: { claimant: 'rebels', subject: 'soldiers', low: 30 } },
  { words: ['insisted', 'insists', 'maintained', 'maintains', 'asserted', 'asserts', 'assured', 'assures', 'boasted', 'boasts', 'bragged'], frame: 'report', example: 'The army insisted that only two soldiers died.', expect: { claimant: 'military', low: 2 } },
  { words: ['accused', 'accuses', 'blamed', 'blames'], frame: 'report', example: 'The government accused the rebels of killing more than 2,000 civilians.', expect: { claimant: 'government', subject: 'civilians', low: 2001 } },
  { words: ['alleged', 'alleges'], frame: 'report', example: 'The opposition alleged that 300 protesters were detained.', expect: { claimant: 'opposition', outcome: 'arrested', low: 300 } },
  { words: ['acknowledged', 'acknowledges', 'admitted', 'admits', 'conceded'], frame: 'report', example: 'The group acknowledged that five of its fighters died.', expect: { claimant: 'group', subject: 'militants', low: 5 } },
  { words: ['noted', 'notes', 'explained', 'stressed', 'emphasised', 'emphasized', 'specified', 'clarified', 'revealed', 'disclosed', 'declared', 'warned', 'indicated', 'specifies', 'explains', 'reveals', 'declares', 'indicates', 'note', 'indicate', 'reveal', 'countered', 'counters', 'retorted', 'replied', 'responded', 'argued', 'contended', 'insist', 'maintain', 'affirmed', 'affirms', 'reaffirmed', 'informed'], frame: 'report', example: 'The governor noted that 17 villagers were abducted.', expect: { claimant: 'governor', outcome: 'abducted', low: 17 } },
  { words: ['found', 'concluded', 'showed', 'shows', 'show', 'finds', 'suggested', 'suggests', 'suggest'], frame: 'report', example: 'The study found that 42,000 people died.', expect: { claimant: 'study', low: 42000 } },
  { words: ['feared', 'fears', 'believe', 'believes', 'believed'], frame: 'report', example: 'Officials feared 10,000 people died.', expect: { claimant: 'officials', low: 10000 } },
  { words: ['spoke', 'speaks', 'speak'], frame: 'report', example: 'Organisers spoke of about 70,000 people at the rally.', expect: { claimant: 'organisers', outcome: 'attended', low: 63000 } },
  { words: ['mentioned', 'mentions', 'mention'], frame: 'report', example: 'The command mentioned a lower count of 47 dead troops.', expect: { claimant: 'command', subject: 'soldiers', low: 47 } },
  { words: ['briefed', 'briefs'], frame: 'report', example: 'Police officials briefed reporters that 40 people were arrested.', expect: { claimant: 'police-officials', outcome: 'arrested', low: 40 } },
  { words: ['tweeted', 'wrote', 'posted'], frame: 'report', example: 'The spokesman tweeted that 20 people were wounded.', expect: { claimant: 'spokesman', outcome: 'injured', low: 20 } },
  { words: ['according', 'per'], frame: 'report', example: 'Eight people were killed, according to local sources.', expect: { claimant: 'sources', low: 8 } },
  { words: ['quoted', 'quote', 'quotes', 'cited', 'cite', 'cites', 'citing', 'attributing'], frame: 'report', example: 'The agency cited a medical source as saying seven people were killed.', expect: { claimant: 'medical-source', low: 7 } },
  { words: ['put', 'puts', 'place', 'placed', 'places', 'raised', 'raises', 'revised', 'lowered', 'updated', 'gave', 'give', 'gives', 'set', 'revising', 'updating', 'lowering', 'presented', 'presenting', 'presents', 'downgraded', 'upgraded', 'scaled', 'scaling', 'pegged', 'pegs', 'peg', 'pegging'], frame: 'toll', example: 'Organisers put the turnout at 930,000.', expect: { claimant: 'organisers', outcome: 'attended', low: 930000 } },
  { words: ['reduced', 'reduces', 'corrected', 'corrects'], frame: 'toll', example: 'The prison service reduced the death toll to 17.', expect: { claimant: 'prison-service', outcome: 'killed', low: 17 } },
  { words: ['came'], frame: 'toll', example: 'One rights group came up with a death toll of 33.', expect: { claimant: 'rights-group', outcome: 'killed', low: 33 } },
  { words: ['read'], frame: 'toll', example: 'The deputy minister read to reporters a list of 279 dead.', expect: { claimant: 'deputy-minister', outcome: 'killed', low: 279 } },
  { words: ['published', 'publishes', 'released', 'releases', 'issued'], frame: 'toll', example: 'The monitor published an estimate of 8,200 protesters.', expect: { claimant: 'monitor', outcome: 'attended', low: 8200 } },
  { words: ['estimated', 'estimates', 'estimate', 'counted', 'counts', 'recorded', 'registered', 'tallied', 'documented', 'verified'], frame: 'count', example: 'Residents counted at least 25 bodies.', expect: { claimant: 'residents', outcome: 'killed', low: 25, high: null } },
  { words: ['accounted'], frame: 'count', example: 'Health officials accounted for 140 deaths.', expect: { claimant: 'health-officials', outcome: 'killed', low: 140 } },
  { words: ['evaluated', 'evaluates', 'assessed', 'assesses', 'calculated', 'calculates'], frame: 'count', example: 'An independent firm evaluated the crowd at 41,000.', expect: { claimant: 'independent-firm', outcome: 'attended', low: 41000 } },
  { words: ['recovered', 'retrieved'], frame: 'count', example: 'Rescuers recovered 18 bodies from the rubble.', expect: { claimant: 'rescuers', outcome: 'killed', low: 18 } },
  { words: ['denied', 'denies', 'deny', 'dismissed', 'dismisses', 'rejected', 'rejects', 'refuted', 'refutes', 'disputed', 'disputes', 'contested', 'contradicted', 'contradicts'], frame: 'deny', example: 'The army denied that any soldiers had been kidnapped.', expect: { claimant: 'military', outcome: 'abducted', subject: 'soldiers', stance: 'denies' } },
  { words: ['adding', 'saying', 'claiming', 'insisting', 'noting', 'declaring', 'announcing', 'alleging', 'putting', 'estimating', 'admitting', 'acknowledging', 'confirming', 'reporting', 'stressing', 'stating', 'explaining', 'asserting', 'maintaining', 'showing', 'indicating', 'revealing'], frame: 'participle', example: 'The army blamed the attack on jihadists, claiming that 15 terrorists were slain.', expect: { claimant: 'military', subject: 'militants', low: 15 } },
  { words: ['denying', 'dismissing', 'rejecting', 'disputing', 'contesting', 'refuting', 'describing', 'calling'], frame: 'participle', example: 'The ministry issued a statement on Sunday, denying that any civilians were killed.', expect: { claimant: 'ministry', subject: 'civilians', stance: 'denies' } },
];

/** Each cue word and its frame. */
export const CUE_WORDS: ReadonlyMap<string, CueFrame> = new Map(CUE_ROWS.flatMap((row) => row.words.map((w) => [w, row.frame] as const)));

/** Participles that deny ("denying", "dismissing"); "describing" and "calling" deny with a denial word. */
export const DENYING_PARTICIPLES: ReadonlySet<string> = new Set(['denying', 'dismissing', 'rejecting', 'disputing', 'contesting', 'refuting']);

/** Words that call a figure false: with them "said" denies ("said the reports were baseless"). */
export const DENIAL_WORDS: ReadonlySet<string> = new Set(['baseless', 'propaganda', 'untrue', 'fabricated', 'fabrication', 'lies', 'unfounded', 'false', 'fake', 'groundless', 'figment', 'disinformation', 'exaggerated', 'nonsense', 'falsehood', 'falsehoods', 'lie', 'inflated', 'inaccurate', 'incorrect', 'misleading']);

/** Verbs that call something by a name: with a denial word they deny ("called it fake news"). */
export const CALLING: ReadonlySet<string> = new Set(['called', 'described', 'termed', 'branded', 'describing', 'calling', 'labelled', 'labeled']);

/** Nouns a toll verb must put a figure on ("put the toll at", "raised the death toll to"). */
export const TOLL_OBJECTS: ReadonlySet<string> = new Set(['toll', 'turnout', 'number', 'figure', 'figures', 'tally', 'crowd', 'casualties', 'count', 'death', 'dead', 'attendance', 'estimate', 'total', 'size', 'numbers']);

/** Nouns for what someone said that a denial refers to ("denied the reports", "a claim the army denied"). */
export const REPORT_NOUNS: ReadonlySet<string> = new Set([
  'reports', 'report', 'claims', 'claim', 'allegations', 'allegation', 'suggestions', 'accounts', 'account', 'accusations', 'accusation',
  'rumours', 'rumors', 'figures', 'figure', 'toll', 'tolls', 'statements', 'statement', 'assertions', 'assertion',
  'information', 'news', 'data', 'numbers',
]);

/** What may follow "claimed" without it being a report of figures ("claimed responsibility"). */
export const NOT_AFTER_CLAIM: ReadonlySet<string> = new Set(['responsibility', 'credit', 'lives', 'life', 'victory', 'control', 'ownership', 'asylum']);

/** Words that end a trailing cue's clause and begin another that is not what was said ("…, X said as …"). */
export const AFTER_TRAILING: ReadonlySet<string> = new Set([
  'as', 'while', 'when', 'after', 'before', 'because', 'although', 'though', 'but', 'adding', 'in', 'on', 'at',
  'during', 'since', 'without', 'with', 'citing', 'according', 'and', 'amid', 'late', 'earlier', 'later', 'following', 'via',
]);

/** Conjunctions that open a clause of its own: what follows is not the clause before's ("X confirmed two deaths but …"). */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'while', 'whereas', 'although', 'though', 'because']);

/** Subordinators that open a clause before the sentence's subject or a speaker's name ("After X, chief of Y, said"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'as', 'although', 'though', 'when', 'after', 'before', 'if', 'because', 'since', 'whereas', 'until']);

/** Words between a count and a clause whose verb is left out ("… 30,000 demonstrators and the prefecture 9,000"). */
export const GAP_JOINERS: ReadonlySet<string> = new Set(['and', ',', 'while', 'whereas']);

/** The forms of "have": an owner's verb ("police had a lower estimate") and the perfect's ("had died"). */
export const HAVE_FORMS: ReadonlySet<string> = new Set(['have', 'has', 'had']);

/** Past tenses not in -ed that end a subject before them: "the Red Crescent sent", "the rebels held". */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(['held', 'made', 'took', 'retook', 'sent', 'kept', 'brought', 'led', 'left', 'fought', 'won', 'lost', 'began', 'struck', 'seized', 'stormed']);

/** Words that lead a time before a speaker's verb: "The ombudsman, late on Monday, reported". */
export const TIME_LEADS: ReadonlySet<string> = new Set(['late', 'early']);

/** Past participles without "-ed": "an investigation seen by Reuters" ends a name before "by", and "…, seen by Reuters," is an aside. */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'written', 'given', 'taken', 'shown', 'drawn', 'made', 'held', 'sent', 'led', 'run']);
