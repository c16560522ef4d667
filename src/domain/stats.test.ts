import { describe, expect, it } from 'vitest';
import type { CardState, Grade, Phase, ReviewLogEntry } from './cards';
import { termCounts } from './decks';
import type { QuizAttempt } from './quiz-history';
import type { DirectionSetting } from './decks';

/** Term ⇄ definition cards only, in these directions. */
const kinds = (directions: DirectionSetting) => ({ directions, translation: false, typedRecall: 'off' as const });
import {
  cardStage,
  currentStreak,
  dueToday,
  forecast,
  heatmap,
  masteryByTopic,
  overallQuizAccuracy,
  quizAccuracy,
  retention,
  reviewsToday,
  streaks,
  type Zone,
} from './stats';
import { reviewCard } from '../../tests/factories/card-state';

const SHANGHAI = 480; // UTC+8, no daylight saving
const NEW_YORK_EST = -300;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A moment in Shanghai local time (month is 1-based here, for readability). */
const shanghai = (y: number, mo: number, d: number, h = 12, mi = 0) => Date.UTC(y, mo - 1, d, h - 8, mi);

let serial = 0;
function review(reviewedAt: number, grade: Grade = 3, phase: Phase = 'review', cardId = 'iaas:forward'): ReviewLogEntry {
  return { id: `r${serial++}`, cardId: cardId as ReviewLogEntry['cardId'], grade, reviewedAt, phase, durationMs: 4000 };
}

function card(due: number, patch: Partial<CardState> = {}): CardState {
  return reviewCard({ due, stability: 5, scheduledDays: 5, lastReview: due - 5 * DAY, ...patch });
}

