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
