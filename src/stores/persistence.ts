import type { PersistStorage, StorageValue } from 'zustand/middleware';
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
};

function isEnvelope(value: unknown): value is StorageValue<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const { state, version } = value as Record<string, unknown>;
  return typeof state === 'object' && state !== null && !Array.isArray(state) && Number.isInteger(version);
}

export function createPersistStorage<S>(
  storage: SafeStorage,
  { currentVersion, now }: { currentVersion: number; now: () => number },
): AppPersistStorage<S> {
  const pending = new Map<string, StorageValue<S>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRaw: string | null = null;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    for (const [name, value] of pending) storage.write(name, JSON.stringify(value));
    pending.clear();
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
        storage.report({ kind: 'corrupt', backupKey: storage.keepAside(raw, now()) });
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
  };
}
