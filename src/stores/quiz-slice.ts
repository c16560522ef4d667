import type { StateCreator } from 'zustand';
import type { QuizAttempt } from '../domain/quiz-history';
import type { AppState } from './app-store';

/** Quiz history, and the terms missed in quizzes (term id → when last missed). */
export type QuizHistory = {
  attempts: QuizAttempt[];
  missed: Record<string, number>;
};

export type QuizSlice = {
  quiz: QuizHistory;
};

export const emptyQuizHistory = (): QuizHistory => ({ attempts: [], missed: {} });

export const createQuizSlice: StateCreator<AppState, [], [], QuizSlice> = () => ({
  quiz: emptyQuizHistory(),
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isAttempt(value: unknown): value is QuizAttempt {
  if (!isObject(value)) return false;
  return (
    typeof value.id === 'string' &&
    typeof value.quizId === 'string' &&
    typeof value.seed === 'string' &&
    Number.isFinite(value.startedAt) &&
    Number.isFinite(value.finishedAt) &&
    Array.isArray(value.answers) &&
    value.answers.every(
      (a) =>
        isObject(a) &&
        typeof a.questionId === 'string' &&
        typeof a.topic === 'string' &&
        Array.isArray(a.termIds) &&
        a.termIds.every((t) => typeof t === 'string') &&
        typeof a.correct === 'boolean',
    )
  );
}

/** Validates quiz history read from storage or an import; null when any part can't be trusted. */
export function restoreQuizHistory(raw: unknown): QuizHistory | null {
  if (raw === undefined) return emptyQuizHistory();
  if (!isObject(raw) || !Array.isArray(raw.attempts) || !isObject(raw.missed)) return null;
  if (!raw.attempts.every(isAttempt)) return null;
  const missed: Record<string, number> = {};
  for (const [termId, at] of Object.entries(raw.missed)) {
    if (typeof at !== 'number' || !Number.isFinite(at)) return null;
    missed[termId] = at;
  }
  return { attempts: raw.attempts, missed };
}
