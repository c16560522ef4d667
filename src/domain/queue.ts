/**
 * Today's queue for a deck, as Anki builds it: learning cards that are due, then reviews (the
 * most overdue first), then new cards, within the day's limits. "Today" is the study day that
 * starts at 4 AM local time. Pure: the time and the time zone are parameters.
 */
import { parseCardId, type CardId, type CardState, type ReviewLogEntry } from './cards';
import { DAY_MS, endOfStudyDay, startOfStudyDay } from './study-day';

export type StudyLimits = { newPerDay: number; reviewsPerDay: number };

export type QueueInput = {
  /** The deck's cards, in the order new cards are introduced. */
  deck: readonly CardId[];
  cards: Readonly<Partial<Record<CardId, CardState>>>;
  log: readonly ReviewLogEntry[];
  limits: StudyLimits;
  now: number;
  /** The local offset from UTC in minutes at `now`. */
  offsetMinutes: number;
};

export type StudyQueue = {
  /** Cards in (re)learning due before the study day ends, the soonest first. */
  learning: CardId[];
  /** Reviews due today, the most overdue first, up to the review limit. */
  review: CardId[];
  /** New cards in deck order, up to the new-card limit, one card per term a day. */
  new: CardId[];
};

export type TodaysWork = {
  /** Cards seen for the first time today (in any deck). */
  newStudied: number;
  /** Reviews of graduated cards done today (in any deck). */
  reviewsDone: number;
  /** Terms that had a card introduced today: their other new card waits for another day. */
  termsIntroduced: ReadonlySet<string>;
};

/** What today's log already holds, for the daily limits (which are shared by all decks). */
export function todaysWork(log: readonly ReviewLogEntry[], now: number, offsetMinutes: number): TodaysWork {
  const start = startOfStudyDay(now, offsetMinutes);
  const end = start + DAY_MS;
  let newStudied = 0;
  let reviewsDone = 0;
  const termsIntroduced = new Set<string>();
  for (const entry of log) {
    if (entry.reviewedAt < start || entry.reviewedAt >= end) continue;
    if (entry.phase === 'new') {
      newStudied++;
      const parsed = parseCardId(entry.cardId);
      if (parsed) termsIntroduced.add(parsed.termId);
    } else if (entry.phase === 'review') {
      reviewsDone++;
    }
  }
  return { newStudied, reviewsDone, termsIntroduced };
}

const byDue = (a: { due: number }, b: { due: number }) => a.due - b.due;

export function buildQueue({ deck, cards, log, limits, now, offsetMinutes }: QueueInput): StudyQueue {
  const end = endOfStudyDay(now, offsetMinutes);
  const work = todaysWork(log, now, offsetMinutes);
  const newLeft = Math.max(0, limits.newPerDay - work.newStudied);
  const reviewsLeft = Math.max(0, limits.reviewsPerDay - work.reviewsDone);
  const learning: { id: CardId; due: number }[] = [];
  const review: { id: CardId; due: number }[] = [];
  const fresh: CardId[] = [];
  const termsTaken = new Set(work.termsIntroduced);
  for (const id of deck) {
    const state = cards[id];
    if (state === undefined || state.phase === 'new') {
      if (fresh.length >= newLeft) continue;
      const termId = parseCardId(id)?.termId ?? id;
      if (termsTaken.has(termId)) continue; // bury the sibling until another day, as Anki can
      termsTaken.add(termId);
      fresh.push(id);
    } else if (state.due < end) {
      (state.phase === 'review' ? review : learning).push({ id, due: state.due });
    }
  }
  learning.sort(byDue);
  review.sort(byDue);
  return {
    learning: learning.map((card) => card.id),
    review: review.slice(0, reviewsLeft).map((card) => card.id),
    new: fresh,
  };
}

/** What a deck offers today: new / learning / due, after the daily limits. */
export function deckCounts(input: QueueInput): { new: number; learning: number; due: number } {
  const queue = buildQueue(input);
  return { new: queue.new.length, learning: queue.learning.length, due: queue.review.length };
}

/** What Today, and the installed app's icon badge, call due: learning and review cards due today, within the limit. */
export function dueCount(counts: { learning: number; due: number }): number {
  return counts.learning + counts.due;
}

/**
 * The order a session studies: the cards asked for first (`?term=`), then learning, reviews
 * and new cards, each card once.
 */
export function studyOrder(queue: StudyQueue, first: readonly CardId[] = []): CardId[] {
  const seen = new Set<CardId>();
  const order: CardId[] = [];
  for (const list of [first, queue.learning, queue.review, queue.new]) {
    for (const id of list) {
      if (seen.has(id)) continue;
      seen.add(id);
      order.push(id);
    }
  }
  return order;
}

/**
 * Every card of a deck for cramming, which leaves the schedule alone: studied cards whose due
 * date is nearest first (the ones closest to being forgotten), then new cards in deck order.
 */
export function cramOrder(deck: readonly CardId[], cards: Readonly<Partial<Record<CardId, CardState>>>, first: readonly CardId[] = []): CardId[] {
  const studied: { id: CardId; due: number }[] = [];
  const fresh: CardId[] = [];
  for (const id of deck) {
    const state = cards[id];
    if (state === undefined || state.phase === 'new') fresh.push(id);
    else studied.push({ id, due: state.due });
  }
  studied.sort(byDue);
  return studyOrder({ learning: [], review: studied.map((card) => card.id), new: fresh }, first);
}

/** Cards that have graduated to review: the learner's "learned" count (of a deck, or of all cards). */
export function learnedCount(cards: Readonly<Partial<Record<CardId, CardState>>>, deck?: readonly CardId[]): number {
  let count = 0;
  if (deck) {
    for (const id of deck) if (cards[id]?.phase === 'review') count++;
  } else {
    for (const state of Object.values(cards)) if (state?.phase === 'review') count++;
  }
  return count;
}

/** When a deck's studied cards next fall due after `now`, and how many are due by the end of tomorrow. */
export function upcoming(
  deck: readonly CardId[],
  cards: Readonly<Partial<Record<CardId, CardState>>>,
  now: number,
  offsetMinutes: number,
): { nextDue: number | null; dueTomorrow: number } {
  const endOfTomorrow = endOfStudyDay(now, offsetMinutes) + DAY_MS;
  const startOfTomorrow = endOfStudyDay(now, offsetMinutes);
  let nextDue: number | null = null;
  let dueTomorrow = 0;
  for (const id of deck) {
    const state = cards[id];
    if (!state || state.phase === 'new') continue;
    if (state.due > now && (nextDue === null || state.due < nextDue)) nextDue = state.due;
    if (state.due >= startOfTomorrow && state.due < endOfTomorrow) dueTomorrow++;
  }
  return { nextDue, dueTomorrow };
}
