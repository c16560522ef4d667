import { describe, expect, it } from 'vitest';
import type { CardId, CardState, ReviewLogEntry } from './cards';
import { buildQueue, cramOrder, deckCounts, learnedCount, studyOrder, todaysWork, upcoming, type QueueInput } from './queue';
import { dueCard } from '../../tests/factories/card-state';

const SHANGHAI = 480;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** 2026-11-22 10:00 in Shanghai; the study day began at 04:00 (2026-11-21 20:00 UTC). */
const NOW = Date.UTC(2026, 10, 22, 2, 0);
const DAY_START = Date.UTC(2026, 10, 21, 20, 0);
const LIMITS = { newPerDay: 20, reviewsPerDay: 200 };

const review = (due: number): CardState => dueCard(due);
const learning = (due: number): CardState => ({ ...review(due), phase: 'learning', scheduledDays: 0, stability: 1 });
const entry = (cardId: CardId, reviewedAt: number, phase: ReviewLogEntry['phase']): ReviewLogEntry => ({
  id: `${cardId}@${reviewedAt}`,
  cardId,
  grade: 3,
  reviewedAt,
  phase,
  durationMs: 4000,
});
const terms = (n: number, prefix = 't'): CardId[] => Array.from({ length: n }, (_, i) => `${prefix}${i}:forward` as CardId);

function input(overrides: Partial<QueueInput> = {}): QueueInput {
  return { deck: [], cards: {}, log: [], limits: LIMITS, now: NOW, offsetMinutes: SHANGHAI, ...overrides };
}

describe('buildQueue', () => {
  it('orders learning cards that are due, then reviews with the most overdue first, then new cards', () => {
    const cards = {
      'r1:forward': review(NOW - 1 * DAY),
      'r2:forward': review(NOW - 5 * DAY),
      'l1:forward': learning(NOW + 5 * 60_000),
      'l2:forward': learning(NOW - 60_000),
    } as const;
    const queue = buildQueue(input({ deck: ['n1:forward', 'r1:forward', 'l1:forward', 'r2:forward', 'l2:forward', 'n2:forward'], cards }));
    expect(queue).toEqual({
      learning: ['l2:forward', 'l1:forward'],
      review: ['r2:forward', 'r1:forward'],
      new: ['n1:forward', 'n2:forward'],
    });
    expect(studyOrder(queue)).toEqual(['l2:forward', 'l1:forward', 'r2:forward', 'r1:forward', 'n1:forward', 'n2:forward']);
  });

  it('counts a review due before 4 AM tomorrow as due today, and one due at 4 AM as tomorrow', () => {
    const tomorrowFourAm = DAY_START + DAY;
    const cards = { 'early:forward': review(tomorrowFourAm - 60_000), 'later:forward': review(tomorrowFourAm) };
    expect(buildQueue(input({ deck: ['early:forward', 'later:forward'], cards })).review).toEqual(['early:forward']);
  });

  it('starts the day at 4 AM local time: at 3:59 the day before still counts', () => {
    const cards = { 'a:forward': review(DAY_START + 2 * HOUR) }; // due 06:00 today
    const at359 = DAY_START - 60_000;
    expect(buildQueue(input({ deck: ['a:forward'], cards, now: at359 })).review).toEqual([]);
    expect(buildQueue(input({ deck: ['a:forward'], cards, now: DAY_START })).review).toEqual(['a:forward']);
  });

  it('introduces at most the new cards per day, less those already introduced today', () => {
    const deck = terms(30);
    expect(buildQueue(input({ deck })).new).toEqual(deck.slice(0, 20));
    const today = [entry('x0:forward', DAY_START + HOUR, 'new'), entry('x1:forward', NOW - 60_000, 'new')];
    expect(buildQueue(input({ deck, log: today })).new).toHaveLength(18);
    const yesterday = [entry('x2:forward', DAY_START - 60_000, 'new')]; // 03:59 belongs to yesterday
    expect(buildQueue(input({ deck, log: yesterday })).new).toHaveLength(20);
    expect(buildQueue(input({ deck, limits: { ...LIMITS, newPerDay: 0 } })).new).toEqual([]);
  });

  it('stops reviews at the daily review limit, counting reviews done today, never learning steps', () => {
    const deck = terms(10, 'r');
    const cards = Object.fromEntries(deck.map((id, i) => [id, review(NOW - (i + 1) * HOUR)]));
    const limits = { newPerDay: 20, reviewsPerDay: 5 };
    const log = [entry('z:forward', NOW - HOUR, 'review'), entry('y:forward', NOW - HOUR, 'learning')];
    const queue = buildQueue(input({ deck, cards, limits, log }));
    expect(queue.review).toEqual(['r9:forward', 'r8:forward', 'r7:forward', 'r6:forward']);
  });

  it('leaves a learning card due later today in the learning list, and one due tomorrow out', () => {
    const cards = { 'soon:forward': learning(NOW + 2 * HOUR), 'tomorrow:forward': learning(DAY_START + DAY + HOUR) };
    expect(buildQueue(input({ deck: ['soon:forward', 'tomorrow:forward'], cards })).learning).toEqual(['soon:forward']);
  });

  it('introduces one new card per term a day: the reverse card waits for another day', () => {
    const deck: CardId[] = ['a:forward', 'a:reverse', 'b:forward', 'b:reverse'];
    expect(buildQueue(input({ deck })).new).toEqual(['a:forward', 'b:forward']);
    const log = [entry('a:forward', NOW - HOUR, 'new')];
    const cards = { 'a:forward': learning(NOW + HOUR) };
    expect(buildQueue(input({ deck, log, cards })).new).toEqual(['b:forward']);
    const graduatedYesterday = { 'a:forward': review(NOW + 3 * DAY) };
    expect(buildQueue(input({ deck, cards: graduatedYesterday })).new).toEqual(['a:reverse', 'b:forward']);
  });
});

