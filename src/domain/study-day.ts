/**
 * Study days start at 4 AM local time, as in Anki, so a late-night session counts for the day
 * it belongs to. Time zones are explicit: `offsetMinutes` is the local offset from UTC at that
 * instant (UTC+8 → 480), as `-new Date(ms).getTimezoneOffset()` gives in the browser.
 */
export const DAY_STARTS_AT_HOUR = 4;
const HOUR = 3_600_000;
export const DAY_MS = 24 * HOUR;

/** The study day a moment belongs to, as a day number (days since 1970-01-01 in local study time). */
export function studyDayNumber(ms: number, offsetMinutes: number): number {
  return Math.floor((ms + offsetMinutes * 60_000 - DAY_STARTS_AT_HOUR * HOUR) / DAY_MS);
}

/** The study day as 'YYYY-MM-DD'. */
export function studyDayKey(ms: number, offsetMinutes: number): string {
  return new Date(studyDayNumber(ms, offsetMinutes) * DAY_MS).toISOString().slice(0, 10);
}

/** When the study day containing `ms` began, as epoch milliseconds. */
export function startOfStudyDay(ms: number, offsetMinutes: number): number {
  return studyDayNumber(ms, offsetMinutes) * DAY_MS + DAY_STARTS_AT_HOUR * HOUR - offsetMinutes * 60_000;
}

/** When the study day containing `ms` ends (the next day's 4 AM), as epoch milliseconds. */
export function endOfStudyDay(ms: number, offsetMinutes: number): number {
  return startOfStudyDay(ms, offsetMinutes) + DAY_MS;
}
