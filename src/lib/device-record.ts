import { storage, STORAGE_KEYS, type SafeStorage } from './storage';

/**
 * Facts about this browser's keeping of the data, not the learner's data: when the browser was
 * last asked to keep it, when a backup was last exported here, when a backup reminder was last
 * shown, and whether to show them. They belong to this device (a backup restored elsewhere
 * must not say that device was backed up), so they live under their own key, apart from the
 * store, and are never exported. Dates are epoch ms.
 */
export type DeviceRecord = {
  persistAskedAt: number | null;
  lastBackupAt: number | null;
  lastRemindedAt: number | null;
  backupReminders: boolean;
};

export const EMPTY_DEVICE_RECORD: DeviceRecord = { persistAskedAt: null, lastBackupAt: null, lastRemindedAt: null, backupReminders: true };

const stamp = (value: unknown) => (Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : null);

/** Reads the record, keeping each valid field and defaulting the rest. */
export function parseDeviceRecord(raw: string | null): DeviceRecord {
  let value: unknown = null;
  try {
    value = raw === null ? null : JSON.parse(raw);
  } catch {
    // unreadable: start again from defaults
  }
  if (typeof value !== 'object' || value === null) return EMPTY_DEVICE_RECORD;
  const r = value as Record<string, unknown>;
  return {
    persistAskedAt: stamp(r.persistAskedAt),
    lastBackupAt: stamp(r.lastBackupAt),
    lastRemindedAt: stamp(r.lastRemindedAt),
    backupReminders: typeof r.backupReminders === 'boolean' ? r.backupReminders : true,
  };
}

export function createDeviceRecord(store: SafeStorage) {
  const listeners = new Set<() => void>();
  let current = parseDeviceRecord(store.read(STORAGE_KEYS.device));
  return {
    get: () => current,
    update(patch: Partial<DeviceRecord>) {
      current = { ...current, ...patch };
      store.write(STORAGE_KEYS.device, JSON.stringify(current));
      listeners.forEach((listener) => listener());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const deviceRecord = createDeviceRecord(storage);
