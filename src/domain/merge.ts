/**
 * The one merge of two copies of a learner's data: two open tabs, an import into what is here,
 * and two devices that sync. Pure and total: any two valid copies give one, and nothing either
 * copy had is lost except what a tombstone (an undone review) says to drop.
 *
 * - Reviews and quiz attempts are immutable records with unique ids: the union by id, in time
 *   order (then id). Should two copies hold different records under one id (only a damaged or
 *   hand-made file could), the same one of the two wins whichever side it is on.
 * - A card's state: the later of the two (`compareCardStates`), a total order, so the result
 *   does not depend on which copy is "mine". A state that an undone review produced loses to any
 *   other.
 * - Starred terms: the union. Missed terms: each term's latest miss. Notes in the learner's
 *   words: each term's latest writing (notes.ts).
 *
 * On review logs and card maps the merge is commutative, associative and idempotent
 * (merge.test.ts states it as properties), so copies meeting in any order and any number of
 * times agree.
 */
import type { CardId, CardState, ReviewLogEntry } from './cards';
import { PHASES } from './card-state';
import { mergeNotes, type TermNotes } from './notes';
import type { QuizAttempt } from './quiz-history';

export type CardMap = Partial<Record<CardId, CardState>>;

export type ProgressCopy = { cards: CardMap; log: ReviewLogEntry[]; starred: string[]; notes?: TermNotes };
export type QuizCopy = { attempts: QuizAttempt[]; missed: Record<string, number> };

/** An undone review: its id, and the card state it produced (its card and time), which must not come back. */
export type Tombstone = Pick<ReviewLogEntry, 'id' | 'cardId' | 'reviewedAt'>;

export type MergeOptions = {
  /** Reviews undone, by id: dropped from the log, and the card states they produced lose. */
  undone?: ReadonlyMap<string, Tombstone> | undefined;
};

const compareNumbers = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);
const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------------------------------------
// Cards

const reviewedAt = (card: CardState) => card.lastReview ?? -1;

/**
 * A total order on states of one card: > 0 when `a` is the later state. Reviewed later; then
 * more reviews; then due sooner (a missed quiz question brings a card forward without a review);
 * then, for states no real history tells apart, a fixed order of the remaining fields.
 */
export function compareCardStates(a: CardState, b: CardState): number {
  return (
    compareNumbers(reviewedAt(a), reviewedAt(b)) ||
    compareNumbers(a.reps, b.reps) ||
    compareNumbers(b.due, a.due) ||
    compareNumbers(a.lapses, b.lapses) ||
    compareNumbers(a.stability, b.stability) ||
    compareNumbers(a.difficulty, b.difficulty) ||
    compareNumbers(a.scheduledDays, b.scheduledDays) ||
    compareNumbers(a.learningSteps, b.learningSteps) ||
    compareNumbers(PHASES.indexOf(a.phase), PHASES.indexOf(b.phase))
  );
}

/** Whether `a` is strictly the later state of a card than `b`. */
export const isLaterCardState = (a: CardState, b: CardState): boolean => compareCardStates(a, b) > 0;

export function sameCardState(a: CardState, b: CardState): boolean {
  return a === b || compareCardStates(a, b) === 0;
}

function undoneStates(undone: MergeOptions['undone']): Set<string> {
  const keys = new Set<string>();
  if (undone) for (const stone of undone.values()) keys.add(`${stone.cardId}@${stone.reviewedAt}`);
  return keys;
}

/** The merged card of two states (either may be absent). */
function pickCard(id: string, a: CardState | undefined, b: CardState | undefined, undone: Set<string>): CardState | undefined {
  if (!a || !b) return a ?? b;
  const aUndone = undone.size > 0 && undone.has(`${id}@${a.lastReview}`);
  const bUndone = undone.size > 0 && undone.has(`${id}@${b.lastReview}`);
  if (aUndone !== bUndone) return aUndone ? b : a;
  return compareCardStates(a, b) >= 0 ? a : b;
}

/**
 * Each card's later state. Returns `a` itself when nothing of `b` is taken, so a caller can tell
 * (by identity) that nothing changed.
 */
export function mergeCards(a: CardMap, b: CardMap, options: MergeOptions = {}): CardMap {
  const undone = undoneStates(options.undone);
  let result: Record<string, CardState> | null = null;
  for (const id of Object.keys(b) as CardId[]) {
    const theirs = b[id];
    if (!theirs) continue;
    const mine = Object.hasOwn(a, id) ? a[id] : undefined;
    const picked = pickCard(id, mine, theirs, undone);
    if (picked === mine || (mine && sameCardState(picked!, mine))) continue;
    result ??= copyOwn(a);
    defineOwn(result, id, picked!);
  }
  return (result as CardMap | null) ?? a;
}

