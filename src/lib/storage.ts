/**
 * The one door to persistent storage. Everything the app keeps goes through here, so a
 * missing, full or corrupt store never throws into the UI: the app keeps working in
 * memory and says what happened.
 */

export const STORAGE_KEYS = {
  state: 'cloudcards',
  backupPrefix: 'cloudcards:backup:',
  /** The one quiz in progress, kept apart from the store (see src/domain/quiz-progress.ts). */
  quizInProgress: 'cloudcards:quiz-in-progress',
  /** When the app last reloaded itself for a chunk of an older deployment (main.tsx). */
  reloadedAt: 'cloudcards:reloaded-at',
  /** Reviews undone lately, for tabs that hear of an undo only through storage (src/stores/tab-sync.ts). */
  undos: 'cloudcards:undos',
  /** Facts about this browser's storage, never exported (src/lib/device-record.ts). */
  device: 'cloudcards:device',
  // Where to sync (with the password) is kept under 'cloudcards:sync': src/features/sync/sync-start.ts says why there.
} as const;

export type StorageProblem =
  | { kind: 'unavailable' }
  | { kind: 'full' }
  /** `salvaged`: what could be read of it and was taken back, record by record (src/stores/salvage-stored.ts). */
  | { kind: 'corrupt'; backupKey: string | null; salvaged?: SalvageReport }
  /**
   * Stored data this tab must not write over, left where it is: too large to copy aside
   * (`too-large`), dated ahead of this device's clock (`clock`: the clock is likely behind), or
   * written by a newer version of the app (`newer`). New work stays in memory until the learner
   * reloads, or downloads the data and lets it go (`release`).
   */
  | { kind: 'held'; key: string; reason: 'too-large' | 'clock' | 'newer' };

/** What was taken back of damaged data: how many of each record, how many were set aside, and where the first of those were. */
export type SalvageReport = { reviews: number; cards: number; attempts: number; setAside: number; paths: string[] };

type Listener = (problems: readonly StorageProblem[]) => void;

/** A key-value backend: localStorage in the browser, a Map in tests. */
export type Backend = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export type SafeStorage = {
  read(key: string): string | null;
  /** Writes now; reports a full or missing store instead of throwing. Returns whether it was written. */
  write(key: string, value: string): boolean;
  remove(key: string): void;
  /** Never writes over `key` (see the `held` problem) until `release`. */
  hold(key: string): void;
  isHeld(key: string): boolean;
  /** Lets writes to a held key go ahead again, and clears its notice. */
  release(key: string): void;
  /** Keeps an unreadable value aside under a new key, never deleting it. */
  keepAside(raw: string, now: number): string | null;
  backups(): { key: string; value: string }[];
  problems(): readonly StorageProblem[];
  report(problem: StorageProblem): void;
  dismiss(kind: StorageProblem['kind']): void;
  subscribe(listener: Listener): () => void;
};

/** The browser's store, or null where even reaching it throws (storage switched off). */
function browserBackend(): Backend | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether a write works now: 'full' (no room, though what is stored can still be read),
 * 'blocked' (the browser refuses writes), or null. Probed once at start, so that the notice says
 * which it is from the first screen, and reads go on either way.
 */
function probeWrite(backend: Backend): 'full' | 'blocked' | null {
  const probe = `${STORAGE_KEYS.state}:probe`;
  try {
    backend.setItem(probe, '1');
    backend.removeItem(probe);
    return null;
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'blocked';
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

export function createSafeStorage(backend: Backend | null = browserBackend()): SafeStorage {
  /** Values not yet saved (no storage, or it was full): newer than what storage holds. */
  const memory = new Map<string, string>();
  const probed = backend ? probeWrite(backend) : 'blocked';
  // Blocked writes and no store at all say the same thing: the browser's setting. A full store
  // says to free space or export. Either way, whatever is stored is still read and shown.
  let problems: readonly StorageProblem[] = probed === null ? [] : [{ kind: probed === 'full' ? 'full' : 'unavailable' }];
  const listeners = new Set<Listener>();

  const report = (problem: StorageProblem) => {
    problems = [...problems.filter((p) => p.kind !== problem.kind), problem];
    listeners.forEach((listener) => listener(problems));
  };
  const dismiss = (kind: StorageProblem['kind']) => {
    problems = problems.filter((p) => p.kind !== kind);
    listeners.forEach((listener) => listener(problems));
  };

  const held = new Set<string>();

  const write = (key: string, value: string): boolean => {
    if (held.has(key)) return false;
    if (!backend) {
      memory.set(key, value);
      return false;
    }
    try {
      backend.setItem(key, value);
      memory.delete(key);
      if (problems.some((p) => p.kind === 'full')) dismiss('full');
      return true;
    } catch (error) {
      memory.set(key, value);
      report(isQuotaError(error) ? { kind: 'full' } : { kind: 'unavailable' });
      return false;
    }
  };

  const read = (key: string): string | null => {
    const unsaved = memory.get(key);
    if (unsaved !== undefined || !backend) return unsaved ?? null;
    try {
      return backend.getItem(key);
    } catch {
      report({ kind: 'unavailable' });
      return null;
    }
  };

  const backups = () => {
    const found: { key: string; value: string }[] = [];
    const keys = new Set(memory.keys());
    try {
      for (let i = 0; backend && i < backend.length; i++) {
        const key = backend.key(i);
        if (key) keys.add(key);
      }
    } catch {
      // An unreadable backend has no backups to list.
    }
    for (const key of keys) {
      if (!key.startsWith(STORAGE_KEYS.backupPrefix)) continue;
      const value = read(key);
      if (value !== null) found.push({ key, value });
    }
    return found.sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
  };

  return {
    read,
    write,
    remove(key) {
      memory.delete(key);
      try {
        backend?.removeItem(key);
      } catch {
        // Nothing to lose: the value is gone from memory either way.
      }
    },
    keepAside(raw, now) {
      // The same value kept aside before is not copied twice; another value never overwrites one.
      const existing = backups().find((backup) => backup.value === raw);
      if (existing) return existing.key;
      let key = `${STORAGE_KEYS.backupPrefix}${now}`;
      for (let n = 2; read(key) !== null; n++) key = `${STORAGE_KEYS.backupPrefix}${now}-${n}`;
      return write(key, raw) ? key : null;
    },
    backups,
    hold: (key) => void held.add(key),
    isHeld: (key) => held.has(key),
    release(key) {
      held.delete(key);
      if (problems.some((p) => p.kind === 'held' && p.key === key)) dismiss('held');
    },
    problems: () => problems,
    report,
    dismiss,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app's storage, shared by the store and the settings screen. */
export const storage = createSafeStorage();
