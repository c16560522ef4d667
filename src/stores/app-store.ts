import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createLogPacker, packProgress, type StoredProgress } from '../domain/review-log-codec';
import { fail, findUnsafeKey, isPlainObject, LIMITS, validateProgress } from '../domain/state-validation';
import { storage, type SafeStorage, STORAGE_KEYS } from '../lib/storage';
import { createPersistStorage } from './persistence';
import { createProgressSlice, emptyProgress, type ProgressSlice } from './progress-slice';
import { createQuizSlice, emptyQuizHistory, type QuizSlice } from './quiz-slice';
import { restoreProgress, restoreQuizHistory } from './restore';
import { createSettingsSlice, defaultSettings, restoreSettings, type SettingsSlice } from './settings-slice';

export type AppState = SettingsSlice & ProgressSlice & QuizSlice;

/** The learner's data, as an export holds it. Dates are epoch milliseconds. */
export type PersistedState = Pick<AppState, 'settings' | 'progress' | 'quiz'>;

/** What is written to storage: the data, and when its settings and the whole of it were last changed (tab-sync.ts). */
export type SavedState = PersistedState & Pick<AppState, 'settingsChangedAt' | 'replacedAt'>;

/** The same as storage holds it: the review log packed. */
export type StoredState = Omit<SavedState, 'progress'> & { progress: StoredProgress };

/**
 * Version history of the persisted state:
 * 1. settings only (the app shell).
 * 2. adds `progress` (card schedules, review log, starred terms) and `quiz` (attempts, missed terms).
 * 3. the review log packed into columns (src/domain/review-log-codec.ts), about a ninth of the
 *    size, so that years of reviews fit in the browser's storage; new reviews' ids are their
 *    time and card, so they take no room at all. Also `settingsChangedAt` and `replacedAt`, by
 *    which open tabs agree (absent: 0, never).
 * 4. adds `progress.notes`, the learner's own words per term (absent: none), and the
 *    `leechFailures` setting (absent: the default). Nothing to convert; the version stops an
 *    older app, which would drop the notes on its next write, from reading this store.
 */
export const STORE_VERSION = 4;

/**
 * Upgrades a persisted state from any earlier version, one step at a time, to the form storage
 * holds now. Each shape change bumps STORE_VERSION and adds a step here, with a test.
 */
export function migrate(persisted: unknown, version: number, now: number = Date.now()): unknown {
  if (version > STORE_VERSION) throw new Error(`Stored data is from a newer version (${version}).`);
  let state = persisted as Record<string, unknown>;
  // Version 1 held settings only: progress or quiz history marked version 1 is not what it
  // claims, and is kept aside (a throw here) rather than replaced by empty ones.
  if (version < 2 && (state.progress !== undefined || state.quiz !== undefined)) fail('bad-version', 'version');
  if (version < 2) state = { ...state, progress: emptyProgress(), quiz: emptyQuizHistory() };
  if (version < 3 && state.progress !== undefined) state = { ...state, progress: packVersion2Progress(state.progress, now) };
  // 3 → 4: the new fields are optional, and absent means none (notes) or the default (settings).
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

const packLogForStorage = createLogPacker();

/** The stored form of a state. A write after a grade packs only the new review, not the whole log. */
export function toStored(state: SavedState): StoredState {
  return { ...state, progress: { ...state.progress, log: packLogForStorage(state.progress.log) } };
}

/** A time stamp read from storage or another tab: a whole number of ms, not far in the future; else null. */
export function readStamp(raw: unknown, now: number = Date.now()): number | null {
  return Number.isSafeInteger(raw) && (raw as number) >= 0 && (raw as number) <= now + LIMITS.futureSlackMs ? (raw as number) : null;
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

/** Data that would be valid were the clock up to this much later is taken as a clock behind (a reset battery, a wrong year), not as damage. */
const CLOCK_BEHIND_MAX_MS = 10 * 366 * 86_400_000;

class ClockBehind extends Error {
  constructor() {
    super('Stored data is dated ahead of this device’s clock.');
  }
}

export function createAppStore(safeStorage: SafeStorage, now: () => number = Date.now) {
  const persistStorage = createPersistStorage<SavedState>(safeStorage, { currentVersion: STORE_VERSION, now, encode: toStored });
  const store = create<AppState>()(
    persist((...args) => ({ ...createSettingsSlice(now)(...args), ...createProgressSlice(...args), ...createQuizSlice(...args) }), {
      name: STORAGE_KEYS.state,
      version: STORE_VERSION,
      storage: persistStorage,
      partialize: ({ settings, progress, quiz, settingsChangedAt, replacedAt }): SavedState => ({ settings, progress, quiz, settingsChangedAt, replacedAt }),
      // `merge` validates whatever a migration returns before it reaches the app.
      migrate: (persisted, version) => migrate(persisted, version, now()) as SavedState,
      merge: (persisted, current) => {
        if (persisted === undefined) return current; // nothing stored yet
        const restored = restorePersisted(persisted, now());
        if (restored) return { ...current, ...restored };
        // Readable but for dates ahead of this clock: the clock is behind, not the data wrong.
        if (restorePersisted(persisted, now() + CLOCK_BEHIND_MAX_MS)) throw new ClockBehind();
        throw new Error('Stored data does not match the expected shape.');
      },
      onRehydrateStorage: () => (_state, error) => {
        if (!error) return;
        const raw = persistStorage.lastRead();
        if (raw === null) safeStorage.report({ kind: 'corrupt', backupKey: null });
        // Left in place and unwritten, so that it loads once the clock is right again.
        else if (error instanceof ClockBehind) persistStorage.hold(STORAGE_KEYS.state, 'clock');
        else persistStorage.setAside(STORAGE_KEYS.state, raw);
      },
    }),
  );
  return Object.assign(store, { flush: persistStorage.flush });
}

export const useAppStore = createAppStore(storage);

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

/**
 * Two tabs open at once lose nothing: see tab-sync.ts. It loads after the first page
 * (tab-connect.ts), and first catches up with anything another tab wrote in the meantime.
 */
if (typeof window !== 'undefined') {
  import('./tab-connect')
    .then(({ connectTabs }) => connectTabs())
    .catch(() => {}); // without it, each tab still works alone
}