describe('streaks', () => {
  const now = shanghai(2026, 11, 22, 12);

  it('are zero with no reviews', () => {
    expect(streaks([], now, SHANGHAI)).toEqual({ current: 0, longest: 0, reviewedToday: false });
  });

  it('count consecutive study days ending today', () => {
    const log = [shanghai(2026, 11, 20), shanghai(2026, 11, 21), shanghai(2026, 11, 22, 9)].map((t) => review(t));
    expect(streaks(log, now, SHANGHAI)).toEqual({ current: 3, longest: 3, reviewedToday: true });
  });

  it('keep yesterday’s streak alive until today ends, and break after a missed day', () => {
    const log = [shanghai(2026, 11, 20), shanghai(2026, 11, 21)].map((t) => review(t));
    expect(streaks(log, now, SHANGHAI)).toMatchObject({ current: 2, reviewedToday: false });
    // The 22nd's study day lasts until 4 AM on the 23rd; after that it has passed unstudied.
    expect(currentStreak(log, shanghai(2026, 11, 23, 3, 59), SHANGHAI)).toBe(2);
    expect(currentStreak(log, shanghai(2026, 11, 23, 4, 0), SHANGHAI)).toBe(0);
  });

  it('count a review at 3:59 AM for the day before, and one at 4:00 AM for the new day', () => {
    const lateNight = [shanghai(2026, 11, 21, 20), shanghai(2026, 11, 22, 3, 59)].map((t) => review(t));
    // 8 PM on the 21st and 3:59 AM on the 22nd are the same study day: a streak of one.
    expect(streaks(lateNight, shanghai(2026, 11, 22, 12), SHANGHAI)).toMatchObject({ current: 1, longest: 1 });
    const earlyMorning = [shanghai(2026, 11, 21, 20), shanghai(2026, 11, 22, 4, 0)].map((t) => review(t));
    expect(streaks(earlyMorning, shanghai(2026, 11, 22, 12), SHANGHAI)).toMatchObject({ current: 2, reviewedToday: true });
  });

  it('depend on the learner’s time zone', () => {
    // 02:30 UTC on the 21st and 22nd: 10:30 AM in Shanghai (two study days),
    // but 9:30 PM on the 20th and 21st in New York (also two), and with a 23:30 UTC review
    // on the 21st: Shanghai sees it on the 22nd (7:30 AM), New York on the 21st (6:30 PM).
    const log = [Date.UTC(2026, 10, 21, 2, 30), Date.UTC(2026, 10, 21, 23, 30), Date.UTC(2026, 10, 22, 2, 30)].map((t) => review(t));
    const now = Date.UTC(2026, 10, 22, 3);
    expect(streaks(log, now, SHANGHAI)).toEqual({ current: 2, longest: 2, reviewedToday: true });
    expect(streaks(log, now, NEW_YORK_EST)).toEqual({ current: 2, longest: 2, reviewedToday: true });
    expect(reviewsToday(log, now, SHANGHAI)).toBe(2); // 7:30 AM and 10:30 AM on the 22nd
    expect(reviewsToday(log, now, NEW_YORK_EST)).toBe(2); // 6:30 PM and 9:30 PM on the 21st
  });

  it('cut days at local 4 AM on both sides of a daylight-saving change', () => {
    // New York springs forward at 2 AM EST on 2026-03-08 (07:00 UTC).
    const newYork: Zone = (ms) => (ms < Date.UTC(2026, 2, 8, 7) ? -300 : -240);
    // 08:30 UTC on the 8th is 4:30 AM EDT: a new study day. A fixed EST offset would call it 3:30 AM.
    const log = [Date.UTC(2026, 2, 7, 15), Date.UTC(2026, 2, 8, 8, 30)].map((t) => review(t));
    const now = Date.UTC(2026, 2, 8, 16);
    expect(streaks(log, now, newYork)).toMatchObject({ current: 2, reviewedToday: true });
    expect(streaks(log, now, -300)).toMatchObject({ current: 1, reviewedToday: false });
  });

  it('remember the longest run after it has ended', () => {
    const days = [1, 2, 3, 4, 5, 8, 9, 20, 21].map((d) => review(shanghai(2026, 11, d)));
    expect(streaks(days, shanghai(2026, 11, 22), SHANGHAI)).toEqual({ current: 2, longest: 5, reviewedToday: false });
  });

  it('ignore reviews dated in the future', () => {
    const log = [review(shanghai(2026, 11, 22, 9)), review(shanghai(2026, 11, 23, 9)), review(shanghai(2026, 11, 24, 9))];
    expect(streaks(log, now, SHANGHAI)).toEqual({ current: 1, longest: 1, reviewedToday: true });
  });

  it('count several reviews on one day once', () => {
    const log = Array.from({ length: 50 }, (_, i) => review(shanghai(2026, 11, 22, 5) + i * 60_000));
    expect(streaks(log, now, SHANGHAI)).toEqual({ current: 1, longest: 1, reviewedToday: true });
    expect(reviewsToday(log, now, SHANGHAI)).toBe(50);
  });
});

describe('the heatmap', () => {
  const now = shanghai(2026, 11, 22, 12);

  it('covers the last 365 study days, oldest first, ending today', () => {
    const map = heatmap([], now, SHANGHAI);
    expect(map.days).toHaveLength(365);
    expect(map.days.at(-1)?.key).toBe('2026-11-22');
    expect(map.days[0]?.key).toBe('2025-11-23');
    expect(map).toMatchObject({ total: 0, activeDays: 0, busiest: null });
  });

  it('shades each day relative to the busiest day and leaves out older reviews', () => {
    const log = [
      ...Array.from({ length: 8 }, () => review(shanghai(2026, 11, 20))),
      ...Array.from({ length: 2 }, () => review(shanghai(2026, 11, 21))),
      review(shanghai(2026, 11, 22, 3)), // 3 AM: still the 21st's study day
      review(shanghai(2024, 1, 1)), // too old to show
    ];
    const map = heatmap(log, now, SHANGHAI);
    const byKey = Object.fromEntries(map.days.map((d) => [d.key, d]));
    expect(byKey['2026-11-20']).toMatchObject({ count: 8, level: 4 });
    expect(byKey['2026-11-21']).toMatchObject({ count: 3, level: 2 });
    expect(byKey['2026-11-22']).toMatchObject({ count: 0, level: 0 });
    expect(map).toMatchObject({ total: 11, activeDays: 2 });
    expect(map.busiest?.key).toBe('2026-11-20');
  });

  it('gives a single review on a quiet day the lightest shade, not none', () => {
    const log = [...Array.from({ length: 100 }, () => review(shanghai(2026, 11, 20))), review(shanghai(2026, 11, 21))];
    const map = heatmap(log, now, SHANGHAI);
    expect(map.days.find((d) => d.key === '2026-11-21')?.level).toBe(1);
  });
});

