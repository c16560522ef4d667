import { storage, STORAGE_KEYS } from '../lib/storage';

/** Once sync is set up, loads it (with PouchDB) after the first paint; otherwise nothing at all. */
export function startSyncIfSetUp(): void {
  if (storage.read(STORAGE_KEYS.sync) === null) return;
  setTimeout(() => void import('../features/sync/sync-runner').then((sync) => sync.resumeSync()), 0);
}
