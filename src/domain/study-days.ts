/**
 * Study days (cut at local 4 AM), streaks and the forecast: what the Today screen counts, apart
 * from the rest of the statistics (stats.ts) so that a first visit loads only these.
 * Time and the time zone are parameters, as in stats.ts.
 */
import type { CardId, CardState, ReviewLogEntry } from './cards';
import { DAY_MS, studyDayNumber } from './study-day';

export type Zone = number | ((ms: number) => number);

export const offsetAt = (zone: Zone, ms: number) => (typeof zone === 'number' ? zone : zone(ms));

/** The study day (days since 1970-01-01, cut at local 4 AM) a moment belongs to. */
export function studyDayOf(ms: number, zone: Zone): number {
  return studyDayNumber(ms, offsetAt(zone, ms));
}

/** A study day number as 'YYYY-MM-DD'. */
export function dayKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/*
 * The study day of every review, computed once per log and zone: the log is immutable (each
 * change makes a new array), and the screens ask several questions of the same one, so the day
 * numbers are kept beside it rather than worked out again (a zone function builds a Date each).
 */
const dayCache = new WeakMap<readonly ReviewLogEntry[], { zone: Zone; days: Int32Array }>();

/** The study day of each entry of the log, in order. */
export function logDays(log: readonly ReviewLogEntry[], zone: Zone): Int32Array {
  const cached = dayCache.get(log);
  if (cached && cached.zone === zone) return cached.days;
  const days = new Int32Array(log.length);
  for (let i = 0; i < log.length; i++) days[i] = studyDayOf(log[i]!.reviewedAt, zone);
  dayCache.set(log, { zone, days });
  return days;
}

/** How many reviews fell on each study day. */
export function reviewsByDay(log: readonly ReviewLogEntry[], zone: Zone): Map<number, number> {
  const counts = new Map<number, number>();
  for (const day of logDays(log, zone)) counts.set(day, (counts.get(day) ?? 0) + 1);
  return counts;
}

/** Reviews done in the current study day. */
export function reviewsToday(log: readonly ReviewLogEntry[], now: number, zone: Zone): number {
  const today = studyDayOf(now, zone);
  let count = 0;
  for (const day of logDays(log, zone)) if (day === today) count++;
  return count;
}

export type Streaks = {
  /** Days in a row with at least one review, ending today, or yesterday while today is still open. */
  current: number;
  longest: number;
  reviewedToday: boolean;
};

/**
 * Streaks of study days with at least one review. A streak that ended yesterday is still
 * current until today's study day ends, as in Anki: it only breaks when a whole day passes.
 */
export function streaks(log: readonly ReviewLogEntry[], now: number, zone: Zone): Streaks {
  const today = studyDayOf(now, zone);
  const days = [...reviewsByDay(log, zone).keys()].filter((day) => day <= today).sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  let previous = Number.NaN;
  for (const day of days) {
    run = day === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  const active = new Set(days);
  const reviewedToday = active.has(today);
  let current = 0;
  for (let day = reviewedToday ? today : today - 1; active.has(day); day--) current++;
  return { current, longest, reviewedToday };
}

/** The current streak alone, for the Today screen. */
export function currentStreak(log: readonly ReviewLogEntry[], now: number, zone: Zone): number {
  return streaks(log, now, zone).current;
}

export type Cards = Partial<Record<CardId, CardState>>;

export const isScheduled = (card: CardState | undefined): card is CardState => !!card && card.phase !== 'new';

export type ForecastDay = { day: number; key: string; count: number };

/**
 * Studied cards falling due on each of the next `length` study days, starting today. Overdue
 * cards count for today: that is when they will be shown.
 */
export function forecast(cards: Cards, now: number, zone: Zone, length = 30): ForecastDay[] {
  const today = studyDayOf(now, zone);
  const counts = new Array<number>(length).fill(0);
  for (const card of Object.values(cards)) {
    if (!isScheduled(card)) continue;
    const index = Math.max(0, studyDayOf(card.due, zone) - today);
    if (index < length) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts.map((count, index) => ({ day: today + index, key: dayKey(today + index), count }));
}