describe('the forecast', () => {
  const now = shanghai(2026, 11, 22, 12);

  it('counts studied cards by the study day they fall due, overdue cards today', () => {
    const cards = {
      'a:forward': card(shanghai(2026, 11, 1)), // overdue
      'a:reverse': card(shanghai(2026, 11, 22, 23)), // later today
      'b:forward': card(shanghai(2026, 11, 23, 3)), // 3 AM on the 23rd: still today's study day
      'b:reverse': card(shanghai(2026, 11, 23, 4)), // tomorrow
      'c:forward': card(shanghai(2026, 12, 21, 12)), // day 29: the last one shown
      'c:reverse': card(shanghai(2026, 12, 22, 12)), // day 30: beyond the forecast
      'd:forward': card(shanghai(2026, 11, 22), { phase: 'new' }), // new cards are not reviews
    } as const;
    const days = forecast(cards, now, SHANGHAI);
    expect(days).toHaveLength(30);
    expect(days[0]).toEqual({ day: days[0]?.day, key: '2026-11-22', count: 3 });
    expect(days[1]).toMatchObject({ key: '2026-11-23', count: 1 });
    expect(days[29]).toMatchObject({ key: '2026-12-21', count: 1 });
    expect(days.reduce((sum, d) => sum + d.count, 0)).toBe(5);
    expect(dueToday(cards, now, SHANGHAI)).toBe(3);
  });

  it('is all zeros with no cards studied', () => {
    expect(forecast({}, now, SHANGHAI).every((d) => d.count === 0)).toBe(true);
  });
});

describe('true retention', () => {
  const now = shanghai(2026, 11, 22, 12);

  it('is the share of reviews of graduated cards in the last 30 days not graded Again', () => {
    const log = [
      review(shanghai(2026, 11, 22), 3),
      review(shanghai(2026, 11, 10), 1),
      review(shanghai(2026, 11, 1), 2),
      review(shanghai(2026, 10, 24, 5), 4), // the 30th day back: counted
      review(shanghai(2026, 10, 23, 12), 1), // 31 days back: not counted
      review(shanghai(2026, 11, 20), 1, 'learning'), // learning steps: not counted
      review(shanghai(2026, 11, 20), 1, 'relearning'),
      review(shanghai(2026, 11, 20), 3, 'new'),
    ];
    expect(retention(log, now, SHANGHAI)).toEqual({ reviews: 4, remembered: 3, rate: 0.75 });
  });

  it('is unknown (null) before any card has graduated', () => {
    expect(retention([review(shanghai(2026, 11, 22), 3, 'learning')], now, SHANGHAI)).toEqual({ reviews: 0, remembered: 0, rate: null });
  });

  it('counts Hard as remembered', () => {
    expect(retention([review(now, 2), review(now, 2)], now, SHANGHAI).rate).toBe(1);
  });
});

