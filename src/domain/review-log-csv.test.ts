import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Grade, Phase, ReviewLogEntry } from './cards';
import { replaySchedules } from './replay';
import { deriveReviewRows, REVIEW_LOG_COLUMNS, reviewLogCsv } from './review-log-csv';

/** A fixed clock: 2026-11-02 09:00 in UTC+8. */
const T0 = Date.UTC(2026, 10, 2, 1, 0);
const MIN = 60_000;
const DAY = 86_400_000;
const options = { retention: 0.9, offsetAt: () => 480 };

let n = 0;
const review = (cardId: ReviewLogEntry['cardId'], at: number, grade: Grade, phase: Phase, durationMs = 4_200): ReviewLogEntry => ({
  id: `r${++n}-${at}`,
  cardId,
  grade,
  reviewedAt: at,
  phase,
  durationMs,
});

// The learner's history as a script: what was pressed, when.
const history: ReviewLogEntry[] = [
  review('elasticity:forward', T0, 3, 'new'), // Good on a new card: the second learning step, 10 minutes
  review('elasticity:forward', T0 + 10 * MIN, 3, 'learning'), // Good again: graduates to days
  review('elasticity:forward', T0 + 3 * DAY, 1, 'review'), // Again three days later: relearning, 10 minutes
  review('saas:reverse', T0 + 60 * MIN, 1, 'new'), // Again on a new card: the first learning step, 1 minute
  review('saas:reverse', T0 + 61 * MIN, 4, 'learning', 12_345), // Easy: out of learning at once
];
const termNames = new Map([
  ['elasticity', { en: 'Rapid elasticity', zh: '快速弹性' }],
  ['saas', { en: 'Software as a Service, "SaaS"', zh: '软件即服务' }],
]);

describe('the review log as CSV', () => {
  it('derives each review’s elapsed time and scheduled interval from the log alone', () => {
    const rows = deriveReviewRows(history, options);
    expect(rows.map((r) => r.entry.reviewedAt)).toEqual([T0, T0 + 10 * MIN, T0 + 60 * MIN, T0 + 61 * MIN, T0 + 3 * DAY]);
    const [first, graduated, saasAgain, saasEasy, lapse] = rows;
    // Times in days, compared in milliseconds to three decimals.
    expect(first!.elapsedDays).toBeNull();
    expect(first!.intervalDays * DAY).toBeCloseTo(10 * MIN, 3);
    expect(graduated!.elapsedDays! * DAY).toBeCloseTo(10 * MIN, 3);
    expect(graduated!.intervalDays).toBeGreaterThanOrEqual(1);
    expect(saasAgain!.elapsedDays).toBeNull();
    expect(saasAgain!.intervalDays * DAY).toBeCloseTo(1 * MIN, 3);
    expect(saasEasy!.intervalDays).toBeGreaterThanOrEqual(1);
    expect(lapse!.elapsedDays! * DAY).toBeCloseTo(3 * DAY - 10 * MIN, 3);
    expect(lapse!.intervalDays * DAY).toBeCloseTo(10 * MIN, 3);
    // The last review of each card scheduled what the app's own replay gives the card.
    const schedules = replaySchedules(history, options);
    expect(lapse!.dueAt).toBe(schedules.get('elasticity:forward')!.due);
    expect(saasEasy!.dueAt).toBe(schedules.get('saas:reverse')!.due);
  });

  it('writes one row a review, in time order, whatever order the log is in, read back by csv-parse', () => {
    const text = reviewLogCsv([...history].reverse(), { ...options, termNames });
    expect(text).toBe(reviewLogCsv(history, { ...options, termNames }));
    const rows = parse(text, { bom: true, columns: true, relax_quotes: false, relax_column_count: false }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...REVIEW_LOG_COLUMNS]);
    expect(rows).toHaveLength(history.length);
    expect(rows[0]).toEqual({
      review_id: history[0]!.id,
      reviewed_at: '2026-11-02T01:00:00.000Z',
      local_time: '2026-11-02T09:00:00+08:00',
      card_id: 'elasticity:forward',
      term_id: 'elasticity',
      direction: 'forward',
      term_en: 'Rapid elasticity',
      term_zh: '快速弹性',
      grade: '3',
      grade_name: 'good',
      phase_before: 'new',
      duration_seconds: '4.2',
      elapsed_days: '',
      interval_days: '0.0069',
      due_at: '2026-11-02T01:10:00.000Z',
    });
    expect(rows.map((r) => r.grade_name)).toEqual(['good', 'good', 'again', 'easy', 'again']);
    expect(rows[3]).toMatchObject({ term_en: 'Software as a Service, "SaaS"', duration_seconds: '12.3', elapsed_days: '0.0007', interval_days: expect.stringMatching(/^\d+$/) });
    expect(rows[4]).toMatchObject({ elapsed_days: '2.9931', interval_days: '0.0069', local_time: '2026-11-05T09:00:00+08:00' });
  });

  it('keeps a review of a term the content no longer has, with its names left empty', () => {
    const text = reviewLogCsv([review('gone-term:forward', T0, 2, 'new')], { ...options, termNames });
    const [row] = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({ term_id: 'gone-term', term_en: '', term_zh: '', grade_name: 'hard' });
  });

  it('is a header row alone for an empty log', () => {
    expect(parse(reviewLogCsv([], { ...options, termNames }), { bom: true })).toEqual([[...REVIEW_LOG_COLUMNS]]);
  });
});
