/**
 * Connects this tab's store to the other open tabs (tab-sync.ts): loaded after the first page,
 * so the first visit does not carry the tab merge.
 */
import { isPlainObject } from '../domain/state-validation';
import { storage, type SafeStorage, STORAGE_KEYS } from '../lib/storage';
import { readStamp, STORE_VERSION, useAppStore, type SavedState } from './app-store';
import { NEWER_VERSIONS } from './persistence';
import { checkProgress, restoreQuizHistory } from './restore';
import { restoreSettings } from './settings-slice';
import { readStoredState } from './stored-state';
import { connectTabSync, mergeStored, openTabChannel } from './tab-sync';

/**
 * What another tab wrote, as `readStoredState`; but should a newer version of the app have
 * written it, this tab stops writing (so as not to put its older state over it) and says to reload.
 */
export function readOtherTabState(raw: string, safeStorage: SafeStorage, now: number = Date.now()): SavedState | null {
  const version = storedVersion(raw);
  if (version > STORE_VERSION && version <= STORE_VERSION + NEWER_VERSIONS) {
    safeStorage.hold(STORAGE_KEYS.state);
    safeStorage.report({ kind: 'held', key: STORAGE_KEYS.state, reason: 'newer' });
    return null;
  }
  return readStoredState(raw, now);
}

/** The version a stored value says it is, or 0. */
export function storedVersion(raw: string): number {
  try {
    const { version } = JSON.parse(raw) as { version?: unknown };
    return Number.isInteger(version) ? (version as number) : 0;
  } catch {
    return 0;
  }
}

/** Validators for what another tab sends: the data as the app holds it, checked as strictly as storage. */
const tabChangeReaders = {
  progress: (raw: unknown) => (raw === undefined ? null : checkProgress(raw)),
  quiz: (raw: unknown) => (raw === undefined ? null : restoreQuizHistory(raw)),
  settings: (raw: unknown) => (isPlainObject(raw) ? restoreSettings(raw, useAppStore.getState().settings) : null),
  stamp: (raw: unknown) => readStamp(raw),
};

export function connectTabs(): void {
  connectTabSync(useAppStore, {
    storageKey: STORAGE_KEYS.state,
    readStored: (raw) => readOtherTabState(raw, storage),
    readers: tabChangeReaders,
    target: window,
    channel: openTabChannel(),
    undos: { key: STORAGE_KEYS.undos, read: () => storage.read(STORAGE_KEYS.undos), write: (text) => void storage.write(STORAGE_KEYS.undos, text) },
  });
  const raw = storage.read(STORAGE_KEYS.state);
  const stored = raw === null ? null : readStoredState(raw);
  if (stored) mergeStored(useAppStore, stored);
}