describe('today', () => {
  const now = shanghai(2026, 11, 22, 12);
  const cards = {
    'a:forward': card(shanghai(2026, 11, 20)),
    'a:reverse': card(shanghai(2026, 11, 21)),
    'b:forward': card(shanghai(2026, 11, 22, 8)),
    'b:reverse': card(shanghai(2026, 11, 25)),
  } as const;
  const log = [
    review(shanghai(2026, 11, 22, 5), 3, 'new', 'b:reverse'),
    review(shanghai(2026, 11, 22, 6), 3, 'review', 'c:forward'),
    review(shanghai(2026, 11, 21, 12), 3, 'new', 'b:forward'),
  ];

  it('counts the reviews done and the studied cards due before the day ends', () => {
    // New cards and the daily limits are the queue's business (deckCounts), shared with Today.
    expect(reviewsToday(log, now, SHANGHAI)).toBe(2);
    expect(dueToday(cards, now, SHANGHAI)).toBe(3);
  });
});

describe('mastery per topic', () => {
  const terms = [
    { id: 'iaas', topic: 'service-models' },
    { id: 'paas', topic: 'service-models' },
    { id: 'public-cloud', topic: 'deployment-models' },
  ] as const;
  const topics = ['service-models', 'deployment-models', 'basics'] as const;
  const cards = {
    'iaas:forward': card(0, { scheduledDays: 30 }),
    'iaas:reverse': card(0, { scheduledDays: 3 }),
    'paas:forward': card(0, { phase: 'relearning' }),
    'public-cloud:forward': card(0, { scheduledDays: 21 }),
  } as const;

  it('sorts every card of a topic into new, learning, young or mature', () => {
    const rows = masteryByTopic(cards, terms, topics, kinds('both'));
    expect(rows).toEqual([
      { topic: 'service-models', total: 4, new: 1, learning: 1, young: 1, mature: 1, mastery: 0.25 },
      { topic: 'deployment-models', total: 2, new: 1, learning: 0, young: 0, mature: 1, mastery: 0.5 },
      { topic: 'basics', total: 0, new: 0, learning: 0, young: 0, mature: 0, mastery: 0 },
    ]);
  });

  it('counts only the directions the learner studies', () => {
    const rows = masteryByTopic(cards, terms, topics, kinds('definition-first'));
    expect(rows[0]).toMatchObject({ total: 2, new: 1, young: 1, mature: 0 });
    expect(rows[1]).toMatchObject({ total: 1, new: 1, mastery: 0 });
  });

  it('is safe with topic and term names that shadow object members', () => {
    const tricky = [{ id: 'constructor', topic: 'toString' }] as const;
    expect(masteryByTopic({}, tricky, ['toString'], kinds('both'))).toEqual([
      { topic: 'toString', total: 2, new: 2, learning: 0, young: 0, mature: 0, mastery: 0 },
    ]);
  });

  it('calls a card with no state, or a new one, new', () => {
    expect(cardStage(undefined)).toBe('new');
    expect(cardStage(card(0, { phase: 'new' }))).toBe('new');
    expect(cardStage(card(0, { phase: 'learning' }))).toBe('learning');
  });
});

describe('quiz accuracy over time', () => {
  const attempt = (finishedAt: number, results: boolean[]): QuizAttempt => ({
    id: `a${serial++}`,
    quizId: 'basics',
    seed: 's',
    startedAt: finishedAt - 60_000,
    finishedAt,
    answers: results.map((correct, i) => ({ questionId: `q${i}`, topic: 'basics', termIds: ['iaas'], correct })),
  });

  it('pools the answers of each study day, oldest first', () => {
    const attempts = [
      attempt(shanghai(2026, 11, 22, 9), [true, true, false, false]),
      attempt(shanghai(2026, 11, 20, 9), [true, false]),
      attempt(shanghai(2026, 11, 22, 3), [true]), // 3 AM: the 21st
      attempt(shanghai(2026, 11, 22, 20), [true, true, true, true]),
      attempt(shanghai(2026, 11, 22, 21), []), // abandoned: no answers
    ];
    expect(quizAccuracy(attempts, SHANGHAI).map((d) => [d.key, d.correct, d.total, d.attempts, d.accuracy])).toEqual([
      ['2026-11-20', 1, 2, 1, 0.5],
      ['2026-11-21', 1, 1, 1, 1],
      ['2026-11-22', 6, 8, 2, 0.75],
    ]);
    expect(overallQuizAccuracy(attempts)).toEqual({ correct: 8, total: 11, accuracy: 8 / 11 });
  });

  it('keeps only the most recent days', () => {
    const attempts = Array.from({ length: 40 }, (_, i) => attempt(shanghai(2026, 10, 1) + i * DAY, [i % 2 === 0]));
    const days = quizAccuracy(attempts, SHANGHAI, 30);
    expect(days).toHaveLength(30);
    expect(days[0]?.key).toBe('2026-10-11');
  });

  it('is unknown before the first quiz', () => {
    expect(quizAccuracy([], SHANGHAI)).toEqual([]);
    expect(overallQuizAccuracy([]).accuracy).toBeNull();
  });
});

