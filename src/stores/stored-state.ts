/**
 * Reading what storage holds: the migrations from every earlier version, and the validation of
 * the current form. A first visit has nothing stored and never loads this; a later one loads it
 * before the store takes what is stored (app-store.ts), and writes nothing until it has.
 */
import type { StorageValue } from 'zustand/middleware';
import { packProgress, type StoredProgress } from '../domain/review-log-codec';
import { fail, findUnsafeKey, isPlainObject, validateProgress } from '../domain/state-validation';
import { readStamp, STORE_VERSION, type SavedState, type StoredStateReader } from './app-store';
import { emptyProgress } from './progress-slice';
import { emptyQuizHistory } from './quiz-slice';
import { restoreProgress, restoreQuizHistory } from './restore';
import { defaultSettings, restoreSettings } from './settings-slice';

/**
 * Upgrades a persisted state from any earlier version, one step at a time, to the form storage
 * holds now (the versions are listed at STORE_VERSION). Each shape change bumps STORE_VERSION
 * and adds a step here, with a test.
 */
export function migrate(persisted: unknown, version: number, now: number = Date.now()): unknown {
  if (version > STORE_VERSION) throw new Error(`Stored data is from a newer version (${version}).`);
  let state = persisted as Record<string, unknown>;
  // Version 1 held settings only: progress or quiz history marked version 1 is not what it
  // claims, and is kept aside (a throw here) rather than replaced by empty ones.
  if (version < 2 && (state.progress !== undefined || state.quiz !== undefined)) fail('bad-version', 'version');
  if (version < 2) state = { ...state, progress: emptyProgress(), quiz: emptyQuizHistory() };
  if (version < 3 && state.progress !== undefined) state = { ...state, progress: packVersion2Progress(state.progress, now) };
  // 3 → 4, 4 → 5 and 5 → 6: the new fields are optional, and absent means none (notes) or the default (settings).
  return state;
}

/**
 * 2 → 3: the log as version 2 stored it, one object per review, is validated as it was then and
 * packed. A bad value is refused with its path in the stored value (or the backup file), which
 * an import names; every review id is kept as it was.
 */
function packVersion2Progress(raw: unknown, now: number): StoredProgress {
  const path = 'state.progress';
  if (findUnsafeKey(raw) !== null) fail('unsafe-key', path);
  const progress = validateProgress(raw, now, path);
  if (!progress.ok) fail(progress.issue.code, progress.issue.path);
  return packProgress(progress.value);
}

/**
 * Validates a state in the current stored form (after `migrate`) and unpacks it into the form
 * the app holds; null when it can't be trusted (including prototype-polluting keys anywhere,
 * and dates far beyond `now`).
 */
export function restorePersisted(raw: unknown, now: number = Date.now()): SavedState | null {
  if (!isPlainObject(raw) || findUnsafeKey(raw) !== null) return null;
  const { settings, progress, quiz } = raw;
  // A state of the current form always has both: one missing is damage to say and keep aside, not an empty slice.
  if (progress === undefined || quiz === undefined) return null;
  const restoredProgress = restoreProgress(progress, now);
  const restoredQuiz = restoreQuizHistory(quiz, now);
  if (!restoredProgress || !restoredQuiz) return null;
  return {
    settings: restoreSettings(settings, defaultSettings(typeof navigator === 'undefined' ? [] : navigator.languages)),
    progress: restoredProgress,
    quiz: restoredQuiz,
    // Stamps only order changes between tabs: a bad one is forgotten (0), like a bad setting.
    settingsChangedAt: readStamp(raw.settingsChangedAt, now) ?? 0,
    replacedAt: readStamp(raw.replacedAt, now) ?? 0,
  };
}

/** Exactly what the store writes: `{ state, version }`, nothing more, and no polluting keys. */
export function isEnvelope(value: unknown): value is StorageValue<unknown> {
  if (!isPlainObject(value) || Object.keys(value).some((key) => key !== 'state' && key !== 'version')) return false;
  if (findUnsafeKey(value) !== null) return false;
  const { state, version } = value;
  return typeof state === 'object' && state !== null && !Array.isArray(state) && Number.isInteger(version) && (version as number) >= 1;
}

/** The whole state in a value another tab wrote to storage, migrated and validated; null when unreadable. */
export function readStoredState(raw: string, now: number = Date.now()): SavedState | null {
  try {
    const { state, version } = JSON.parse(raw) as { state?: unknown; version?: unknown };
    if (!Number.isInteger(version) || (version as number) > STORE_VERSION) return null;
    return restorePersisted(migrate(state, version as number, now), now);
  } catch {
    return null;
  }
}

/** What the store needs to take what storage holds (app-store.ts `createAppStore`). */
export const storedStateReader: StoredStateReader = { isEnvelope, migrate, restore: restorePersisted };
