import { isPlainObject } from '../../domain/state-validation';
import { readSyncTarget, type SyncTarget } from '../../domain/sync-target';
import { storage } from '../../lib/storage';
import { SYNC_STORAGE_KEY } from './sync-start';

/*
 * The sync target, password included, is kept on this device only: under its own storage key,
 * never in the store (so never in a backup file, nor sent to another tab's state), and the
 * settings screen never shows the password again.
 */

/** The saved target, checked again as when it was typed (an edited value may not point anywhere else); null when none. */
export function readSavedTarget(): SyncTarget | null {
  const raw = storage.read(SYNC_STORAGE_KEY);
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (!isPlainObject(value)) return null;
    const { server, database, username, password } = value;
    if (typeof server !== 'string' || typeof database !== 'string' || typeof username !== 'string' || typeof password !== 'string') return null;
    const read = readSyncTarget({ url: server, database, username, password });
    return read.ok ? read.target : null;
  } catch {
    return null;
  }
}

export function saveTarget(target: SyncTarget): boolean {
  return storage.write(SYNC_STORAGE_KEY, JSON.stringify(target));
}

export function forgetTarget(): void {
  storage.remove(SYNC_STORAGE_KEY);
}
