/**
 * A card's schedule rebuilt from its reviews: the reviews of every device, merged by id, are
 * replayed in time order through the same scheduler a grade uses (scheduler.ts, ts-fsrs, whose
 * fuzz is seeded by the card and the time, so a replay gives exactly the state the grade gave).
 * Two devices that studied the same card apart agree once each has the other's reviews, since
 * both replay the same list. A quiz answer missed brings a card's due date forward, as it does
 * when the quiz is finished (quiz-slice.ts), so misses are replayed too, at their time.
 *
 * Pure: the learner's retention and the local offset at each moment are passed in.
 */
import type { CardId, CardState, ReviewLogEntry } from './cards';
import { cardId } from './cards';
import { compareReviews } from './merge';
import type { QuizAttempt } from './quiz-history';
import { scheduleReview } from './scheduler';

export type ReplayOptions = {
  retention: number;
  /** The local offset from UTC in minutes at a moment (UTC+8 → 480). */
  offsetAt: (ms: number) => number;
};

/** A quiz finished at `at` in which these terms were answered wrongly. */
export type QuizMiss = { at: number; termIds: readonly string[] };

/** The misses of finished quizzes: each attempt's wrongly answered terms, at its end. */
export function quizMisses(attempts: readonly QuizAttempt[]): QuizMiss[] {
  return attempts
    .map((a) => ({ at: a.finishedAt, termIds: a.answers.filter((x) => !x.correct).flatMap((x) => x.termIds) }))
    .filter((m) => m.termIds.length > 0);
}

/**
 * The schedule of each card in `cards` (or of every card the log has, when absent) after its
 * reviews in `log` and the misses. A card with no review has no state. The log need not be sorted.
 */
export function replaySchedules(
  log: readonly ReviewLogEntry[],
  options: ReplayOptions,
  misses: readonly QuizMiss[] = [],
  cards?: ReadonlySet<CardId>,
  /** Told each review as it is replayed, in time order per card, with the state it left. */
  onReview?: (entry: ReviewLogEntry, after: CardState, before: CardState | undefined) => void,
): Map<CardId, CardState> {
  const reviews = new Map<CardId, ReviewLogEntry[]>();
  for (const entry of log) {
    if (cards && !cards.has(entry.cardId)) continue;
    let list = reviews.get(entry.cardId);
    if (!list) reviews.set(entry.cardId, (list = []));
    list.push(entry);
  }
  // Each card's misses: when, in time order.
  const missedAt = new Map<CardId, number[]>();
  for (const miss of misses) {
    for (const termId of miss.termIds) {
      for (const direction of ['forward', 'reverse'] as const) {
        const id = cardId(termId, direction);
        if (!reviews.has(id)) continue;
        let list = missedAt.get(id);
        if (!list) missedAt.set(id, (list = []));
        list.push(miss.at);
      }
    }
  }
  const states = new Map<CardId, CardState>();
  for (const [id, entries] of reviews) {
    entries.sort(compareReviews); // the log's own order: by time, then id, on every device
    const missTimes = (missedAt.get(id) ?? []).sort((a, b) => a - b);
    let state: CardState | undefined;
    let m = 0;
    for (const entry of entries) {
      for (; m < missTimes.length && missTimes[m]! < entry.reviewedAt; m++) state = bringForward(state, missTimes[m]!);
      const before = state;
      state = scheduleReview(state, entry.grade, entry.reviewedAt, { retention: options.retention, offsetMinutes: options.offsetAt(entry.reviewedAt) });
      onReview?.(entry, state, before);
    }
    for (; m < missTimes.length; m++) state = bringForward(state, missTimes[m]!);
    if (state) states.set(id, state);
  }
  return states;
}

/** A miss at `at` makes a studied card due then, if it was due later (a new card stays new). */
function bringForward(state: CardState | undefined, at: number): CardState | undefined {
  return state && state.due > at ? { ...state, due: at } : state;
}

/**
 * The schedules of the cards that reviews were added to or removed from, as `replaySchedules`
 * would give them, but cheaply in the common case: when a card's new reviews all come after its
 * last review (a grade on the other device, a first sync arriving in time order), the card
 * goes on from its current state; otherwise (an undo, or a review from the past arriving) its
 * whole history is replayed. `log` is the merged log, the added reviews included.
 */
export function rebuildSchedules(
  current: Partial<Record<CardId, CardState>>,
  log: readonly ReviewLogEntry[],
  change: { added: readonly ReviewLogEntry[]; removed: readonly ReviewLogEntry[] },
  options: ReplayOptions,
  misses: readonly QuizMiss[] = [],
): Map<CardId, CardState | null> {
  const addedByCard = new Map<CardId, ReviewLogEntry[]>();
  for (const entry of change.added) {
    let list = addedByCard.get(entry.cardId);
    if (!list) addedByCard.set(entry.cardId, (list = []));
    list.push(entry);
  }
  const replay = new Set<CardId>(change.removed.map((entry) => entry.cardId));
  const result = new Map<CardId, CardState | null>();
  for (const [id, entries] of addedByCard) {
    if (replay.has(id)) continue;
    entries.sort(compareReviews);
    let state = current[id];
    const last = state?.lastReview ?? null;
    if (state !== undefined && (last === null || entries[0]!.reviewedAt <= last)) {
      replay.add(id);
      continue;
    }
    for (const entry of entries) state = scheduleReview(state, entry.grade, entry.reviewedAt, { retention: options.retention, offsetMinutes: options.offsetAt(entry.reviewedAt) });
    result.set(id, state ?? null);
  }
  if (replay.size > 0) {
    const replayed = replaySchedules(log, options, misses, replay);
    for (const id of replay) result.set(id, replayed.get(id) ?? null);
  }
  return result;
}
