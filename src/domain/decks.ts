/**
 * Decks: which cards a deck holds, in the order new cards are introduced. A deck is a topic,
 * or one of four lists that follow the learner: all terms, starred terms, terms missed in
 * quizzes, and leeches (terms with a card failed again and again); or one provider's product
 * names (`vendors-aws`, from the vendor table: vendor-cards.ts). Each term yields a card per kind the learner studies.
 */
import { cardId, type CardId, type CardKind, type CardState, type Direction } from './cards';
import { inTrack, TRACKS, type Placed, type Track } from './tracks';
import { isVendorDeck } from './vendor-cards';

export const SPECIAL_DECKS = ['all', 'starred', 'missed', 'leeches'] as const;
export type SpecialDeckId = (typeof SPECIAL_DECKS)[number];
/** A topic id or a special deck. */
export type DeckId = string;

/** Which directions of term ⇄ definition cards are studied (the `directions` setting). */
export type DirectionSetting = 'both' | 'term-first' | 'definition-first';
/** Which names typed recall asks for: none, the English, the Chinese, or both. */
export type TypedSetting = 'off' | 'en' | 'zh' | 'both';
export const TYPED_SETTINGS: readonly TypedSetting[] = ['off', 'en', 'zh', 'both'];

/** The settings that choose which kinds of card every deck holds. */
export type CardKindSettings = {
  directions: DirectionSetting;
  /** English ⇄ 中文 translation cards, both ways. */
  translation: boolean;
  typedRecall: TypedSetting;
};

export type DeckSource = {
  /** Terms in content order. */
  terms: readonly { id: string; topic: string }[];
  /** Starred term ids. */
  starred: readonly string[];
  /** Term id → when it was last missed in a quiz (epoch ms). */
  missed: Readonly<Record<string, number>>;
  /** Terms with a leech card (leeches.ts); absent: none. */
  leeches?: ReadonlySet<string>;
  /** Finds a topic, for the decks of a whole track (`foundations`, `readings`); absent: those decks are empty. */
  topicOf?: (topic: string) => Placed | undefined;
};

/** A deck of every term of one track: `/study/foundations`, `/study/readings`. */
export function isTrackDeck(deckId: string): deckId is Track {
  return (TRACKS as readonly string[]).includes(deckId);
}

export function isSpecialDeck(deckId: string): deckId is SpecialDeckId {
  return (SPECIAL_DECKS as readonly string[]).includes(deckId);
}

/** Whether a deck id names a deck: a special deck or a topic that has terms. */
export function deckExists(deckId: string, terms: DeckSource['terms']): boolean {
  return isSpecialDeck(deckId) || terms.some((term) => term.topic === deckId);
}

/** Whether a deck id names a deck, the decks of a whole track included (when it has terms). */
export function deckOrTrackExists(deckId: string, source: DeckSource): boolean {
  if (isTrackDeck(deckId)) return deckTermIds(deckId, source).length > 0;
  return deckExists(deckId, source.terms);
}

export function directionsFor(setting: DirectionSetting): Direction[] {
  if (setting === 'term-first') return ['forward'];
  if (setting === 'definition-first') return ['reverse'];
  return ['forward', 'reverse'];
}

/**
 * The terms of a deck, in order: content order for topics, "all" and "starred"; the most
 * recently missed first for "missed"; a track's deck holds its topics' terms in content order. Ids that are no longer in the content are left out.
 */
export function deckTermIds(deckId: DeckId, source: DeckSource): string[] {
  if (deckId === 'all') return source.terms.map((term) => term.id);
  if (isTrackDeck(deckId)) {
    const { topicOf } = source;
    return topicOf === undefined ? [] : source.terms.filter((term) => inTrack(deckId, topicOf(term.topic))).map((term) => term.id);
  }
  if (deckId === 'starred') {
    const starred = new Set(source.starred);
    return source.terms.filter((term) => starred.has(term.id)).map((term) => term.id);
  }
  if (deckId === 'leeches') return source.terms.filter((term) => source.leeches?.has(term.id)).map((term) => term.id);
  if (deckId === 'missed') {
    return source.terms
      .filter((term) => source.missed[term.id] !== undefined)
      .sort((a, b) => (source.missed[b.id] ?? 0) - (source.missed[a.id] ?? 0))
      .map((term) => term.id);
  }
  return source.terms.filter((term) => term.topic === deckId).map((term) => term.id);
}

