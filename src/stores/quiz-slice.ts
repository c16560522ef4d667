import type { StateCreator } from 'zustand';
import { LIMITS } from '../domain/limits';
import { missedCardOf } from '../domain/decks';
import { feedOf, missedTermsOf } from '../domain/missed-feed';
import type { QuizAttempt } from '../domain/quiz-history';
import { localOffset } from '../lib/clock';
import type { AppState } from './app-store';

/** Quiz history, and the terms missed in quizzes (term id → when last missed). */
export type QuizHistory = {
  attempts: QuizAttempt[];
  missed: Record<string, number>;
};

export type QuizSlice = {
  quiz: QuizHistory;
  /**
   * Keeps a finished quiz in the history. The terms behind its wrong answers (not those left
   * unanswered) join the "Missed in quizzes" deck (`quiz.missed`, with the time). Up to the day's
   * cap (`settings.missedPerDay`, missed-feed.ts), each one's card (one, not both directions)
   * becomes due now if it exists; terms without cards yet are new and are studied from that deck.
   */
  recordAttempt: (attempt: QuizAttempt, now: number) => void;
  /** Keeps a quiz finished in another tab, just as that tab did. */
  receiveAttempt: (attempt: QuizAttempt, at: number) => void;
};

export const emptyQuizHistory = (): QuizHistory => ({ attempts: [], missed: {} });

/** When a term was last missed, or -1 (own keys only: a term may be called `toString`). */
const missedAt = (missed: Record<string, number>, termId: string) => (Object.hasOwn(missed, termId) ? missed[termId]! : -1);

/** What keeping an attempt changes (pure): the history, and the cards its misses make due. Nothing when it is known. */
function withAttempt(s: AppState, attempt: QuizAttempt, now: number): Partial<AppState> {
  if (s.quiz.attempts.some((a) => a.id === attempt.id)) return {}; // recorded once, even if asked twice
  const missedTerms = missedTermsOf(attempt);
  const missed = { ...s.quiz.missed };
  for (const termId of missedTerms) missed[termId] = Math.max(now, missedAt(missed, termId));
  const { fed } = feedOf(s.quiz.attempts, attempt, s.settings.missedPerDay, localOffset(attempt.finishedAt));
  let cards = s.progress.cards;
  for (const termId of fed) {
    const id = missedCardOf(termId, s.settings.directions);
    const card = cards[id];
    if (card && card.due > now) {
      if (cards === s.progress.cards) cards = { ...cards };
      cards[id] = { ...card, due: now };
    }
  }
  const attempts = [...s.quiz.attempts, attempt].slice(-LIMITS.keptAttempts);
  return {
    quiz: { attempts, missed },
    ...(cards === s.progress.cards ? {} : { progress: { ...s.progress, cards } }),
  };
}

export const createQuizSlice: StateCreator<AppState, [], [], QuizSlice> = (set, get) => ({
  quiz: emptyQuizHistory(),
  recordAttempt: (attempt, now) => {
    const change = withAttempt(get(), attempt, now);
    if (!change.quiz) return;
    set(change);
    get().publishChange({ type: 'attempt', attempt, at: now });
  },
  receiveAttempt: (attempt, at) => set((s) => withAttempt(s, attempt, at)),
});
