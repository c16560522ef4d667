/**
 * Every bound on the learner's data, in one place: validation (storage, another tab, an imported
 * file), import and the store read them from here, so that what one accepts the others keep,
 * and a preview never counts what the store then drops. Bounds that no real data comes near
 * stop hostile data; `keptAttempts` is the one the app reaches in use.
 */
import { DAY_MS } from './study-day';

export const LIMITS = {
  idLength: 500,
  cards: 200_000,
  log: 2_000_000,
  starred: 100_000,
  /** Quiz attempts a file or a stored state may list at all (a hostile file lists more). */
  attempts: 100_000,
  /**
   * Quiz attempts the history keeps, the oldest dropped first (each is a few hundred bytes):
   * the store, the merge between tabs and an import all keep the latest this many.
   */
  keptAttempts: 300,
  answers: 10_000,
  termIds: 1_000,
  missed: 100_000,
  notes: 100_000,
  /** The learner's own words for a term, in characters. */
  noteLength: 2_000,
  /** The largest backup file read at all: a year of daily study is about 2 MB, and browser storage holds 5–10. */
  backupChars: 32 * 1024 * 1024,
  /** Dates of things that happened may be this far ahead of the clock (clocks differ), no more. */
  futureSlackMs: 366 * DAY_MS,
  /** A card may be due this far ahead (FSRS caps intervals at 100 years). */
  dueAheadMs: 200 * 366 * DAY_MS,
} as const;
