import type { StateCreator } from 'zustand';
import { cardId } from '../domain/cards';
import type { QuizAttempt } from '../domain/quiz-history';
import type { AppState } from './app-store';

/** Quiz history, and the terms missed in quizzes (term id → when last missed). */
export type QuizHistory = {
  attempts: QuizAttempt[];
  missed: Record<string, number>;
};

export type QuizSlice = {
  quiz: QuizHistory;
  /**
   * Keeps a finished quiz in the history. The terms behind its wrong answers join the
   * "Missed in quizzes" deck (`quiz.missed`, with the time), and their existing flashcards
   * become due now; terms without cards yet are new and are studied from that deck.
   */
  recordAttempt: (attempt: QuizAttempt, now: number) => void;
};

/** The history keeps this many attempts, the oldest dropped first (each is a few hundred bytes). */
export const MAX_ATTEMPTS = 300;

export const emptyQuizHistory = (): QuizHistory => ({ attempts: [], missed: {} });

export const createQuizSlice: StateCreator<AppState, [], [], QuizSlice> = (set) => ({
  quiz: emptyQuizHistory(),
  recordAttempt: (attempt, now) =>
    set((s) => {
      if (s.quiz.attempts.some((a) => a.id === attempt.id)) return {}; // recorded once, even if asked twice
      const missedTerms = [...new Set(attempt.answers.filter((a) => !a.correct).flatMap((a) => a.termIds))];
      const missed = { ...s.quiz.missed };
      for (const termId of missedTerms) missed[termId] = now;
      let cards = s.progress.cards;
      for (const termId of missedTerms) {
        for (const direction of ['forward', 'reverse'] as const) {
          const id = cardId(termId, direction);
          const card = cards[id];
          if (card && card.due > now) {
            if (cards === s.progress.cards) cards = { ...cards };
            cards[id] = { ...card, due: now };
          }
        }
      }
      const attempts = [...s.quiz.attempts, attempt].slice(-MAX_ATTEMPTS);
      return {
        quiz: { attempts, missed },
        ...(cards === s.progress.cards ? {} : { progress: { ...s.progress, cards } }),
      };
    }),
});
