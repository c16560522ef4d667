/**
 * Flashcards as plain data. A term yields a card per kind the learner studies:
 * - term → definition ("forward") and definition → term ("reverse");
 * - translation: the English name → the Chinese name ("en-zh") and back ("zh-en");
 * - typed recall: type the name in English ("type-en") or in Chinese ("type-zh", characters or
 *   pinyin), graded by the quiz's typed-answer matching and confirmed by the learner.
 * A card's id is `<term id>:<kind>`. Persisted dates are epoch milliseconds.
 */
export type Direction = 'forward' | 'reverse';
export type TranslationKind = 'en-zh' | 'zh-en';
export type TypedKind = 'type-en' | 'type-zh';
export type CardKind = Direction | TranslationKind | TypedKind;
export type CardId = `${string}:${CardKind}`;

/** Every kind of card, in the order a term's cards are listed. */
export const CARD_KINDS: readonly CardKind[] = ['forward', 'reverse', 'en-zh', 'zh-en', 'type-en', 'type-zh'];

export const isTypedKind = (kind: CardKind): kind is TypedKind => kind === 'type-en' || kind === 'type-zh';
export const isTranslationKind = (kind: CardKind): kind is TranslationKind => kind === 'en-zh' || kind === 'zh-en';

/** Again, Hard, Good, Easy — as in Anki and FSRS. */
export type Grade = 1 | 2 | 3 | 4;
export type Phase = 'new' | 'learning' | 'review' | 'relearning';

/** The scheduling state of one card, as FSRS keeps it (plain JSON). */
export type CardState = {
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  phase: Phase;
  lastReview: number | null;
};

/** One graded review. `id` is unique, so logs from two tabs merge without duplicates. */
export type ReviewLogEntry = {
  id: string;
  cardId: CardId;
  grade: Grade;
  reviewedAt: number;
  /** The phase the card was in before this review. */
  phase: Phase;
  durationMs: number;
};

export function cardId(termId: string, kind: CardKind): CardId {
  return `${termId}:${kind}`;
}

/** A card id's term and kind; null for an id that is not a card's (validation rejects it). */
export function parseCardId(id: string): { termId: string; kind: CardKind } | null {
  const at = id.lastIndexOf(':');
  const kind = id.slice(at + 1) as CardKind;
  if (at <= 0 || !CARD_KINDS.includes(kind)) return null;
  return { termId: id.slice(0, at), kind };
}
