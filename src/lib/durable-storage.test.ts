import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deviceRecord, EMPTY_DEVICE_RECORD, parseDeviceRecord } from './device-record';
import { askToKeepStorage, isIosBrowserTab, keepStorageAfterSession, storageStatus } from './durable-storage';

const NOW = Date.UTC(2026, 5, 1);
const DAY = 86_400_000;

function manager({ persisted = false, grant = true } = {}) {
  return {
    persisted: vi.fn(() => Promise.resolve(persisted)),
    persist: vi.fn(() => Promise.resolve(grant)),
    estimate: vi.fn(() => Promise.resolve({ usage: 2048, quota: 1_000_000 })),
  };
}

beforeEach(() => deviceRecord.update(EMPTY_DEVICE_RECORD));

describe('keepStorageAfterSession', () => {
  it('asks a browser that does not keep the data yet, and remembers when', async () => {
    const storage = manager();
    expect(await keepStorageAfterSession(NOW, storage)).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(deviceRecord.get().persistAskedAt).toBe(NOW);
  });

  it('does not ask again within a week of a no, nor a browser that keeps the data already', async () => {
    const refusing = manager({ grant: false });
    expect(await keepStorageAfterSession(NOW, refusing)).toBe(false);
    expect(await keepStorageAfterSession(NOW + 6 * DAY, refusing)).toBe(false);
    expect(refusing.persist).toHaveBeenCalledTimes(1);
    await keepStorageAfterSession(NOW + 7 * DAY, refusing);
    expect(refusing.persist).toHaveBeenCalledTimes(2);

    const keeping = manager({ persisted: true });
    expect(await keepStorageAfterSession(NOW, keeping)).toBe(true);
    expect(keeping.persist).not.toHaveBeenCalled();
  });

  it('says null where the browser has no such question', async () => {
    expect(await keepStorageAfterSession(NOW, undefined)).toBeNull();
    expect(await keepStorageAfterSession(NOW, {})).toBeNull();
    expect(await askToKeepStorage(NOW, {})).toBeNull();
  });
});

describe('storageStatus', () => {
  it('reports what the browser says, and null for what it cannot', async () => {
    expect(await storageStatus(manager({ persisted: true }))).toEqual({ persisted: true, usage: 2048, quota: 1_000_000 });
    expect(await storageStatus({})).toEqual({ persisted: null, usage: null, quota: null });
    expect(await storageStatus({ persisted: () => Promise.reject(new Error('no')) })).toEqual({ persisted: null, usage: null, quota: null });
  });
});

describe('the device record', () => {
  it('keeps each valid field of what storage holds and defaults the rest', () => {
    expect(parseDeviceRecord(null)).toEqual(EMPTY_DEVICE_RECORD);
    expect(parseDeviceRecord('{not json')).toEqual(EMPTY_DEVICE_RECORD);
    expect(parseDeviceRecord(JSON.stringify({ lastBackupAt: NOW, lastRemindedAt: -5, backupReminders: false, persistAskedAt: 'x' }))).toEqual({
      persistAskedAt: null,
      lastBackupAt: NOW,
      lastRemindedAt: null,
      backupReminders: false,
    });
  });
});

describe('isIosBrowserTab', () => {
  const nav = (userAgent: string, extra: Partial<Navigator & { standalone: boolean }> = {}) =>
    ({ userAgent, platform: '', maxTouchPoints: 0, ...extra }) as unknown as Navigator;
  it('is Safari on an iPhone or iPad outside the Home Screen', () => {
    expect(isIosBrowserTab(nav('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15'))).toBe(true);
    expect(isIosBrowserTab(nav('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', { platform: 'MacIntel', maxTouchPoints: 5 }))).toBe(true);
    expect(isIosBrowserTab(nav('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)', { standalone: true }))).toBe(false);
    expect(isIosBrowserTab(nav('Mozilla/5.0 (X11; Linux x86_64) Chrome/140'))).toBe(false);
  });
});
