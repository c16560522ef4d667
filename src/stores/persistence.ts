import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { SafeStorage } from '../lib/storage';

/**
 * Persistence for the one store: a debounced writer that flushes when the page is hidden,
 * and a reader that keeps anything it cannot read aside (never deleting it) and reports it.
 */
export type PersistedEnvelope<S> = StorageValue<S>;

export const WRITE_DELAY_MS = 400;

/** A stored version at most this far above the app's is taken as a newer app's; beyond, as damage. */
export const NEWER_VERSIONS = 100;

export type AppPersistStorage<S> = PersistStorage<S> & {
  /** Writes any pending state now (on pagehide, at an import or a reset, and in tests); false when some of it could not be written. */
  flush: () => boolean;
  /** The raw text last read, so hydration can keep it aside if it proves invalid. */
  lastRead: () => string | null;
  /**
   * Moves an unreadable value from `name` to a backup key and reports it. Should the copy fail
   * (a full store), the original stays where it is and is never overwritten this session.
   */
  setAside: (name: string, raw: string) => void;
  /** Leaves a stored value in place, unwritten, and says why (storage.ts `held`). */
  hold: (name: string, reason: 'too-large' | 'clock' | 'newer') => void;
};

/**
 * `encode` turns the state into the form storage holds (the review log packed): applied when a
 * write happens, after the debounce, not on every change. `isEnvelope` says whether a parsed
 * value is what the store writes (stored-state.ts); it is asked only when something is stored.
 */
export function createPersistStorage<S>(
  storage: SafeStorage,
  {
    currentVersion,
    now,
    encode = (state) => state,
    isEnvelope,
  }: { currentVersion: number; now: () => number; encode?: (state: S) => unknown; isEnvelope: (value: unknown) => value is StorageValue<unknown> },
): AppPersistStorage<S> {
  const pending = new Map<string, StorageValue<S>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRaw: string | null = null;

  const flush = (): boolean => {
    clearTimeout(timer);
    timer = undefined;
    let saved = true;
    for (const [name, value] of pending) {
      let text: string;
      try {
        text = JSON.stringify({ state: encode(value.state), version: value.version });
      } catch {
        pending.delete(name);
        saved = false;
        continue; // not serialisable (a bug elsewhere): keep what is stored rather than crash
      }
      const written = storage.write(name, text);
      if (!written) saved = false;
      // A held key (storage.ts) is not written: the state stays pending, for when it is released.
      if (written || !storage.isHeld(name)) pending.delete(name);
    }
    return saved;
  };

  const hold = (name: string, reason: 'too-large' | 'clock' | 'newer') => {
    storage.hold(name);
    storage.report({ kind: 'held', key: name, reason });
  };

  const setAside = (name: string, raw: string) => {
    const backupKey = storage.keepAside(raw, now());
    // Moved, not deleted: the original goes only once its copy reads back intact, so that the
    // next start neither reports it again nor copies it twice. Should the copy fail (no room
    // for a second copy), it stays in place, unwritten, until the learner has downloaded it.
    if (backupKey !== null && storage.read(backupKey) === raw) {
      storage.remove(name);
      storage.report({ kind: 'corrupt', backupKey });
    } else hold(name, 'too-large');
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
      if (!isEnvelope(parsed)) {
        setAside(name, raw);
        return null;
      }
      if ((parsed.version ?? 0) > currentVersion + NEWER_VERSIONS) {
        setAside(name, raw); // no version of the app will ever be that number: damaged
        return null;
      }
      if ((parsed.version ?? 0) > currentVersion) {
        // A newer version of the app wrote it (it is open in another tab, or was): this one
        // neither reads nor writes over it, and offers a reload.
        hold(name, 'newer');
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
    hold,
  };
}
