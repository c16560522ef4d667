/**
 * A study session as a pure state machine: which card is shown, which come back, and the tally.
 * Time is a parameter. The schedule itself lives in the store; this only orders the session.
 *
 * - `schedule`: cards whose learning step ends before the study day does come back within the
 *   session, when due — or at once when nothing else is left (Anki's "learn ahead").
 * - `cram` (and a retry round): nothing is scheduled; a card answered Again comes back a minute
 *   later, or when nothing else is left.
 */
import type { CardId, Grade, Phase } from '../../domain/cards';

export type SessionMode = 'schedule' | 'cram';

type Returning = { id: CardId; due: number };

export type Session = {
  mode: SessionMode;
  /** The cards in order (the cards asked for first, then reviews, then new). */
  queue: readonly CardId[];
  /** The next card of `queue` to show. */
  position: number;
  /** How many leading cards of `queue` come before any learning card (the `?term=` cards). */
  priority: number;
  /** Cards that come back in this session, soonest first. */
  returning: readonly Returning[];
  current: CardId | null;
  /** Whether the current card came from the queue or came back (a learning card). */
  currentReturned: boolean;
  /** Distinct cards in the session, and how many of them are done for now. */
  total: number;
  done: number;
  grades: Readonly<Record<Grade, number>>;
  /** Cards answered Again at least once, in the order first missed. */
  missed: readonly CardId[];
  /** Cards answered at least once, in the order first answered. */
  answered: readonly CardId[];
  /** How many times each card was answered Again. */
  agains: Readonly<Partial<Record<CardId, number>>>;
  /** Time spent on answers, each capped as Anki caps it. */
  timeMs: number;
};

/** One answer counts for at most this long (a learner who walked away is not still studying). */
export const MAX_ANSWER_MS = 60_000;
/** In cram mode a card answered Again comes back after this long. */
export const CRAM_AGAIN_MS = 60_000;

export function startSession({
  mode,
  queue,
  learning = [],
  priority = 0,
  now,
}: {
  mode: SessionMode;
  queue: readonly CardId[];
  /** Cards already in (re)learning, with when they are due. */
  learning?: readonly Returning[];
  priority?: number;
  now: number;
}): Session {
  const inQueue = new Set(queue);
  const returning = learning.filter((card) => !inQueue.has(card.id)).sort((a, b) => a.due - b.due);
  const session: Session = {
    mode,
    queue,
    position: 0,
    priority: Math.min(priority, queue.length),
    returning,
    current: null,
    currentReturned: false,
    total: queue.length + returning.length,
    done: 0,
    grades: { 1: 0, 2: 0, 3: 0, 4: 0 },
    missed: [],
    answered: [],
    agains: {},
    timeMs: 0,
  };
  return pickNext(session, now);
}

/** Moves to the next card: asked-for cards, then due learning cards, then the queue, then learning ahead. */
function pickNext(session: Session, now: number): Session {
  const [soonest, ...later] = session.returning;
  const fromQueue = (): Session => ({ ...session, current: session.queue[session.position] ?? null, currentReturned: false, position: session.position + 1 });
  const fromReturning = (): Session => ({ ...session, current: soonest?.id ?? null, currentReturned: true, returning: later });
  if (session.position < session.priority) return fromQueue();
  if (soonest && soonest.due <= now) return fromReturning();
  if (session.position < session.queue.length) return fromQueue();
  if (soonest) return fromReturning();
  return { ...session, current: null, currentReturned: false };
}

function insertReturning(returning: readonly Returning[], card: Returning): Returning[] {
  const index = returning.findIndex((other) => other.due > card.due);
  return index === -1 ? [...returning, card] : [...returning.slice(0, index), card, ...returning.slice(index)];
}

/**
 * Records the answer to the current card and moves on. `scheduled` is the card's new state in
 * schedule mode (null in cram); `endOfDay` is when the study day ends.
 */
export function answerCard(
  session: Session,
  {
    grade,
    scheduled,
    now,
    durationMs,
    endOfDay,
  }: { grade: Grade; scheduled: { due: number; phase: Phase } | null; now: number; durationMs: number; endOfDay: number },
): Session {
  const id = session.current;
  if (id === null) return session;
  const missed = grade === 1 && !session.missed.includes(id) ? [...session.missed, id] : session.missed;
  let comesBack: Returning | null = null;
  if (session.mode === 'schedule' && scheduled) {
    const learning = scheduled.phase === 'learning' || scheduled.phase === 'relearning';
    if (learning && scheduled.due < endOfDay) comesBack = { id, due: scheduled.due };
  } else if (session.mode === 'cram' && grade === 1) {
    comesBack = { id, due: now + CRAM_AGAIN_MS };
  }
  const answered: Session = {
    ...session,
    current: null,
    returning: comesBack ? insertReturning(session.returning, comesBack) : session.returning,
    done: comesBack ? session.done : session.done + 1,
    grades: { ...session.grades, [grade]: session.grades[grade] + 1 },
    missed,
    answered: session.answered.includes(id) ? session.answered : [...session.answered, id],
    agains: grade === 1 ? { ...session.agains, [id]: (session.agains[id] ?? 0) + 1 } : session.agains,
    timeMs: session.timeMs + Math.min(MAX_ANSWER_MS, Math.max(0, durationMs)),
  };
  return pickNext(answered, now);
}

/** How many answers the session has had. */
export function answerCount(session: Session): number {
  return session.grades[1] + session.grades[2] + session.grades[3] + session.grades[4];
}

/**
 * What is left, as Anki counts it: new cards, cards coming back (learning) and reviews, the
 * current card included. `isNew` tells a card that had never been studied when the session began.
 */
export function remainingCounts(session: Session, isNew: (id: CardId) => boolean): { new: number; learning: number; review: number } {
  const counts = { new: 0, learning: session.returning.length, review: 0 };
  const start = session.current !== null && !session.currentReturned ? session.position - 1 : session.position;
  for (let i = Math.max(0, start); i < session.queue.length; i++) {
    const id = session.queue[i];
    if (id !== undefined) counts[isNew(id) ? 'new' : 'review']++;
  }
  if (session.currentReturned) counts.learning++;
  return counts;
}

