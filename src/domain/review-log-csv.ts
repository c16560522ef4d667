/**
 * The learner's review log as CSV (RFC 4180, as glossary-csv.ts writes it), for people who
 * analyse their own learning: one row a review, in time order.
 *
 * Only what was logged is stored (the card, the time, the grade, the phase before, how long it
 * took); the intervals are derived from the log here. `elapsed_days` is the time since the
 * card's previous review in the log; `interval_days` and `due_at` are what the review scheduled,
 * found by replaying each card's reviews through the scheduler (replay.ts, the rule the app
 * itself rebuilds schedules with), so they are the app's schedule, at the desired retention
 * given, with quiz misses at their times.
 */
import type { Localized } from './content';
import { parseCardId, type CardState, type Grade, type ReviewLogEntry } from './cards';
import { CSV, formatRecords, UTF8_BOM } from './delimited';
import { localIsoTime } from './export-content';
import { compareReviews } from './merge';
import { replaySchedules, type QuizMiss, type ReplayOptions } from './replay';
import { DAY_MS } from './study-day';

export const REVIEW_LOG_COLUMNS = [
  'review_id',
  'reviewed_at',
  'local_time',
  'card_id',
  'term_id',
  'direction',
  'term_en',
  'term_zh',
  'grade',
  'grade_name',
  'phase_before',
  'duration_seconds',
  'elapsed_days',
  'interval_days',
  'due_at',
] as const;

export const GRADE_NAMES: Record<Grade, string> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' };

/** A review with what is derived from the log. */
export type ReviewRow = {
  entry: ReviewLogEntry;
  /** Days since the card's previous review, or null for its first. */
  elapsedDays: number | null;
  /** The wait this review scheduled, in days. */
  intervalDays: number;
  dueAt: number;
};

/** Each review in time order (by time, then id), with its elapsed time and the interval it scheduled. */
export function deriveReviewRows(log: readonly ReviewLogEntry[], options: ReplayOptions, misses: readonly QuizMiss[] = []): ReviewRow[] {
  const derived = new Map<string, { after: CardState; before: CardState | undefined }>();
  replaySchedules(log, options, misses, undefined, (entry, after, before) => derived.set(entry.id, { after, before }));
  return [...log].sort(compareReviews).map((entry) => {
    const { after, before } = derived.get(entry.id)!;
    const previous = before?.lastReview ?? null;
    return {
      entry,
      elapsedDays: previous === null ? null : (entry.reviewedAt - previous) / DAY_MS,
      intervalDays: (after.due - entry.reviewedAt) / DAY_MS,
      dueAt: after.due,
    };
  });
}

/** Days to four decimals (about nine seconds), without trailing zeros. */
const days = (value: number) => String(Math.round(value * 10_000) / 10_000);

export type ReviewLogCsvOptions = ReplayOptions & {
  misses?: readonly QuizMiss[];
  /** The names of the terms the content still has. */
  termNames: ReadonlyMap<string, Localized>;
};

export function reviewLogCsv(log: readonly ReviewLogEntry[], { termNames, misses = [], ...replay }: ReviewLogCsvOptions): string {
  const rows = deriveReviewRows(log, replay, misses).map(({ entry, elapsedDays, intervalDays, dueAt }) => {
    const card = parseCardId(entry.cardId);
    const name = card ? termNames.get(card.termId) : undefined;
    return [
      entry.id,
      new Date(entry.reviewedAt).toISOString(),
      localIsoTime(entry.reviewedAt, replay.offsetAt(entry.reviewedAt)),
      entry.cardId,
      card?.termId ?? '',
      card?.kind ?? '',
      name?.en ?? '',
      name?.zh ?? '',
      String(entry.grade),
      GRADE_NAMES[entry.grade],
      entry.phase,
      String(Math.round(entry.durationMs / 100) / 10),
      elapsedDays === null ? '' : days(elapsedDays),
      days(intervalDays),
      new Date(dueAt).toISOString(),
    ];
  });
  return UTF8_BOM + formatRecords([[...REVIEW_LOG_COLUMNS], ...rows], CSV);
}
