import { describe, expect, it, vi } from 'vitest';
import { createSafeStorage, STORAGE_KEYS } from '../lib/storage';
import { createAppStore, STORE_VERSION } from './app-store';
import { storedStateReader } from './stored-state';
import { memoryBackend } from '../../tests/factories/memory-backend';

const NOW = Date.UTC(2026, 10, 22, 9);

describe('the app store', () => {
  it('starts with defaults when nothing is stored, and remembers a change', () => {
    const backend = memoryBackend({});
    const store = createAppStore(createSafeStorage(backend), () => NOW, storedStateReader);
    store.getState().setLanguage('zh');
    store.flush();
    const saved = JSON.parse(backend.getItem(STORAGE_KEYS.state) ?? 'null');
    expect(saved).toMatchObject({ version: STORE_VERSION, state: { settings: { language: 'zh' } } });
    const reopened = createAppStore(createSafeStorage(backend), () => NOW, storedStateReader);
    expect(reopened.getState().settings.language).toBe('zh');
  });

  it('starts cleanly from garbage, keeps the garbage aside and says so', () => {
    const backend = memoryBackend({ [STORAGE_KEYS.state]: '{"state": {"settings": ' });
    const storage = createSafeStorage(backend);
    const store = createAppStore(storage, () => NOW, storedStateReader);
    expect(store.getState().settings.theme).toBe('system');
    const backupKey = `${STORAGE_KEYS.backupPrefix}${NOW}`;
    expect(storage.problems()).toEqual([{ kind: 'corrupt', backupKey }]);
    expect(backend.getItem(backupKey)).toBe('{"state": {"settings": ');
  });

  it('leaves data from a newer version where it is, unread and unwritten, rather than guessing at it', () => {
    const newer = JSON.stringify({ version: STORE_VERSION + 1, state: { settings: {} } });
    const backend = memoryBackend({ [STORAGE_KEYS.state]: newer });
    const storage = createSafeStorage(backend);
    createAppStore(storage, () => NOW, storedStateReader);
    expect(storage.problems()).toEqual([{ kind: 'held', key: STORAGE_KEYS.state, reason: 'newer' }]);
    expect(backend.getItem(STORAGE_KEYS.state)).toBe(newer);
  });

  it('repairs invalid settings field by field', () => {
    const stored = JSON.stringify({ version: 1, state: { settings: { language: 'fr', theme: 'dark', retention: 5 } } });
    const store = createAppStore(createSafeStorage(memoryBackend({ [STORAGE_KEYS.state]: stored })), () => NOW, storedStateReader);
    expect(store.getState().settings).toMatchObject({ theme: 'dark', retention: 0.97 });
    expect(['en', 'zh']).toContain(store.getState().settings.language);
  });

  it('keeps learning in memory when storage is missing', () => {
    const storage = createSafeStorage(null);
    const store = createAppStore(storage, () => NOW, storedStateReader);
    store.getState().setTheme('dark');
    store.flush();
    expect(store.getState().settings.theme).toBe('dark');
    expect(storage.problems()).toEqual([{ kind: 'unavailable' }]);
  });
});

describe('a first visit', () => {
  it('reports no problem when nothing has been stored yet', () => {
    const storage = createSafeStorage(memoryBackend({}));
    createAppStore(storage, () => NOW, storedStateReader);
    expect(storage.problems()).toEqual([]);
  });
});

