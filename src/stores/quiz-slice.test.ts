import { describe, expect, it } from 'vitest';
import type { CardState } from '../domain/cards';
import type { QuizAttempt } from '../domain/quiz-history';
import { createSafeStorage } from '../lib/storage';
import { createAppStore } from './app-store';
import { storedStateReader } from './stored-state';
import { LIMITS } from '../domain/limits';
import { dueCard } from '../../tests/factories/card-state';

const NOW = Date.UTC(2026, 10, 22, 9);
const DAY = 86_400_000;

const card = (due: number): CardState => dueCard(due);

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
    expect(progress.cards['iaas:reverse']?.due).toBe(NOW - DAY); // not the card a mistake brings back
    expect(progress.cards['saas:forward']?.due).toBe(NOW + 9 * DAY); // answered right: untouched
    expect(progress.cards['paas:forward']).toBeUndefined(); // no card yet: it is new, studied from the Missed deck
  });

  it('brings back one card per missed term (the first direction studied), skips unanswered questions, and stops at the day’s cap', () => {
    const store = createAppStore(createSafeStorage(null), () => NOW);
    const later = card(NOW + 5 * DAY);
    store.setState((s) => ({
      settings: { ...s.settings, missedPerDay: 2, directions: 'definition-first' },
      progress: {
        cards: { 'iaas:forward': later, 'iaas:reverse': later, 'paas:reverse': later, 'saas:reverse': later, 'faas:reverse': later },
        log: [],
        starred: [],
      },
    }));
    const first = attempt('a1', [
      ['q1', ['iaas'], false],
      ['q2', ['faas'], false],
    ]);
    first.answers[1] = { ...first.answers[1]!, skipped: true }; // an exam question left unanswered
    store.getState().recordAttempt(first, NOW);
    let { progress, quiz } = store.getState();
    expect(quiz.missed).toEqual({ iaas: NOW });
    expect(progress.cards['iaas:reverse']?.due).toBe(NOW);
    expect(progress.cards['iaas:forward']?.due).toBe(NOW + 5 * DAY); // one card, not both
    expect(progress.cards['faas:reverse']?.due).toBe(NOW + 5 * DAY); // unanswered is not a mistake

    store.getState().recordAttempt({ ...attempt('a2', [['q3', ['paas'], false], ['q4', ['saas'], false], ['q1', ['iaas'], false]]), finishedAt: NOW + 1000 }, NOW + 1000);
    ({ progress, quiz } = store.getState());
    expect(progress.cards['paas:reverse']?.due).toBe(NOW + 1000); // the second of the day's two
    expect(progress.cards['saas:reverse']?.due).toBe(NOW + 5 * DAY); // past the cap: not today…
    expect(quiz.missed.saas).toBe(NOW + 1000); // …but in the Missed deck all the same

    // The next study day starts a new count.
    store.getState().recordAttempt({ ...attempt('a3', [['q4', ['saas'], false]]), finishedAt: NOW + DAY }, NOW + DAY);
    expect(store.getState().progress.cards['saas:reverse']?.due).toBe(NOW + DAY);
  });

  it('brings nothing back when the cap is 0, and keeps the Missed deck', () => {
    const store = createAppStore(createSafeStorage(null), () => NOW);
    store.setState((s) => ({ settings: { ...s.settings, missedPerDay: 0 }, progress: { cards: { 'iaas:forward': card(NOW + DAY) }, log: [], starred: [] } }));
    store.getState().recordAttempt(attempt('a1', [['q1', ['iaas'], false]]), NOW);
    expect(store.getState().progress.cards['iaas:forward']?.due).toBe(NOW + DAY);
    expect(store.getState().quiz.missed).toEqual({ iaas: NOW });
  });

  it('records the same attempt once, updates the time a term was last missed, and keeps a bounded history', () => {
    const store = createAppStore(createSafeStorage(null), () => NOW);
    store.getState().recordAttempt(attempt('a1', [['q1', ['iaas'], false]]), NOW);
    store.getState().recordAttempt(attempt('a1', [['q1', ['iaas'], false]]), NOW);
    expect(store.getState().quiz.attempts).toHaveLength(1);
    store.getState().recordAttempt(attempt('a2', [['q1', ['iaas'], false]]), NOW + DAY);
    expect(store.getState().quiz.missed.iaas).toBe(NOW + DAY);
    for (let i = 0; i < LIMITS.keptAttempts + 5; i++) store.getState().recordAttempt(attempt(`b${i}`, [['q', ['x'], true]]), NOW);
    expect(store.getState().quiz.attempts).toHaveLength(LIMITS.keptAttempts);
    expect(store.getState().quiz.attempts.at(-1)?.id).toBe(`b${LIMITS.keptAttempts + 4}`);
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
    const store = createAppStore(storage, () => NOW, storedStateReader);
    store.getState().recordAttempt(attempt('a1', [['q1', ['iaas'], false]]), NOW);
    store.flush();
    const reopened = createAppStore(storage, () => NOW, storedStateReader);
    expect(reopened.getState().quiz.attempts.map((a) => a.id)).toEqual(['a1']);
    expect(reopened.getState().quiz.missed).toEqual({ iaas: NOW });
  });
});
