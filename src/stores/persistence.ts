import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { findUnsafeKey, isPlainObject } from '../domain/state-validation';
import type { SafeStorage } from '../lib/storage';

/**
 * Persistence for the one store: a debounced writer that flushes when the page is hidden,
 * and a reader that keeps anything it cannot read aside (never deleting it) and reports it.
 */
export type PersistedEnvelope<S> = StorageValue<S>;

export const WRITE_DELAY_MS = 400;

export type AppPersistStorage<S> = PersistStorage<S> & {
  /** Writes any pending state now (on pagehide, and in tests). */
  flush: () => void;
  /** The raw text last read, so hydration can keep it aside if it proves invalid. */
  lastRead: () => string | null;
  /**
   * Moves an unreadable value from `name` to a backup key and reports it. Should the copy fail
   * (a full store), the original stays where it is and is never overwritten this session.
   */
  setAside: (name: string, raw: string) => void;
};

/** Exactly what the store writes: `{ state, version }`, nothing more, and no polluting keys. */
function isEnvelope(value: unknown): value is StorageValue<unknown> {
  if (!isPlainObject(value) || Object.keys(value).some((key) => key !== 'state' && key !== 'version')) return false;
  if (findUnsafeKey(value) !== null) return false;
  const { state, version } = value;
  return typeof state === 'object' && state !== null && !Array.isArray(state) && Number.isInteger(version) && (version as number) >= 1;
}

/**
 * `encode` turns the state into the form storage holds (the review log packed): applied when a
 * write happens, after the debounce, not on every change.
 */
export function createPersistStorage<S>(
  storage: SafeStorage,
  { currentVersion, now, encode = (state) => state }: { currentVersion: number; now: () => number; encode?: (state: S) => unknown },
): AppPersistStorage<S> {
  const pending = new Map<string, StorageValue<S>>();
  /** Keys holding data that could not be copied aside: never written over. */
  const held = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRaw: string | null = null;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    for (const [name, value] of pending) {
      if (held.has(name)) continue;
      let text: string;
      try {
        text = JSON.stringify({ state: encode(value.state), version: value.version });
      } catch {
        continue; // not serialisable (a bug elsewhere): keep what is stored rather than crash
      }
      storage.write(name, text);
    }
    pending.clear();
  };

  const setAside = (name: string, raw: string) => {
    const backupKey = storage.keepAside(raw, now());
    // Moved, not deleted: the original goes only once its copy reads back intact, so that the
    // next start neither reports it again nor copies it twice.
    if (backupKey !== null && storage.read(backupKey) === raw) storage.remove(name);
    else held.add(name);
    storage.report({ kind: 'corrupt', backupKey });
  };

  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }

  return {
    getItem(name) {
      const raw = storage.read(name);
      lastRaw = raw;
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        parsed = undefined;
      }
      if (!isEnvelope(parsed) || (parsed.version ?? 0) > currentVersion) {
        setAside(name, raw);
        return null;
      }
      return parsed as StorageValue<S>;
    },
    setItem(name, value) {
      pending.set(name, value);
      clearTimeout(timer);
      timer = setTimeout(flush, WRITE_DELAY_MS);
    },
    removeItem(name) {
      pending.delete(name);
      storage.remove(name);
    },
    flush,
    lastRead: () => lastRaw,
    setAside,
  };
}