/** The kinds of card each term yields under these settings, in CARD_KINDS order. */
export function studiedKinds(settings: CardKindSettings): CardKind[] {
  const kinds: CardKind[] = directionsFor(settings.directions);
  if (settings.translation) kinds.push('en-zh', 'zh-en');
  if (settings.typedRecall === 'en' || settings.typedRecall === 'both') kinds.push('type-en');
  if (settings.typedRecall === 'zh' || settings.typedRecall === 'both') kinds.push('type-zh');
  return kinds;
}

/** The cards of some terms, term by term: `t1:forward, t1:reverse, t1:en-zh, t2:forward, …`. */
export function cardsOfTerms(termIds: readonly string[], settings: CardKindSettings): CardId[] {
  const kinds = studiedKinds(settings);
  const ids: CardId[] = [];
  for (const termId of termIds) for (const kind of kinds) ids.push(cardId(termId, kind));
  return ids;
}

/** The one card a term missed in a quiz brings back: the first direction the learner studies, never both. */
export function missedCardOf(termId: string, setting: DirectionSetting): CardId {
  return cardId(termId, directionsFor(setting)[0] ?? 'forward');
}

/** A deck's cards, in the order new cards are introduced. "Missed in quizzes" has one card per term. */
export function deckCards(deckId: DeckId, source: DeckSource, settings: CardKindSettings): CardId[] {
  const termIds = deckTermIds(deckId, source);
  if (deckId === 'missed') return termIds.map((termId) => missedCardOf(termId, settings.directions));
  // A product's name is the same in both languages: a vendor deck studies its two directions only.
  if (isVendorDeck(deckId)) return cardsOfTerms(termIds, { ...settings, translation: false, typedRecall: 'off' });
  return cardsOfTerms(termIds, settings);
}

/** The glossary counted in terms, the way a learner thinks of it; the cards are the detail. */
export type TermCounts = {
  terms: number;
  /** Every card of the term, of every kind studied, has been learned (is in review). */
  known: number;
  /** Some card of a kind studied has been studied, not all learned yet. */
  learning: number;
  /** No card of a kind studied has been studied yet. */
  new: number;
  /** The cards behind them (one per kind studied), and how many of those are learned: the detail. */
  cards: number;
  cardsLearned: number;
};

/**
 * The glossary counted as a learner thinks of it, in terms: known, learning, new; with the cards
 * as the detail. A term is known only when every card of every kind the learner studies now
 * (term ⇄ definition in the directions chosen, translation, typed recall) is learned: turning a
 * kind on asks more of each term, and its terms go back to learning until those cards are
 * learned too. Cards of a kind turned off keep their history but do not count.
 */
export function termCounts(cards: Readonly<Partial<Record<CardId, CardState>>>, terms: readonly { id: string }[], settings: CardKindSettings): TermCounts {
  const wanted = studiedKinds(settings);
  const counts: TermCounts = { terms: terms.length, known: 0, learning: 0, new: 0, cards: 0, cardsLearned: 0 };
  for (const term of terms) {
    let learned = 0;
    let studied = 0;
    for (const kind of wanted) {
      const card = cards[cardId(term.id, kind)];
      counts.cards++;
      if (card && card.phase !== 'new') studied++;
      if (card?.phase === 'review') learned++;
    }
    counts.cardsLearned += learned;
    if (learned === wanted.length) counts.known++;
    else if (studied > 0) counts.learning++;
    else counts.new++;
  }
  return counts;
}