describe('termCounts', () => {
  const review = { due: 0, stability: 5, difficulty: 5, scheduledDays: 5, learningSteps: 0, reps: 2, lapses: 0, phase: 'review' as const, lastReview: 0 };
  const learning = { ...review, phase: 'learning' as const, scheduledDays: 0 };
  const terms = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
  const cards = { 'a:forward': review, 'a:reverse': review, 'b:forward': review, 'c:reverse': learning };

  it('counts a term known when all its cards are learned, learning when some card was studied, new otherwise', () => {
    expect(termCounts(cards, terms, kinds('both'))).toEqual({ terms: 4, known: 1, learning: 2, new: 1, cards: 8, cardsLearned: 3 });
  });

  it('counts only the directions studied', () => {
    expect(termCounts(cards, terms, kinds('term-first'))).toEqual({ terms: 4, known: 2, learning: 0, new: 2, cards: 4, cardsLearned: 2 });
    expect(termCounts(cards, terms, kinds('definition-first'))).toEqual({ terms: 4, known: 1, learning: 1, new: 2, cards: 4, cardsLearned: 1 });
  });

  it('counts a term known only when the cards of every kind studied are learned: translation and typed recall too', () => {
    const withNewKinds = { ...cards, 'a:en-zh': review, 'a:zh-en': review, 'b:en-zh': learning, 'd:type-zh': learning };
    // Term → definition only: a and b are known; d's typed card is of a kind not studied, so d is new.
    expect(termCounts(withNewKinds, terms, kinds('term-first'))).toEqual({ terms: 4, known: 2, learning: 0, new: 2, cards: 4, cardsLearned: 2 });
    // Translation on: b's translation cards are not learned, so b goes back to learning.
    expect(termCounts(withNewKinds, terms, { directions: 'term-first', translation: true, typedRecall: 'off' })).toEqual({
      terms: 4,
      known: 1,
      learning: 1,
      new: 2,
      cards: 12,
      cardsLearned: 4,
    });
    // Typed Chinese on as well: a has no typed card yet; d is learning through its typed card alone.
    expect(termCounts(withNewKinds, terms, { directions: 'term-first', translation: true, typedRecall: 'zh' })).toEqual({
      terms: 4,
      known: 0,
      learning: 3,
      new: 1,
      cards: 16,
      cardsLearned: 4,
    });
  });

  it('puts a known term back to learning when a kind is turned on, and counts it known again once that card is learned', () => {
    const typed = { directions: 'term-first' as const, translation: false, typedRecall: 'en' as const };
    const onlyForward = { 'a:forward': review };
    expect(termCounts(onlyForward, [{ id: 'a' }], typed)).toMatchObject({ known: 0, learning: 1, new: 0 });
    expect(termCounts({ ...onlyForward, 'a:type-en': review }, [{ id: 'a' }], typed)).toMatchObject({ known: 1, learning: 0, new: 0, cards: 2, cardsLearned: 2 });
  });
});
