import {
  check,
  fail,
  findUnsafeKey,
  isPlainObject,
  validateProgress,
  validateQuizHistory,
  type Checked,
} from '../domain/state-validation';
import { emptyProgress, type Progress } from './progress-slice';
import { emptyQuizHistory, type QuizHistory } from './quiz-slice';
import { SETTING_LIMITS, type Settings } from './settings-slice';

/*
 * Validation of persisted state, read from storage or from an imported file. The validators
 * themselves are pure (src/domain/state-validation.ts): they check every value, bound every size and
 * date, refuse prototype-polluting keys, and copy only known fields into fresh objects, so
 * nothing unexpected reaches the app. Anything that can't be trusted is rejected whole (null),
 * so the caller can keep it aside and say so.
 */

/** Validates progress read from storage; null when any part can't be trusted. Absent → empty. */
export function restoreProgress(raw: unknown, now: number = Date.now()): Progress | null {
  if (raw === undefined) return emptyProgress();
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

const LANGUAGES = ['zh', 'en'] as const;
const THEMES = ['system', 'light', 'dark'] as const;
const DIRECTIONS = ['both', 'term-first', 'definition-first'] as const;

/**
 * Validates the settings of an imported file strictly: a field that is present must be valid
 * (a wrong one rejects the file, with its path); a missing one takes the default, as a file
 * from an older version may lack it. Only known fields are kept.
 */
export function validateSettings(raw: unknown, path: string, defaults: Settings): Checked<Settings> {
  return check(() => {
    if (raw === undefined) fail('missing', path);
    if (!isPlainObject(raw)) fail('wrong-type', path);
    const at = (key: string) => `${path}.${key}`;
    const choice = <T extends string>(key: keyof Settings, options: readonly T[], fallback: T): T => {
      const value = raw[key];
      if (value === undefined) return fallback;
      if (typeof value !== 'string') fail('wrong-type', at(key));
      if (!options.includes(value as T)) fail('out-of-range', at(key));
      return value as T;
    };
    const amount = (key: 'newPerDay' | 'reviewsPerDay' | 'retention', integer: boolean): number => {
      const value = raw[key];
      if (value === undefined) return defaults[key];
      if (typeof value !== 'number') fail('wrong-type', at(key));
      const { min, max } = SETTING_LIMITS[key];
      if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) fail('out-of-range', at(key));
      return value;
    };
    return {
      language: choice('language', LANGUAGES, defaults.language),
      theme: choice('theme', THEMES, defaults.theme),
      newPerDay: amount('newPerDay', true),
      reviewsPerDay: amount('reviewsPerDay', true),
      retention: amount('retention', false),
      directions: choice('directions', DIRECTIONS, defaults.directions),
    };
  });
}