function copyOwn<T>(source: Partial<Record<string, T>>): Record<string, T> {
  const copy: Record<string, T> = {};
  for (const [key, value] of Object.entries(source)) if (value !== undefined) defineOwn(copy, key, value);
  return copy;
}

/** An own property, so that no key (`__proto__`) can reach a prototype setter. */
function defineOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

// ---------------------------------------------------------------------------------------------
// Reviews and attempts

/** Review order: by time, then id. */
export function compareReviews(a: ReviewLogEntry, b: ReviewLogEntry): number {
  return compareNumbers(a.reviewedAt, b.reviewedAt) || compareStrings(a.id, b.id);
}

/** Of two different reviews under one id, the one that wins on either side (a fixed order of the fields). */
function compareSameIdReviews(a: ReviewLogEntry, b: ReviewLogEntry): number {
  return (
    compareNumbers(a.reviewedAt, b.reviewedAt) ||
    compareStrings(a.cardId, b.cardId) ||
    compareNumbers(a.grade, b.grade) ||
    compareNumbers(PHASES.indexOf(a.phase), PHASES.indexOf(b.phase)) ||
    compareNumbers(a.durationMs, b.durationMs)
  );
}

const sameReview = (a: ReviewLogEntry, b: ReviewLogEntry) => a === b || (a.id === b.id && compareSameIdReviews(a, b) === 0);

/** The union by id of records, without `drop`, sorted; duplicates (even within one side) resolved by `prefer`. */
function unionById<T extends { id: string }>(
  sides: readonly (readonly T[])[],
  order: (a: T, b: T) => number,
  prefer: (a: T, b: T) => number,
  drop?: ReadonlyMap<string, unknown>,
): T[] {
  const byId = new Map<string, T>();
  for (const side of sides) {
    for (const item of side) {
      if (drop?.has(item.id)) continue;
      const had = byId.get(item.id);
      if (!had || prefer(item, had) < 0) byId.set(item.id, item);
    }
  }
  return [...byId.values()].sort(order);
}

/**
 * Every review of both logs, once, in time order, except undone ones. Returns `a` itself when it
 * already is the result, so that a caller can tell (by identity) that nothing changed.
 */
export function mergeReviewLogs(a: readonly ReviewLogEntry[], b: readonly ReviewLogEntry[], options: MergeOptions = {}): ReviewLogEntry[] {
  const result = unionById([a, b], compareReviews, compareSameIdReviews, options.undone);
  return sameLog(result, a) ? (a as ReviewLogEntry[]) : result;
}

function sameLog(x: readonly ReviewLogEntry[], y: readonly ReviewLogEntry[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!sameReview(x[i]!, y[i]!)) return false;
  return true;
}

const compareAttempts = (a: QuizAttempt, b: QuizAttempt) => compareNumbers(a.finishedAt, b.finishedAt) || compareStrings(a.id, b.id);
const compareSameIdAttempts = (a: QuizAttempt, b: QuizAttempt) => compareAttempts(a, b) || compareStrings(JSON.stringify(a), JSON.stringify(b));

/** Every quiz attempt of both, once, by finish time; the latest `maxAttempts` kept. */
export function mergeAttempts(a: readonly QuizAttempt[], b: readonly QuizAttempt[], maxAttempts: number = Infinity): QuizAttempt[] {
  const merged = unionById([a, b], compareAttempts, compareSameIdAttempts);
  return merged.length > maxAttempts ? merged.slice(merged.length - maxAttempts) : merged;
}

/** Each term's latest miss. */
export function mergeMissed(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const missed = copyOwn(a);
  for (const [termId, at] of Object.entries(b)) if (!Object.hasOwn(missed, termId) || at > missed[termId]!) defineOwn(missed, termId, at);
  return missed;
}

/** Every starred term of both: `a`'s in its order, then `b`'s others. */
export function mergeStarred(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

// ---------------------------------------------------------------------------------------------
// Whole copies

export function mergeProgressCopies(a: ProgressCopy, b: ProgressCopy, options: MergeOptions = {}): ProgressCopy {
  const notes = mergeNotes(a.notes, b.notes);
  return {
    cards: mergeCards(a.cards, b.cards, options),
    log: mergeReviewLogs(a.log, b.log, options),
    starred: mergeStarred(a.starred, b.starred),
    ...(notes ? { notes } : {}),
  };
}

export function mergeQuizCopies(a: QuizCopy, b: QuizCopy, maxAttempts: number = Infinity): QuizCopy {
  return { attempts: mergeAttempts(a.attempts, b.attempts, maxAttempts), missed: mergeMissed(a.missed, b.missed) };
}
