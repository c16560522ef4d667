/**
 * How a tab takes in what another tab did (pure, and the store bindings): a change it sent, or
 * the whole state it wrote to storage, merged by the one merge (src/domain/merge.ts). Loaded
 * with tab-sync.ts after the first paint, so the first page does not carry it.
 */
import type { StoreApi } from 'zustand';
import { isLaterCardState, mergeAttempts, mergeCards, mergeMissed, mergeReviewLogs, type Tombstone } from '../domain/merge';
import { LIMITS } from '../domain/limits';
import { mergeNotes } from '../domain/notes';
import type { QuizAttempt } from '../domain/quiz-history';
import type { AppState } from './app-store';
import { applyStar, applyUndo, insertEntry, withCard, type Progress, type ProgressChange, type UndoToken } from './progress-slice';
import type { QuizHistory } from './quiz-slice';

/** Applies another tab's change (pure). Returns the same object when nothing changes. */
export function applyChange(progress: Progress, change: ProgressChange, undone: ReadonlyMap<string, UndoToken>): Progress {
  if (change.type === 'star') return applyStar(progress, change.termId, change.starred);
  if (change.type === 'undo') {
    const known = progress.log.some((entry) => entry.id === change.entry.id);
    return known ? applyUndo(progress, change.entry, change.restored) : progress;
  }
  const { entry, card } = change;
  if (undone.has(entry.id) || progress.log.some((e) => e.id === entry.id)) return progress;
  const mine = progress.cards[entry.cardId];
  const log = insertEntry(progress.log, entry);
  if (mine && isLaterCardState(mine, card)) return { ...progress, log };
  return { ...progress, cards: withCard(progress.cards, entry.cardId, card), log };
}

/**
 * Merges progress another tab wrote to storage into this tab's (pure), by the one merge
 * (src/domain/merge.ts): every review of both, by id, except reviews undone while this tab was
 * open; each card its later state, unless that state came from an undone review; each term's
 * latest note in the learner's words. Starred terms
 * stay this tab's (a star travels as its own change). `storedIsBehind` says storage lacks
 * something this tab has, so this tab should write again; `undoneInStored` lists undone reviews
 * that storage still holds (the tab that wrote it missed the undo, and should be told again).
 */
export function mergeProgress(
  local: Progress,
  stored: Progress,
  undone: ReadonlyMap<string, UndoToken>,
): { progress: Progress; changed: boolean; storedIsBehind: boolean; undoneInStored: UndoToken[] } {
  const tombstones = new Map<string, Tombstone>();
  for (const [id, { entry }] of undone) tombstones.set(id, entry);
  const undoneInStored = undone.size === 0 ? [] : stored.log.flatMap((entry) => undone.get(entry.id) ?? []);
  const log = mergeReviewLogs(local.log, stored.log, { undone: tombstones });
  const cards = mergeCards(local.cards, stored.cards, { undone: tombstones });
  const notes = mergeNotes(local.notes, stored.notes);
  const changed = log !== local.log || cards !== local.cards || notes !== local.notes;
  const progress = changed ? { ...local, cards, log, ...(notes ? { notes } : {}) } : local;
  const storedIsBehind =
    mergeReviewLogs(stored.log, log) !== stored.log ||
    mergeCards(stored.cards, cards) !== stored.cards ||
    mergeNotes(stored.notes, notes) !== stored.notes ||
    undoneInStored.length > 0;
  return { progress, changed, storedIsBehind, undoneInStored };
}

/**
 * Merges quiz history from storage into this tab's (pure), by the one merge
 * (src/domain/merge.ts): every attempt of both, by id (the latest `LIMITS.keptAttempts` kept), and each
 * term's latest miss. `storedIsBehind`: storage lacks something this tab has, so this tab
 * should write again.
 */
export function mergeQuizHistory(local: QuizHistory, stored: QuizHistory): { quiz: QuizHistory; changed: boolean; storedIsBehind: boolean } {
  const attempts = mergeAttempts(local.attempts, stored.attempts, LIMITS.keptAttempts);
  const missed = mergeMissed(local.missed, stored.missed);
  const sameIds = (a: readonly QuizAttempt[], b: readonly QuizAttempt[]) => a.length === b.length && a.every((x, i) => x.id === b[i]!.id);
  const sameMissed = (a: Record<string, number>, b: Record<string, number>) =>
    Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([termId, at]) => Object.hasOwn(b, termId) && b[termId] === at);
  const changed = !sameIds(attempts, local.attempts) || !sameMissed(missed, local.missed);
  const storedIsBehind = !sameIds(attempts, stored.attempts) || !sameMissed(missed, stored.missed);
  return { quiz: changed ? { attempts, missed } : local, changed, storedIsBehind };
}

// ---------------------------------------------------------------------------------------------
// Store bindings. They change the state only when there is something new: every change is
// written to storage, and a write that changes nothing must not wake the other tabs again.

/** Applies a change another tab made. */
export function receiveProgressChange(store: StoreApi<AppState>, change: ProgressChange): void {
  const s = store.getState();
  const undoneReviews =
    change.type === 'undo' ? new Map(s.undoneReviews).set(change.entry.id, { entry: change.entry, previous: change.restored }) : s.undoneReviews;
  const progress = applyChange(s.progress, change, undoneReviews);
  if (progress !== s.progress || undoneReviews !== s.undoneReviews) store.setState({ progress, undoneReviews });
}

/** Merges progress another tab wrote to storage, losing no review of either. */
export function mergeStoredProgress(store: StoreApi<AppState>, stored: Progress): void {
  const s = store.getState();
  const { progress, changed, storedIsBehind, undoneInStored } = mergeProgress(s.progress, stored, s.undoneReviews);
  // Storage lacks something of ours (another tab wrote before it heard of it): write again.
  if (changed || storedIsBehind) store.setState({ progress: changed ? progress : { ...s.progress } });
  for (const { entry, previous } of undoneInStored) s.publishChange({ type: 'undo', entry, restored: previous });
}

/** Merges quiz history another tab wrote to storage, losing no attempt and no miss of either. */
export function mergeStoredQuiz(store: StoreApi<AppState>, stored: QuizHistory): void {
  const { quiz, changed, storedIsBehind } = mergeQuizHistory(store.getState().quiz, stored);
  if (changed || storedIsBehind) store.setState({ quiz: changed ? quiz : { ...quiz } });
}
