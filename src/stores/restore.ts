import { validateStoredProgress } from '../domain/review-log-reader';
import { findUnsafeKey, validateProgress, validateQuizHistory } from '../domain/state-validation';
import { emptyProgress, type Progress } from './progress-slice';
import { emptyQuizHistory, type QuizHistory } from './quiz-slice';

/*
 * Validation of persisted state read from storage. The validators are pure
 * (src/domain/state-validation.ts, and review-log-codec.ts for the packed review log): they
 * check every value, bound every size and date, refuse prototype-polluting keys, and copy only
 * known fields into fresh objects, so nothing unexpected reaches the app. Anything that can't be
 * trusted is rejected whole (null), so the caller can keep it aside and say so. Imported files
 * go through the same validators, with stricter settings, in the settings feature
 * (read-import.ts), so that code stays out of the first page.
 */

/** Validates progress as storage holds it (the log packed); null when any part can't be trusted. Absent → empty. */
export function restoreProgress(raw: unknown, now: number = Date.now()): Progress | null {
  if (raw === undefined) return emptyProgress();
  if (findUnsafeKey(raw) !== null) return null;
  const result = validateStoredProgress(raw, now);
  return result.ok ? result.value : null;
}

/** Validates progress as the app holds it (one object per review), sent by another tab; null when absent or untrustworthy. */
export function checkProgress(raw: unknown, now: number = Date.now()): Progress | null {
  if (findUnsafeKey(raw) !== null) return null;
  const result = validateProgress(raw, now);
  return result.ok ? result.value : null;
}

/** Validates quiz history read from storage; null when any part can't be trusted. Absent → empty. */
export function restoreQuizHistory(raw: unknown, now: number = Date.now()): QuizHistory | null {
  if (raw === undefined) return emptyQuizHistory();
  if (findUnsafeKey(raw) !== null) return null;
  const result = validateQuizHistory(raw, now);
  return result.ok ? result.value : null;
}
