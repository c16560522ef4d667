/**
 * Storage that is full, blocked, too small to copy aside, holds a newer version, or is dated
 * ahead of the clock: the store still shows what is stored, loses nothing, and says which it is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardMapArb, NOW as ARB_NOW, reviewLogArb } from '../../tests/factories/arbitraries';
import { generateHistory } from '../../tests/factories/learning-history';
import { memoryBackend } from '../../tests/factories/memory-backend';
import { mergeReviewLogs } from '../domain/merge';
import { createSafeStorage, STORAGE_KEYS, type Backend } from '../lib/storage';
import { createAppStore, STORE_VERSION, toStored, type SavedState } from './app-store';
import { readStoredState, storedStateReader } from './stored-state';
import { readOtherTabState } from './tab-connect';
import { defaultSettings } from './settings-slice';

const NOW = Date.UTC(2026, 10, 22, 9);
const DAY = 86_400_000;

function savedState(now = NOW, reviews = 28): SavedState {
  const history = generateHistory({ now, days: 5, reviewsPerDay: 10, skip: 0 });
  const log = history.progress.log.slice(-reviews);
  return { settings: defaultSettings(['en']), ...history, progress: { ...history.progress, log }, settingsChangedAt: 0, replacedAt: 0 };
}
const stored = (state: SavedState, version = STORE_VERSION) => JSON.stringify({ state: toStored(state), version });

/** A backend whose writes all throw as a browser that blocks storage does; reads work. */
function blockedBackend(entries: Record<string, string>): Backend {
  const backend = memoryBackend(entries);
  return {
    ...backend,
    get length() {
      return backend.length;
    },
    setItem: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  };
}

describe('full or blocked storage', () => {
  it('shows what a completely full store holds, keeps new work in memory, and says it is full', () => {
    const raw = stored(savedState());
    const backend = memoryBackend({ [STORAGE_KEYS.state]: raw }, { quota: raw.length });
    const storage = createSafeStorage(backend);
    const store = createAppStore(storage, () => NOW, storedStateReader);
    expect(store.getState().progress.log).toHaveLength(28);
    expect(storage.problems()).toEqual([{ kind: 'full' }]);
  });

  it('shows what a blocked store holds, and says the browser is blocking saves (not that it is full)', () => {
    const raw = stored(savedState());
    const storage = createSafeStorage(blockedBackend({ [STORAGE_KEYS.state]: raw }));
    const store = createAppStore(storage, () => NOW, storedStateReader);
    expect(store.getState().progress.log).toHaveLength(28);
    expect(storage.problems()).toEqual([{ kind: 'unavailable' }]);
    store.getState().setTheme('dark');
    store.flush();
    expect(store.getState().settings.theme).toBe('dark');
  });
});

