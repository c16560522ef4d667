import type { StateCreator } from 'zustand';
import type { CardId, CardState, ReviewLogEntry } from '../domain/cards';
import type { AppState } from './app-store';

/** What the learner has studied: every card's schedule, the review log and starred terms. */
export type Progress = {
  cards: Partial<Record<CardId, CardState>>;
  log: ReviewLogEntry[];
  starred: string[];
};

export type ProgressSlice = {
  progress: Progress;
};

export const emptyProgress = (): Progress => ({ cards: {}, log: [], starred: [] });

export const createProgressSlice: StateCreator<AppState, [], [], ProgressSlice> = () => ({
  progress: emptyProgress(),
});

const PHASES = new Set(['new', 'learning', 'review', 'relearning']);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isCardState(value: unknown): value is CardState {
  if (!isObject(value)) return false;
  return (
    isFiniteNumber(value.due) &&
    isFiniteNumber(value.stability) &&
    isFiniteNumber(value.difficulty) &&
    isFiniteNumber(value.scheduledDays) &&
    isFiniteNumber(value.learningSteps) &&
    isFiniteNumber(value.reps) &&
    isFiniteNumber(value.lapses) &&
    PHASES.has(value.phase as string) &&
    (value.lastReview === null || isFiniteNumber(value.lastReview))
  );
}

function isLogEntry(value: unknown): value is ReviewLogEntry {
  if (!isObject(value)) return false;
  return (
    typeof value.id === 'string' &&
    typeof value.cardId === 'string' &&
    [1, 2, 3, 4].includes(value.grade as number) &&
    isFiniteNumber(value.reviewedAt) &&
    PHASES.has(value.phase as string) &&
    isFiniteNumber(value.durationMs)
  );
}

/** Validates progress read from storage or an import; null when any part can't be trusted. */
export function restoreProgress(raw: unknown): Progress | null {
  if (raw === undefined) return emptyProgress();
  if (!isObject(raw) || !isObject(raw.cards) || !Array.isArray(raw.log) || !Array.isArray(raw.starred)) return null;
  const cards: Progress['cards'] = {};
  for (const [id, state] of Object.entries(raw.cards)) {
    if (!isCardState(state)) return null;
    cards[id as CardId] = state;
  }
  if (!raw.log.every(isLogEntry)) return null;
  if (!raw.starred.every((id) => typeof id === 'string')) return null;
  return { cards, log: raw.log, starred: raw.starred };
}
