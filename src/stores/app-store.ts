import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { createLogPacker, type StoredProgress } from '../domain/review-log-codec';
import { LIMITS } from '../domain/limits';
import { storage, type SafeStorage, STORAGE_KEYS } from '../lib/storage';
import { createPersistStorage } from './persistence';
import { createProgressSlice, type ProgressSlice } from './progress-slice';
import { createQuizSlice, type QuizSlice } from './quiz-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';

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
 * 5. adds the speech settings `autoPlay` and `speakDefinitions` (absent: off); `missedPerDay` came
 *    just before, also optional (absent: the default). Nothing to
 *    convert; the version stops an older app, which would drop them on its next write.
 * 6. cards of new kinds (translation `:en-zh` / `:zh-en`, typed recall `:type-en` / `:type-zh`,
 *    cards.ts), and the settings that choose them (`translation`, `typedRecall`), `cardLanguage`,
 *    `pinyinOnCards` and the first-run `profile` (absent: the defaults, none chosen). Nothing to
 *    convert; the version stops an older app, which would take the new card ids for damage and
 *    set the store aside, from reading it (and an older app's import says the file is newer).
 */
export const STORE_VERSION = 6;

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
 * Reading what storage holds (stored-state.ts): the migrations from every earlier version and the
 * validation of the current form. `isEnvelope`: whether a parsed value is `{ state, version }` as
 * the store writes it; `restore`: the state validated (after `migrate`), or null when it can't be
 * trusted.
 */
export type StoredStateReader = {
  isEnvelope: (value: unknown) => value is StorageValue<unknown>;
  migrate: (persisted: unknown, version: number, now: number) => unknown;
  restore: (raw: unknown, now: number) => SavedState | null;
};

/** Data that would be valid were the clock up to this much later is taken as a clock behind (a reset battery, a wrong year), not as damage. */
const CLOCK_BEHIND_MAX_MS = 10 * 366 * 86_400_000;

class ClockBehind extends Error {
  constructor() {
    super('Stored data is dated ahead of this device’s clock.');
  }
}

/**
 * The store, over `safeStorage`. What is stored is read with `reader`; without one, the store
 * loads it (stored-state.ts) only when something is stored, so a first visit never downloads the
 * validation and migrations. Until it has read what is stored, it writes nothing: the stored data
 * is neither lost nor replaced by the defaults it starts with. `ready` settles once it has read it
 * (at once when the reader is given or nothing is stored); it fails only when the reader cannot be
 * loaded, and then the stored data stays untouched.
 */
export function createAppStore(safeStorage: SafeStorage, now: () => number = Date.now, reader?: StoredStateReader) {
  let loaded = reader ?? null;
  let reading = false;
  let unavailable: { error: unknown } | null = null;
  const persistStorage = createPersistStorage<SavedState>(safeStorage, {
    currentVersion: STORE_VERSION,
    now,
    encode: toStored,
    isEnvelope: (value): value is StorageValue<unknown> => loaded!.isEnvelope(value),
  });
  const storeStorage: PersistStorage<SavedState> = {
    getItem(name) {
      if (loaded || safeStorage.read(name) === null) return persistStorage.getItem(name);
      reading = true;
      return import('./stored-state').then(
        ({ storedStateReader }) => {
          loaded = storedStateReader;
          reading = false;
          return persistStorage.getItem(name);
        },
        (error: unknown) => {
          // Unread, so never written over: held until the app is loaded again.
          safeStorage.hold(name);
          reading = false;
          unavailable = { error };
          throw error;
        },
      );
    },
    setItem(name, value) {
      if (!reading) persistStorage.setItem(name, value);
    },
    removeItem: (name) => persistStorage.removeItem(name),
  };
  const store = create<AppState>()(
    persist((...args) => ({ ...createSettingsSlice(now)(...args), ...createProgressSlice(...args), ...createQuizSlice(...args) }), {
      name: STORAGE_KEYS.state,
      version: STORE_VERSION,
      storage: storeStorage,
      // Read below, once `ready` can follow it.
      skipHydration: true,
      partialize: ({ settings, progress, quiz, settingsChangedAt, replacedAt }): SavedState => ({ settings, progress, quiz, settingsChangedAt, replacedAt }),
      // `merge` validates whatever a migration returns before it reaches the app.
      migrate: (persisted, version) => loaded!.migrate(persisted, version, now()) as SavedState,
      merge: (persisted, current) => {
        if (persisted === undefined) return current; // nothing stored yet
        const restored = loaded!.restore(persisted, now());
        if (restored) return { ...current, ...restored };
        // Readable but for dates ahead of this clock: the clock is behind, not the data wrong.
        if (loaded!.restore(persisted, now() + CLOCK_BEHIND_MAX_MS)) throw new ClockBehind();
        throw new Error('Stored data does not match the expected shape.');
      },
      onRehydrateStorage: () => (_state, error) => {
        if (!error || unavailable) return;
        const raw = persistStorage.lastRead();
        if (raw === null) safeStorage.report({ kind: 'corrupt', backupKey: null });
        // Left in place and unwritten, so that it loads once the clock is right again.
        else if (error instanceof ClockBehind) persistStorage.hold(STORAGE_KEYS.state, 'clock');
        else persistStorage.setAside(STORAGE_KEYS.state, raw);
      },
    }),
  );
  // With a reader, or nothing stored, this reads at once: the store is whole when it is returned.
  const ready = store.persist.rehydrate().then(() => {
    if (unavailable) throw unavailable.error;
  });
  return Object.assign(store, { flush: persistStorage.flush, ready });
}

export const useAppStore = createAppStore(storage);

/**
 * Two tabs open at once lose nothing: see tab-sync.ts. It loads after the first page
 * (tab-connect.ts), and first catches up with anything another tab wrote in the meantime. A
 * first visit (nothing stored) has nothing to share yet: it loads once something is, when this
 * tab first changes anything or another tab first writes.
 */
if (typeof window !== 'undefined') {
  const connect = () => {
    window.removeEventListener('storage', onStorage);
    unsubscribe();
    import('./tab-connect')
      .then(({ connectTabs }) => connectTabs())
      .catch(() => {}); // without it, each tab still works alone
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEYS.state) connect();
  };
  let unsubscribe = () => {};
  // Once what is stored has been read (and never when it could not be).
  if (storage.read(STORAGE_KEYS.state) !== null) useAppStore.ready.then(connect, () => {});
  else {
    window.addEventListener('storage', onStorage);
    unsubscribe = useAppStore.subscribe(connect);
  }
}