describe('studyOrder', () => {
  it('puts the cards asked for first, each card once', () => {
    const queue = { learning: ['l:forward'], review: ['r:forward'], new: ['n:forward', 't:forward'] } satisfies Record<string, CardId[]>;
    expect(studyOrder(queue, ['t:forward', 't:reverse'])).toEqual(['t:forward', 't:reverse', 'l:forward', 'r:forward', 'n:forward']);
  });
});

describe('deckCounts and todaysWork', () => {
  it('count new, learning and due cards after the limits', () => {
    const cards = { 'r:forward': review(NOW - DAY), 'l:forward': learning(NOW) };
    const deck: CardId[] = ['r:forward', 'l:forward', ...terms(25)];
    expect(deckCounts(input({ deck, cards }))).toEqual({ new: 20, learning: 1, due: 1 });
  });

  it('read only today from the log', () => {
    const log = [
      entry('a:forward', DAY_START - 1, 'new'),
      entry('b:forward', DAY_START, 'new'),
      entry('b:forward', DAY_START + HOUR, 'learning'),
      entry('c:reverse', NOW, 'review'),
      entry('d:forward', NOW, 'relearning'),
    ];
    const work = todaysWork(log, NOW, SHANGHAI);
    expect(work.newStudied).toBe(1);
    expect(work.reviewsDone).toBe(1);
    expect([...work.termsIntroduced]).toEqual(['b']);
  });
});

describe('cramOrder', () => {
  it('takes every card of the deck, ignoring due dates and limits: nearest due first, then new', () => {
    const cards = { 'far:forward': review(NOW + 30 * DAY), 'near:forward': review(NOW + DAY) };
    const deck: CardId[] = ['new1:forward', 'far:forward', 'near:forward', 'new2:forward'];
    expect(cramOrder(deck, cards)).toEqual(['near:forward', 'far:forward', 'new1:forward', 'new2:forward']);
    expect(cramOrder(deck, cards, ['new2:forward'])[0]).toBe('new2:forward');
  });
});

describe('learnedCount and upcoming', () => {
  it('count graduated cards', () => {
    const cards = { 'a:forward': review(NOW), 'b:forward': learning(NOW), 'c:forward': review(NOW) };
    expect(learnedCount(cards)).toBe(2);
    expect(learnedCount(cards, ['a:forward', 'b:forward'])).toBe(1);
  });

  it('tell when the next card is due and how many fall due tomorrow', () => {
    const cards = { 'a:forward': review(DAY_START + DAY + HOUR), 'b:forward': review(DAY_START + DAY + 5 * HOUR), 'c:forward': review(NOW + 10 * DAY) };
    expect(upcoming(['a:forward', 'b:forward', 'c:forward', 'n:forward'], cards, NOW, SHANGHAI)).toEqual({
      nextDue: DAY_START + DAY + HOUR,
      dueTomorrow: 2,
    });
    expect(upcoming(['n:forward'], cards, NOW, SHANGHAI)).toEqual({ nextDue: null, dueTomorrow: 0 });
  });
});
