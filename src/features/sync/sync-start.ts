import { storage } from '../../lib/storage';

/**
 * Where the sync target (with the password) is kept: on this device only, never in the store
 * or an export (sync-config.ts). Its key is here, not in STORAGE_KEYS (src/lib/storage.ts),
 * because that is in the first page's code, and a learner who never syncs downloads not a byte
 * of sync there.
 */
export const SYNC_STORAGE_KEY = 'cloudcards:sync';

/**
 * Once sync is set up, loads it (with PouchDB) and syncs; otherwise nothing at all. Its code is
 * cached once used, not precached: opened offline before that, it is tried again when the
 * browser is back online, so that sync still starts without a reload.
 */
export function startSyncIfSetUp(load: () => Promise<{ resumeSync: () => void }> = () => import('./sync-runner')): Promise<void> {
  if (storage.read(SYNC_STORAGE_KEY) === null) return Promise.resolve();
  return load().then(
    (sync) => sync.resumeSync(),
    () => window.addEventListener('online', () => void startSyncIfSetUp(load), { once: true }),
  );
}