describe('stored data this tab cannot take', () => {
  it('leaves a newer version in place and unwritten, and says to reload', () => {
    const newer = JSON.stringify({ version: STORE_VERSION + 1, state: { settings: {}, progress: {}, quiz: {} } });
    const backend = memoryBackend({ [STORAGE_KEYS.state]: newer });
    const storage = createSafeStorage(backend);
    const store = createAppStore(storage, () => NOW, storedStateReader);
    expect(storage.problems()).toEqual([{ kind: 'held', key: STORAGE_KEYS.state, reason: 'newer' }]);
    store.getState().setTheme('dark');
    store.flush();
    expect(backend.getItem(STORAGE_KEYS.state)).toBe(newer);
    expect(storage.backups()).toEqual([]);
  });

  it('stops an older tab writing once a newer version has written, and says to reload', () => {
    const backend = memoryBackend({ [STORAGE_KEYS.state]: stored(savedState()) });
    const storage = createSafeStorage(backend);
    const store = createAppStore(storage, () => NOW, storedStateReader);
    const newer = JSON.stringify({ version: STORE_VERSION + 1, state: { settings: {}, progress: {}, quiz: {} } });
    backend.setItem(STORAGE_KEYS.state, newer); // the other tab writes
    expect(readOtherTabState(newer, storage, NOW)).toBeNull();
    store.getState().setTheme('dark');
    store.flush();
    expect(backend.getItem(STORAGE_KEYS.state)).toBe(newer);
    expect(storage.problems()).toEqual([{ kind: 'held', key: STORAGE_KEYS.state, reason: 'newer' }]);
  });

  it('keeps aside progress marked version 1 (which had none) instead of wiping it', () => {
    const state = savedState();
    const v1 = JSON.stringify({ version: 1, state: { settings: state.settings, progress: state.progress, quiz: state.quiz } });
    const backend = memoryBackend({ [STORAGE_KEYS.state]: v1 });
    const storage = createSafeStorage(backend);
    createAppStore(storage, () => NOW, storedStateReader);
    const backupKey = `${STORAGE_KEYS.backupPrefix}${NOW}`;
    expect(storage.problems()).toEqual([{ kind: 'corrupt', backupKey }]);
    expect(backend.getItem(backupKey)).toBe(v1);
  });

  it('says the clock looks wrong when it is 400 days behind, changes nothing, and reads it all once the clock is right', () => {
    const raw = stored(savedState());
    const backend = memoryBackend({ [STORAGE_KEYS.state]: raw });
    const behind = createSafeStorage(backend);
    const store = createAppStore(behind, () => NOW - 400 * DAY, storedStateReader);
    expect(behind.problems()).toEqual([{ kind: 'held', key: STORAGE_KEYS.state, reason: 'clock' }]);
    store.getState().setTheme('dark');
    store.flush();
    expect(backend.getItem(STORAGE_KEYS.state)).toBe(raw);
    expect(behind.backups()).toEqual([]);
    const right = createSafeStorage(backend);
    expect(createAppStore(right, () => NOW, storedStateReader).getState().progress.log).toHaveLength(28);
    expect(right.problems()).toEqual([]);
  });

  it('holds an unreadable value too large to copy aside, then saves new progress once released', () => {
    const blob = `{"state":${'x'.repeat(4_900_000)}`;
    const backend = memoryBackend({ [STORAGE_KEYS.state]: blob }, { quota: 5_000_000 });
    const storage = createSafeStorage(backend);
    const store = createAppStore(storage, () => NOW, storedStateReader);
    expect(storage.problems()).toContainEqual({ kind: 'held', key: STORAGE_KEYS.state, reason: 'too-large' });
    store.getState().setTheme('dark');
    store.flush();
    expect(backend.getItem(STORAGE_KEYS.state)).toBe(blob);
    expect(storage.read(STORAGE_KEYS.state)).toBe(blob); // still there to download
    storage.release(STORAGE_KEYS.state);
    store.setState({});
    store.flush();
    expect(JSON.parse(backend.getItem(STORAGE_KEYS.state)!)).toMatchObject({ state: { settings: { theme: 'dark' } } });
    expect(storage.problems()).toEqual([]);
  });
});

describe('what is accepted round-trips', () => {
  it('property: any accepted state, written and read back, is the same state', () => {
    fc.assert(
      fc.property(cardMapArb(), reviewLogArb(), (cards, rawLog) => {
        const log = mergeReviewLogs([], rawLog.map((e) => ({ ...e, id: `${e.id}-${e.cardId}` })));
        const state: SavedState = { settings: defaultSettings(['en']), progress: { cards, log, starred: ['iaas'] }, quiz: { attempts: [], missed: {} }, settingsChangedAt: 0, replacedAt: 0 };
        const once = readStoredState(stored(state), ARB_NOW);
        expect(once).not.toBeNull();
        expect(JSON.parse(JSON.stringify(once))).toEqual(JSON.parse(JSON.stringify(state)));
        expect(readStoredState(stored(once!), ARB_NOW)).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it('reads back a state with counts at the limit after a grade', () => {
    const state = savedState();
    const [id, card] = Object.entries(state.progress.cards)[0]!;
    const worn = { ...state, progress: { ...state.progress, cards: { ...state.progress.cards, [id]: { ...card!, reps: 1e8, lapses: 1e8 } } } };
    expect(readStoredState(stored(worn), NOW)).not.toBeNull();
  });
});
