import { deviceRecord } from './device-record';

/**
 * Whether the browser keeps the app's data, and asking it to. Without persistent storage a
 * browser may clear a site's data under storage pressure, and Safari clears it after seven
 * days without a visit unless the site is on the Home Screen.
 */
export type StorageStatus = {
  /** true: kept; false: may be cleared; null: the browser cannot say. */
  persisted: boolean | null;
  /** Bytes used by this site and the browser's limit for it, where the browser says. */
  usage: number | null;
  quota: number | null;
};

type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;
const manager = (): StorageManagerLike | undefined => (globalThis.navigator as Navigator | undefined)?.storage;

export async function storageStatus(storage: StorageManagerLike | undefined = manager()): Promise<StorageStatus> {
  const [persisted, estimate] = await Promise.all([
    storage?.persisted?.().catch(() => null) ?? null,
    storage?.estimate?.().catch(() => null) ?? null,
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** How long to wait before asking again a browser that said no (Firefox asks the learner). */
const ASK_AGAIN_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * After a study session: asks the browser to keep the data, unless it does already or was
 * asked within the week. Returns whether the data is kept (null: the browser cannot say).
 */
export async function keepStorageAfterSession(now: number, storage: StorageManagerLike | undefined = manager()): Promise<boolean | null> {
  if (!storage?.persist) return null;
  if (await storage.persisted?.().catch(() => false)) return true;
  const asked = deviceRecord.get().persistAskedAt;
  if (asked !== null && now - asked < ASK_AGAIN_MS) return false;
  deviceRecord.update({ persistAskedAt: now });
  return storage.persist().catch(() => false);
}

/** Asks at once, when the learner presses the button in Settings. */
export async function askToKeepStorage(now: number, storage: StorageManagerLike | undefined = manager()): Promise<boolean | null> {
  if (!storage?.persist) return null;
  deviceRecord.update({ persistAskedAt: now });
  return storage.persist().catch(() => false);
}

/**
 * Safari on an iPhone or iPad, in the browser rather than from the Home Screen: there, data is
 * cleared after seven days without a visit, and installing is what keeps it.
 */
export function isIosBrowserTab(nav: Navigator | undefined = globalThis.navigator): boolean {
  if (!nav) return false;
  const ios = /iP(hone|ad|od)/.test(nav.userAgent) || (nav.platform === 'MacIntel' && nav.maxTouchPoints > 1);
  return ios && (nav as Navigator & { standalone?: boolean }).standalone !== true;
}
