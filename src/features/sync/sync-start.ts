import { storage } from '../../lib/storage';

/**
 * Where the sync target (with the password) is kept: on this device only, never in the store
 * or an export (sync-config.ts). Its key is here, not in STORAGE_KEYS (src/lib/storage.ts),
 * because that is in the first page's code, and a learner who never syncs downloads not a byte
 * of sync there.
 */
export const SYNC_STORAGE_KEY = 'cloudcards:sync';

/** Once sync is set up, loads it (with PouchDB) and syncs; otherwise nothing at all. */
export function startSyncIfSetUp(): void {
  if (storage.read(SYNC_STORAGE_KEY) === null) return;
  void import('./sync-runner').then((sync) => sync.resumeSync());
}