describe('reading what is stored only when something is', () => {
  const stored = JSON.stringify({ version: 1, state: { settings: { language: 'zh', theme: 'dark', newPerDay: 7 } } });

  it('on a first visit (nothing stored) is whole at once, and saves a change', async () => {
    const backend = memoryBackend({});
    const store = createAppStore(createSafeStorage(backend), () => NOW);
    expect(store.getState().settings.theme).toBe('system');
    store.getState().setTheme('dark');
    expect(store.flush()).toBe(true);
    expect(JSON.parse(backend.getItem(STORAGE_KEYS.state)!)).toMatchObject({ state: { settings: { theme: 'dark' } } });
    await expect(store.ready).resolves.toBeUndefined();
  });

  it('writes nothing over stored data before it has read it, then shows it and saves what changes', async () => {
    const backend = memoryBackend({ [STORAGE_KEYS.state]: stored });
    const storage = createSafeStorage(backend);
    const store = createAppStore(storage, () => NOW);
    store.getState().setTheme('light'); // before the stored data has been read: not written
    store.flush();
    expect(backend.getItem(STORAGE_KEYS.state)).toBe(stored);
    await store.ready;
    expect(store.getState().settings).toMatchObject({ language: 'zh', theme: 'dark', newPerDay: 7 });
    expect(storage.problems()).toEqual([]);
    store.getState().setTheme('light');
    store.flush();
    expect(JSON.parse(backend.getItem(STORAGE_KEYS.state)!)).toMatchObject({ version: STORE_VERSION, state: { settings: { theme: 'light', newPerDay: 7 } } });
  });

  it('leaves stored data untouched, and says so through `ready`, when the code that reads it cannot load', async () => {
    vi.doMock('./stored-state', () => {
      throw new Error('offline');
    });
    try {
      const backend = memoryBackend({ [STORAGE_KEYS.state]: stored });
      const storage = createSafeStorage(backend);
      const store = createAppStore(storage, () => NOW);
      await expect(store.ready).rejects.toThrow();
      store.getState().setTheme('light');
      store.flush();
      expect(backend.getItem(STORAGE_KEYS.state)).toBe(stored);
      expect(storage.backups()).toEqual([]);
      expect(storage.problems()).toEqual([]);
    } finally {
      vi.doUnmock('./stored-state');
    }
  });
});

describe('a state with a slice missing', () => {
  it('is kept aside and said, not started as an empty slice without a word', () => {
    const text = JSON.stringify({ version: STORE_VERSION, state: { settings: { theme: 'dark' }, quiz: { attempts: [], missed: {} } } });
    const backend = memoryBackend({ [STORAGE_KEYS.state]: text });
    const storage = createSafeStorage(backend);
    createAppStore(storage, () => NOW, storedStateReader);
    expect(storage.problems()).toEqual([{ kind: 'corrupt', backupKey: `${STORAGE_KEYS.backupPrefix}${NOW}` }]);
    expect(backend.getItem(`${STORAGE_KEYS.backupPrefix}${NOW}`)).toBe(text);
  });
});

describe('migrations', () => {
  it('upgrades a version 1 store (settings only) without losing the settings', () => {
    const v1 = JSON.stringify({ version: 1, state: { settings: { language: 'zh', theme: 'dark', newPerDay: 5 } } });
    const backend = memoryBackend({ [STORAGE_KEYS.state]: v1 });
    const storage = createSafeStorage(backend);
    const store = createAppStore(storage, () => NOW, storedStateReader);
    expect(store.getState().settings).toMatchObject({ language: 'zh', theme: 'dark', newPerDay: 5 });
    expect(store.getState().progress).toEqual({ cards: {}, log: [], starred: [] });
    expect(store.getState().quiz).toEqual({ attempts: [], missed: {} });
    expect(storage.problems()).toEqual([]);
  });

  it('keeps a store whose progress is malformed aside and starts clean', () => {
    const bad = JSON.stringify({ version: STORE_VERSION, state: { settings: {}, progress: { cards: { 'x:forward': { due: 'soon' } }, log: [], starred: [] }, quiz: { attempts: [], missed: {} } } });
    const backend = memoryBackend({ [STORAGE_KEYS.state]: bad });
    const storage = createSafeStorage(backend);
    const store = createAppStore(storage, () => NOW, storedStateReader);
    expect(store.getState().progress.cards).toEqual({});
    expect(storage.problems()[0]).toEqual({ kind: 'corrupt', backupKey: `${STORAGE_KEYS.backupPrefix}${NOW}` });
    expect(backend.getItem(`${STORAGE_KEYS.backupPrefix}${NOW}`)).toBe(bad);
  });
});
