/**
 * Flashcards as plain data. Each term yields two cards: term → definition ("forward") and
 * definition → term ("reverse"). Persisted dates are epoch milliseconds.
 */
export type Direction = 'forward' | 'reverse';
export type CardId = `${string}:${Direction}`;

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

export function cardId(termId: string, direction: Direction): CardId {
  return `${termId}:${direction}`;
}

export function parseCardId(id: string): { termId: string; direction: Direction } | null {
  const at = id.lastIndexOf(':');
  const direction = id.slice(at + 1);
  if (at <= 0 || (direction !== 'forward' && direction !== 'reverse')) return null;
  return { termId: id.slice(0, at), direction };
}
