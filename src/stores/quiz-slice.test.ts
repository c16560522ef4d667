import { describe, expect, it } from 'vitest';
import type { CardState } from '../domain/cards';
import type { QuizAttempt } from '../domain/quiz-history';
import { createSafeStorage } from '../lib/storage';
import { createAppStore } from './app-store';
import { MAX_ATTEMPTS } from './quiz-slice';

const NOW = Date.UTC(2026, 10, 22, 9);
const DAY = 86_400_000;

const card = (due: number): CardState => ({
  due,
  stability: 10,
  difficulty: 5,
  scheduledDays: 10,
  learningSteps: 0,
  reps: 3,
  lapses: 0,
  phase: 'review',
  lastReview: due - 10 * DAY,
});

function attempt(id: string, answers: [string, string[], boolean][]): QuizAttempt {
  return {
    id,
    quizId: 'mixed',
    seed: 'abc',
    startedAt: NOW - 60_000,
    finishedAt: NOW,
    answers: answers.map(([questionId, termIds, correct]) => ({ questionId, topic: 'basics', termIds, correct })),
  };
}

describe('recordAttempt', () => {
  it('keeps the attempt, adds the missed terms with the time, and makes their cards due now', () => {
    const store = createAppStore(createSafeStorage(null), () => NOW);
    store.setState({
      progress: {
        cards: { 'iaas:forward': card(NOW + 5 * DAY), 'iaas:reverse': card(NOW - DAY), 'saas:forward': card(NOW + 9 * DAY) },
        log: [],
        starred: [],
      },
    });
    store.getState().recordAttempt(
      attempt('a1', [
        ['q1', ['iaas', 'paas'], false],
        ['q2', ['saas'], true],
      ]),
      NOW,
    );
    const { quiz, progress } = store.getState();
    expect(quiz.attempts.map((a) => a.id)).toEqual(['a1']);
    expect(quiz.missed).toEqual({ iaas: NOW, paas: NOW });
    expect(progress.cards['iaas:forward']?.due).toBe(NOW);
    expect(progress.cards['iaas:reverse']?.due).toBe(NOW - DAY); // already due: left alone
    expect(progress.cards['saas:forward']?.due).toBe(NOW + 9 * DAY); // answered right: untouched
    expect(progress.cards['paas:forward']).toBeUndefined(); // no card yet: it is new, studied from the Missed deck
  });

  it('records the same attempt once, updates the time a term was last missed, and keeps a bounded history', () => {
    const store = createAppStore(createSafeStorage(null), () => NOW);
    store.getState().recordAttempt(attempt('a1', [['q1', ['iaas'], false]]), NOW);
    store.getState().recordAttempt(attempt('a1', [['q1', ['iaas'], false]]), NOW);
    expect(store.getState().quiz.attempts).toHaveLength(1);
    store.getState().recordAttempt(attempt('a2', [['q1', ['iaas'], false]]), NOW + DAY);
    expect(store.getState().quiz.missed.iaas).toBe(NOW + DAY);
    for (let i = 0; i < MAX_ATTEMPTS + 5; i++) store.getState().recordAttempt(attempt(`b${i}`, [['q', ['x'], true]]), NOW);
    expect(store.getState().quiz.attempts).toHaveLength(MAX_ATTEMPTS);
    expect(store.getState().quiz.attempts.at(-1)?.id).toBe(`b${MAX_ATTEMPTS + 4}`);
  });

  it('persists the history, which a reload restores', () => {
    const backend = new Map<string, string>();
    const storage = createSafeStorage({
      get length() {
        return backend.size;
      },
      key: (i) => [...backend.keys()][i] ?? null,
      getItem: (k) => backend.get(k) ?? null,
      setItem: (k, v) => void backend.set(k, v),
      removeItem: (k) => void backend.delete(k),
    });
    const store = createAppStore(storage, () => NOW);
    store.getState().recordAttempt(attempt('a1', [['q1', ['iaas'], false]]), NOW);
    store.flush();
    const reopened = createAppStore(storage, () => NOW);
    expect(reopened.getState().quiz.attempts.map((a) => a.id)).toEqual(['a1']);
    expect(reopened.getState().quiz.missed).toEqual({ iaas: NOW });
  });
});
