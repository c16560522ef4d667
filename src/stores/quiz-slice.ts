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
