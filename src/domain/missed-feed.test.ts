import { describe, expect, it } from 'vitest';
import { feedOf, isMistake, missedTermsOf } from './missed-feed';
import type { QuizAttempt } from './quiz-history';

const NOW = Date.UTC(2026, 10, 22, 9);
const HOUR = 3_600_000;

function attempt(id: string, finishedAt: number, missed: string[][], skipped: string[][] = []): QuizAttempt {
  const answers = [
    ...missed.map((termIds, i) => ({ questionId: `m${i}`, topic: 'basics', termIds, correct: false })),
    ...skipped.map((termIds, i) => ({ questionId: `s${i}`, topic: 'basics', termIds, correct: false, skipped: true as const })),
    { questionId: 'right', topic: 'basics', termIds: ['right'], correct: true },
  ];
  return { id, quizId: 'mixed', seed: 's', startedAt: finishedAt - 60_000, finishedAt, answers };
}

describe('quiz mistakes feeding the flashcards', () => {
  it('counts an answered wrong answer as a mistake, never one left unanswered or right', () => {
    const a = attempt('a', NOW, [['iaas', 'paas'], ['iaas']], [['saas']]);
    expect(a.answers.map(isMistake)).toEqual([true, true, false, false]);
    expect(missedTermsOf(a)).toEqual(['iaas', 'paas']);
  });

  it('feeds at most the cap of distinct terms a study day, counting earlier attempts of the same day only', () => {
    const yesterday = attempt('y', NOW - 24 * HOUR, [['a'], ['b'], ['c']]);
    const morning = attempt('m', NOW, [['a'], ['b']]);
    expect(feedOf([yesterday], morning, 3, 0)).toEqual({ fed: ['a', 'b'], over: [], left: 1 });
    const noon = attempt('n', NOW + 3 * HOUR, [['b'], ['c'], ['d']]);
    // b was counted this morning; c takes the last place; d is past the cap.
    expect(feedOf([yesterday, morning], noon, 3, 0)).toEqual({ fed: ['b', 'c'], over: ['d'], left: 0 });
    // The attempt itself in the list (as the store holds it afterwards) is not counted twice.
    expect(feedOf([yesterday, morning, noon], noon, 3, 0)).toEqual({ fed: ['b', 'c'], over: ['d'], left: 0 });
  });

  it('feeds nothing at a cap of 0', () => {
    expect(feedOf([], attempt('a', NOW, [['a']]), 0, 0)).toEqual({ fed: [], over: ['a'], left: 0 });
  });

  it('starts the day at 4 AM local time', () => {
    // 03:00 and 05:00 at UTC+8 are on different study days.
    const late = attempt('late', Date.UTC(2026, 10, 21, 19), [['a']]); // 03:00 on the 22nd in UTC+8
    const early = attempt('early', Date.UTC(2026, 10, 21, 21), [['b']]); // 05:00
    expect(feedOf([late], early, 1, 480)).toEqual({ fed: ['b'], over: [], left: 0 });
    expect(feedOf([late], early, 1, 0)).toEqual({ fed: [], over: ['b'], left: 0 });
  });
});
