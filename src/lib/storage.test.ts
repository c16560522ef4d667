import { describe, expect, it } from 'vitest';
import { createSafeStorage, STORAGE_KEYS } from './storage';
import { memoryBackend } from '../../tests/factories/memory-backend';

describe('createSafeStorage', () => {
  it('keeps working in memory and reports it when there is no storage at all', () => {
    const storage = createSafeStorage(null);
    expect(storage.problems()).toEqual([{ kind: 'unavailable' }]);
    expect(storage.write('k', 'v')).toBe(false);
    expect(storage.read('k')).toBe('v');
  });

  it('reports a full store instead of throwing, keeps the value in memory, and clears the warning once a write succeeds', () => {
    const backend = memoryBackend({}, { quota: 10 });
    const storage = createSafeStorage(backend);
    expect(storage.write('k', 'x'.repeat(50))).toBe(false);
    expect(storage.problems()).toEqual([{ kind: 'full' }]);
    expect(storage.read('k')).toBe('x'.repeat(50));
    expect(storage.write('k', 'small')).toBe(true);
    expect(storage.problems()).toEqual([]);
  });

  it('keeps an unreadable value aside under a backup key and lists it', () => {
    const backend = memoryBackend();
    const storage = createSafeStorage(backend);
    const key = storage.keepAside('{not json', 1_700_000_000_000);
    expect(key).toBe(`${STORAGE_KEYS.backupPrefix}1700000000000`);
    expect(storage.backups()).toEqual([{ key, value: '{not json' }]);
  });

  it('tells subscribers about each problem and its dismissal', () => {
    const storage = createSafeStorage(memoryBackend());
    const seen: number[] = [];
    storage.subscribe((problems) => seen.push(problems.length));
    storage.report({ kind: 'corrupt', backupKey: null });
    storage.dismiss('corrupt');
    expect(seen).toEqual([1, 0]);
  });
});

describe('a value that could not be saved', () => {
  it('is read back in preference to the older one in storage, until a later write succeeds', () => {
    const backend = memoryBackend({}, { quota: 20 });
    const storage = createSafeStorage(backend);
    expect(storage.write('k', 'old')).toBe(true);
    expect(storage.write('k', 'new and far too long to fit')).toBe(false);
    expect(storage.read('k')).toBe('new and far too long to fit');
    expect(storage.write('k', 'newer')).toBe(true);
    expect(storage.read('k')).toBe('newer');
    backend.data.delete('k');
    expect(storage.read('k')).toBeNull(); // nothing stale is kept in memory once saved
  });
});
