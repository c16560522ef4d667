/**
 * Decks: which cards a deck holds, in the order new cards are introduced. A deck is a topic,
 * or one of four lists that follow the learner: all terms, starred terms, terms missed in
 * quizzes, and leeches (terms with a card failed again and again). Each term yields a card per direction the learner studies.
 */
import { cardId, type CardId, type Direction } from './cards';

export const SPECIAL_DECKS = ['all', 'starred', 'missed', 'leeches'] as const;
export type SpecialDeckId = (typeof SPECIAL_DECKS)[number];
/** A topic id or a special deck. */
export type DeckId = string;

/** Which directions a deck uses (the `directions` setting). */
export type DirectionSetting = 'both' | 'term-first' | 'definition-first';

export type DeckSource = {
  /** Terms in content order. */
  terms: readonly { id: string; topic: string }[];
  /** Starred term ids. */
  starred: readonly string[];
  /** Term id → when it was last missed in a quiz (epoch ms). */
  missed: Readonly<Record<string, number>>;
  /** Terms with a leech card (leeches.ts); absent: none. */
  leeches?: ReadonlySet<string>;
};

export function isSpecialDeck(deckId: string): deckId is SpecialDeckId {
  return (SPECIAL_DECKS as readonly string[]).includes(deckId);
}

/** Whether a deck id names a deck: a special deck or a topic that has terms. */
export function deckExists(deckId: string, terms: DeckSource['terms']): boolean {
  return isSpecialDeck(deckId) || terms.some((term) => term.topic === deckId);
}

export function directionsFor(setting: DirectionSetting): Direction[] {
  if (setting === 'term-first') return ['forward'];
  if (setting === 'definition-first') return ['reverse'];
  return ['forward', 'reverse'];
}

/**
 * The terms of a deck, in order: content order for topics, "all" and "starred"; the most
 * recently missed first for "missed". Ids that are no longer in the content are left out.
 */
export function deckTermIds(deckId: DeckId, source: DeckSource): string[] {
  if (deckId === 'all') return source.terms.map((term) => term.id);
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

/** The cards of some terms, term by term: `t1:forward, t1:reverse, t2:forward, …`. */
export function cardsOfTerms(termIds: readonly string[], setting: DirectionSetting): CardId[] {
  const directions = directionsFor(setting);
  const ids: CardId[] = [];
  for (const termId of termIds) for (const direction of directions) ids.push(cardId(termId, direction));
  return ids;
}

/** A deck's cards, in the order new cards are introduced. */
export function deckCards(deckId: DeckId, source: DeckSource, setting: DirectionSetting): CardId[] {
  return cardsOfTerms(deckTermIds(deckId, source), setting);
}
