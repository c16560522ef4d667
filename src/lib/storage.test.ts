import { describe, expect, it } from 'vitest';
import { createSafeStorage, STORAGE_KEYS, type Backend } from './storage';

function mapBackend(options: { quota?: number } = {}): Backend & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      const used = [...data.values()].reduce((sum, value) => sum + value.length, 0);
      if (options.quota !== undefined && used + v.length > options.quota) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}

describe('createSafeStorage', () => {
  it('keeps working in memory and reports it when there is no storage at all', () => {
    const storage = createSafeStorage(null);
    expect(storage.problems()).toEqual([{ kind: 'unavailable' }]);
    expect(storage.write('k', 'v')).toBe(false);
    expect(storage.read('k')).toBe('v');
  });

  it('reports a full store instead of throwing, keeps the value in memory, and clears the warning once a write succeeds', () => {
    const backend = mapBackend({ quota: 10 });
    const storage = createSafeStorage(backend);
    expect(storage.write('k', 'x'.repeat(50))).toBe(false);
    expect(storage.problems()).toEqual([{ kind: 'full' }]);
    expect(storage.read('k')).toBe('x'.repeat(50));
    expect(storage.write('k', 'small')).toBe(true);
    expect(storage.problems()).toEqual([]);
  });

  it('keeps an unreadable value aside under a backup key and lists it', () => {
    const backend = mapBackend();
    const storage = createSafeStorage(backend);
    const key = storage.keepAside('{not json', 1_700_000_000_000);
    expect(key).toBe(`${STORAGE_KEYS.backupPrefix}1700000000000`);
    expect(storage.backups()).toEqual([{ key, value: '{not json' }]);
  });

  it('tells subscribers about each problem and its dismissal', () => {
    const storage = createSafeStorage(mapBackend());
    const seen: number[] = [];
    storage.subscribe((problems) => seen.push(problems.length));
    storage.report({ kind: 'corrupt', backupKey: null });
    storage.dismiss('corrupt');
    expect(seen).toEqual([1, 0]);
  });
});

describe('a value that could not be saved', () => {
  it('is read back in preference to the older one in storage, until a later write succeeds', () => {
    const backend = mapBackend({ quota: 20 });
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
