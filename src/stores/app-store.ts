import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { findUnsafeKey, isPlainObject } from '../domain/state-validation';
import { storage, type SafeStorage, STORAGE_KEYS } from '../lib/storage';
import { createPersistStorage } from './persistence';
import { createProgressSlice, emptyProgress, type ProgressSlice } from './progress-slice';
import { connectProgressSync, openProgressChannel } from './progress-sync';
import { createQuizSlice, emptyQuizHistory, type QuizSlice } from './quiz-slice';
import { restoreProgress, restoreQuizHistory } from './restore';
import { createSettingsSlice, defaultSettings, restoreSettings, type SettingsSlice } from './settings-slice';

export type AppState = SettingsSlice & ProgressSlice & QuizSlice;

/** What is written to storage: data only, never actions. Dates are epoch milliseconds. */
export type PersistedState = Pick<AppState, 'settings' | 'progress' | 'quiz'>;

/**
 * Version history of the persisted state:
 * 1. settings only (the app shell).
 * 2. adds `progress` (card schedules, review log, starred terms) and `quiz` (attempts, missed terms).
 */
export const STORE_VERSION = 2;

/**
 * Upgrades a persisted state from any earlier version, one step at a time.
 * Each shape change bumps STORE_VERSION and adds a step here, with a test.
 */
export function migrate(persisted: unknown, version: number): unknown {
  if (version > STORE_VERSION) throw new Error(`Stored data is from a newer version (${version}).`);
  let state = persisted as Record<string, unknown>;
  if (version < 2) state = { ...state, progress: emptyProgress(), quiz: emptyQuizHistory() };
  return state;
}

/**
 * Validates a migrated state against the current shape; null when it can't be trusted
 * (including prototype-polluting keys anywhere, and dates far beyond `now`).
 */
export function restorePersisted(raw: unknown, now: number = Date.now()): PersistedState | null {
  if (!isPlainObject(raw) || findUnsafeKey(raw) !== null) return null;
  const { settings, progress, quiz } = raw;
  const restoredProgress = restoreProgress(progress, now);
  const restoredQuiz = restoreQuizHistory(quiz, now);
  if (!restoredProgress || !restoredQuiz) return null;
  return {
    settings: restoreSettings(settings, defaultSettings(typeof navigator === 'undefined' ? [] : navigator.languages)),
    progress: restoredProgress,
    quiz: restoredQuiz,
  };
}

export function createAppStore(safeStorage: SafeStorage, now: () => number = Date.now) {
  const persistStorage = createPersistStorage<PersistedState>(safeStorage, { currentVersion: STORE_VERSION, now });
  const store = create<AppState>()(
    persist((...args) => ({ ...createSettingsSlice(...args), ...createProgressSlice(...args), ...createQuizSlice(...args) }), {
      name: STORAGE_KEYS.state,
      version: STORE_VERSION,
      storage: persistStorage,
      partialize: (state): PersistedState => ({ settings: state.settings, progress: state.progress, quiz: state.quiz }),
      // `merge` validates whatever a migration returns before it reaches the app.
      migrate: (persisted, version) => migrate(persisted, version) as PersistedState,
      merge: (persisted, current) => {
        if (persisted === undefined) return current; // nothing stored yet
        const restored = restorePersisted(persisted, now());
        if (!restored) throw new Error('Stored data does not match the expected shape.');
        return { ...current, ...restored };
      },
      onRehydrateStorage: () => (_state, error) => {
        if (!error) return;
        const raw = persistStorage.lastRead();
        if (raw === null) safeStorage.report({ kind: 'corrupt', backupKey: null });
        else persistStorage.setAside(STORAGE_KEYS.state, raw);
      },
    }),
  );
  return Object.assign(store, { flush: persistStorage.flush });
}

export const useAppStore = createAppStore(storage);

/** The progress in a value another tab wrote to storage, migrated and validated; null when unreadable. */
export function readStoredProgress(raw: string, now: number = Date.now()): PersistedState['progress'] | null {
  try {
    const { state, version } = JSON.parse(raw) as { state?: unknown; version?: unknown };
    if (!Number.isInteger(version) || (version as number) > STORE_VERSION) return null;
    return restorePersisted(migrate(state, version as number), now)?.progress ?? null;
  } catch {
    return null;
  }
}

// Two tabs studying at once lose no review: see progress-sync.ts.
connectProgressSync(useAppStore, {
  storageKey: STORAGE_KEYS.state,
  readStored: readStoredProgress,
  readProgress: (raw) => restorePersisted({ progress: raw })?.progress ?? null,
  target: typeof window === 'undefined' ? undefined : window,
  channel: openProgressChannel(),
});
