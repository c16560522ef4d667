import { describe, expect, it } from 'vitest';
import type { CardState } from './cards';
import { describeInterval, previewReview, scheduleReview } from './scheduler';
import { reviewCard } from '../../tests/factories/card-state';

const MINUTE = 60_000;
const DAY = 86_400_000;
const SHANGHAI = { retention: 0.9, offsetMinutes: 480 };
const NEW_YORK = { retention: 0.9, offsetMinutes: -300 };
// 2026-11-22 10:00 in Shanghai
const NOW = Date.UTC(2026, 10, 22, 2, 0);

/** A card graduated long ago and due now: stability 30 days, last seen 30 days before NOW. */
const mature: CardState = reviewCard({ due: NOW, stability: 30, scheduledDays: 30, reps: 6, lastReview: NOW - 30 * DAY });

describe('scheduleReview (FSRS through ts-fsrs)', () => {
  it('starts a new card on the learning steps: Again in 1 minute, Hard in 6, Good in 10', () => {
    expect(scheduleReview(undefined, 1, NOW, SHANGHAI)).toMatchObject({ phase: 'learning', due: NOW + MINUTE, reps: 1, lastReview: NOW });
    expect(scheduleReview(undefined, 2, NOW, SHANGHAI)).toMatchObject({ phase: 'learning', due: NOW + 6 * MINUTE });
    expect(scheduleReview(undefined, 3, NOW, SHANGHAI)).toMatchObject({ phase: 'learning', due: NOW + 10 * MINUTE, learningSteps: 1 });
  });

  it('graduates a new card straight to review on Easy, days away', () => {
    const easy = scheduleReview(undefined, 4, NOW, SHANGHAI);
    expect(easy.phase).toBe('review');
    expect(easy.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(easy.due).toBe(NOW + easy.scheduledDays * DAY);
  });

  it('graduates a learning card after its last step, and sends a forgotten review to relearning', () => {
    const learning = scheduleReview(undefined, 3, NOW, SHANGHAI);
    const graduated = scheduleReview(learning, 3, NOW + 10 * MINUTE, SHANGHAI);
    expect(graduated.phase).toBe('review');
    expect(graduated.due - (NOW + 10 * MINUTE)).toBeGreaterThanOrEqual(DAY);
    const forgotten = scheduleReview(mature, 1, NOW, SHANGHAI);
    expect(forgotten).toMatchObject({ phase: 'relearning', lapses: 1, due: NOW + 10 * MINUTE });
  });

  it('keeps state as plain JSON with dates in epoch milliseconds', () => {
    const state = scheduleReview(mature, 3, NOW, SHANGHAI);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(typeof state.due).toBe('number');
    expect(state.lastReview).toBe(NOW);
  });

  it('is a pure function of its inputs', () => {
    expect(scheduleReview(mature, 3, NOW, SHANGHAI)).toEqual(scheduleReview(mature, 3, NOW, SHANGHAI));
    expect(mature.due).toBe(NOW);
  });

  it('asks for shorter intervals when the desired retention is higher', () => {
    const low = scheduleReview(mature, 3, NOW, { ...SHANGHAI, retention: 0.7 });
    const high = scheduleReview(mature, 3, NOW, { ...SHANGHAI, retention: 0.97 });
    expect(high.scheduledDays).toBeLessThan(low.scheduledDays);
  });

  it('fuzzes review intervals, so cards learned together spread out', () => {
    const intervals = new Set<number>();
    for (let minute = 0; minute < 60; minute++) intervals.add(scheduleReview(mature, 3, NOW + minute * MINUTE, SHANGHAI).scheduledDays);
    expect(intervals.size).toBeGreaterThan(1);
  });

  it('counts elapsed days by study day, which starts at 4 AM local time', () => {
    // A card learned at 18:00 in New York (23:00 UTC) and reviewed at 21:00 the same evening
    // (02:00 UTC, the next UTC date) is reviewed on the same study day: no day has elapsed.
    const learnedAt = Date.UTC(2026, 10, 22, 23, 0);
    const card = scheduleReview(scheduleReview(undefined, 3, learnedAt, NEW_YORK), 3, learnedAt + 10 * MINUTE, NEW_YORK);
    const sameEvening = scheduleReview(card, 3, Date.UTC(2026, 10, 23, 2, 0), NEW_YORK);
    const justAfter = scheduleReview(card, 3, learnedAt + 30 * MINUTE, NEW_YORK);
    const nextStudyDay = scheduleReview(card, 3, Date.UTC(2026, 10, 23, 9, 30), NEW_YORK); // 04:30 local
    expect(sameEvening.stability).toBeCloseTo(justAfter.stability, 10);
    expect(nextStudyDay.stability).not.toBeCloseTo(justAfter.stability, 3);
  });
});

describe('previewReview', () => {
  it('gives the same states the four grades would give', () => {
    const preview = previewReview(mature, NOW, SHANGHAI);
    for (const grade of [1, 2, 3, 4] as const) expect(preview[grade]).toEqual(scheduleReview(mature, grade, NOW, SHANGHAI));
    expect(preview[1].due).toBeLessThan(preview[2].due);
    expect(preview[3].due).toBeLessThan(preview[4].due);
  });
});

describe('describeInterval', () => {
  it('shows minutes, hours, days, months and years as Anki does', () => {
    expect(describeInterval(10 * MINUTE)).toEqual({ value: 10, unit: 'minute' });
    expect(describeInterval(20_000)).toEqual({ value: 1, unit: 'minute' });
    expect(describeInterval(3 * 60 * MINUTE)).toEqual({ value: 3, unit: 'hour' });
    expect(describeInterval(3 * DAY)).toEqual({ value: 3, unit: 'day' });
    expect(describeInterval(45 * DAY)).toEqual({ value: 1.5, unit: 'month' });
    expect(describeInterval(400 * DAY)).toEqual({ value: 1.1, unit: 'year' });
  });
});
