import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FOREIGN_TEXTS, hostileVariants } from '../../tests/factories/hostile-inputs';
import { generateHistory } from '../../tests/factories/learning-history';
import { createSafeStorage, STORAGE_KEYS } from '../lib/storage';
import { packLog } from '../domain/review-log-codec';
import { createAppStore, STORE_VERSION, toStored } from './app-store';
import { migrate, storedStateReader } from './stored-state';
import { WRITE_DELAY_MS } from './persistence';
import { restoreProgress, restoreQuizHistory } from './restore';
import { defaultSettings } from './settings-slice';
import { memoryBackend } from '../../tests/factories/memory-backend';

/** The settings version 6 added, at their defaults (what an older store reads with). */
const NEW_IN_6 = { translation: false, typedRecall: 'off', cardLanguage: 'interface', pinyinOnCards: false, profile: null } as const;

const NOW = Date.UTC(2026, 10, 22, 9);

const history = generateHistory({ now: NOW, days: 30 });
const validState = { settings: { ...defaultSettings(['en']), theme: 'dark' as const }, ...history, settingsChangedAt: NOW - 60_000, replacedAt: NOW - 3_600_000 };
const validBlob = { state: toStored(validState), version: STORE_VERSION };

/** As version 2 of the app wrote it: one object per review, ids of the time and 48 random bits. */
const v2History = (() => {
  const { progress, quiz } = generateHistory({ now: NOW, days: 40, seed: 5 });
  const log = progress.log.map((entry, i) => ({ ...entry, id: `${entry.reviewedAt.toString(36)}-${(i * 2_654_435_761 + 1e12).toString(36)}` }));
  return { progress: { ...progress, log }, quiz };
})();
const v2Blob = { state: { settings: { ...defaultSettings(['en']), theme: 'dark', newPerDay: 15 }, ...v2History }, version: 2 };

function open(entries: Record<string, string>, options: { quota?: number } = {}) {
  const backend = memoryBackend(entries, options);
  const storage = createSafeStorage(backend);
  const store = createAppStore(storage, () => NOW, storedStateReader);
  return { backend, storage, store };
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const untouchedPrototype = prototypeKeys();

describe('restoring what was stored', () => {
  it('reads back exactly what the app wrote', () => {
    const { store } = open({ [STORAGE_KEYS.state]: JSON.stringify(validBlob) });
    expect(store.getState().progress).toEqual(history.progress);
    expect(store.getState().quiz).toEqual(history.quiz);
    expect(store.getState().settings.theme).toBe('dark');
  });

  it('survives a write and a reopen unchanged', () => {
    const first = open({ [STORAGE_KEYS.state]: JSON.stringify(validBlob) });
    first.store.getState().setTheme('light');
    first.store.flush();
    const reopened = createAppStore(createSafeStorage(first.backend), () => NOW, storedStateReader);
    expect(reopened.getState().progress).toEqual(history.progress);
    expect(reopened.getState().quiz).toEqual(history.quiz);
    expect(reopened.getState().settings.theme).toBe('light');
  });

  it('treats absent progress or quiz history as empty, and anything malformed as untrustworthy', () => {
    expect(restoreProgress(undefined, NOW)).toEqual({ cards: {}, log: [], starred: [] });
    expect(restoreQuizHistory(undefined, NOW)).toEqual({ attempts: [], missed: {} });
    expect(restoreProgress({ cards: {}, log: [{}], starred: [] }, NOW)).toBeNull();
    expect(restoreQuizHistory({ attempts: [], missed: { iaas: Number.NaN } }, NOW)).toBeNull();
  });

  it('reads the stamps by which tabs agree, and forgets a bad one without refusing the data', () => {
    const { store } = open({ [STORAGE_KEYS.state]: JSON.stringify(validBlob) });
    expect(store.getState()).toMatchObject({ settingsChangedAt: NOW - 60_000, replacedAt: NOW - 3_600_000 });
    for (const bad of ['soon', -1, 1.5, NOW + 400 * 86_400_000, null]) {
      const { store: reopened, storage } = open({ [STORAGE_KEYS.state]: JSON.stringify({ ...validBlob, state: { ...validBlob.state, replacedAt: bad, settingsChangedAt: bad } }) });
      expect(reopened.getState()).toMatchObject({ settingsChangedAt: 0, replacedAt: 0 });
      expect(reopened.getState().progress).toEqual(history.progress);
      expect(storage.problems()).toEqual([]);
    }
  });

  it('refuses prototype-polluting keys in progress and quiz history', () => {
    expect(restoreProgress(JSON.parse('{"cards": {}, "log": [], "starred": [], "__proto__": {"polluted": 1}}'), NOW)).toBeNull();
    expect(restoreQuizHistory(JSON.parse('{"attempts": [], "missed": {"constructor": 5}}'), NOW)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('migrations from every earlier version', () => {
  it('has a step for each version below the current one', () => {
    // Versions 1 to 5 are the earlier ones. A new version must add a case here.
    expect(STORE_VERSION).toBe(6);
  });

  it('v1 → v3: a real version 1 blob keeps every setting, with empty progress and quiz history', () => {
    const v1 = '{"state":{"settings":{"language":"zh","theme":"dark","newPerDay":7,"reviewsPerDay":120,"retention":0.88,"directions":"definition-first"}},"version":1}';
    const { store, storage } = open({ [STORAGE_KEYS.state]: v1 });
    expect(store.getState().settings).toEqual({ language: 'zh', theme: 'dark', newPerDay: 7, reviewsPerDay: 120, retention: 0.88, directions: 'definition-first', leechFailures: 8, missedPerDay: 10, track: 'foundations', autoPlay: false, speakDefinitions: false, ...NEW_IN_6 });
    expect(store.getState().progress).toEqual({ cards: {}, log: [], starred: [] });
    expect(store.getState().quiz).toEqual({ attempts: [], missed: {} });
    expect(storage.problems()).toEqual([]);
  });

  it('v2 → v3: a real version 2 blob keeps every review (ids as they were), card, star, quiz and setting', () => {
    const { store, storage } = open({ [STORAGE_KEYS.state]: JSON.stringify(v2Blob) });
    expect(store.getState().progress).toEqual(v2History.progress);
    expect(store.getState().quiz).toEqual(v2History.quiz);
    expect(store.getState().settings).toEqual(v2Blob.state.settings);
    expect(storage.problems()).toEqual([]);
  });

  it('v2 → v3 writes the packed state back once, a fraction of the size, which reads back the same', () => {
    vi.useFakeTimers();
    try {
      const text = JSON.stringify(v2Blob);
      const { backend } = open({ [STORAGE_KEYS.state]: text });
      vi.advanceTimersByTime(WRITE_DELAY_MS);
      const written = backend.data.get(STORAGE_KEYS.state)!;
      expect(JSON.parse(written)).toMatchObject({ version: STORE_VERSION, state: { progress: { log: packLog(v2History.progress.log) } } });
      expect(written.length).toBeLessThan(text.length / 2.5); // its random ids are kept: most of what is left
      const reopened = createAppStore(createSafeStorage(backend), () => NOW, storedStateReader);
      expect(reopened.getState().progress).toEqual(v2History.progress);
      expect(reopened.getState().quiz).toEqual(v2History.quiz);
    } finally {
      vi.useRealTimers();
    }
  });

  it('v2 with a bad review is kept aside whole, as before', () => {
    const bad = structuredClone(v2Blob) as unknown as { state: { progress: { log: Record<string, unknown>[] } } };
    bad.state.progress.log[3]!.grade = 9;
    const text = JSON.stringify(bad);
    const { store, storage, backend } = open({ [STORAGE_KEYS.state]: text });
    expect(store.getState().progress.log).toEqual([]);
    const problem = storage.problems()[0];
    expect(problem?.kind).toBe('corrupt');
    expect(backend.data.get(problem?.kind === 'corrupt' ? problem.backupKey! : '')).toBe(text);
  });

  it('v1 → v2 keeps the settings and adds empty progress and quiz history', () => {
    const v1 = { settings: { language: 'zh', theme: 'dark', newPerDay: 5, reviewsPerDay: 50, retention: 0.85, directions: 'term-first' } };
    const { store, storage } = open({ [STORAGE_KEYS.state]: JSON.stringify({ state: v1, version: 1 }) });
    expect(store.getState().settings).toEqual({ ...v1.settings, leechFailures: 8, missedPerDay: 10, track: 'foundations', autoPlay: false, speakDefinitions: false, ...NEW_IN_6 });
    expect(store.getState().progress).toEqual({ cards: {}, log: [], starred: [] });
    expect(store.getState().quiz).toEqual({ attempts: [], missed: {} });
    expect(storage.problems()).toEqual([]);
  });

  it('v1 → v2 writes the upgraded state back, so the upgrade happens once', () => {
    vi.useFakeTimers();
    try {
      const { backend } = open({ [STORAGE_KEYS.state]: JSON.stringify({ state: { settings: { theme: 'light' } }, version: 1 }) });
      vi.advanceTimersByTime(WRITE_DELAY_MS);
      const written = JSON.parse(backend.data.get(STORAGE_KEYS.state) ?? 'null');
      expect(written).toMatchObject({ version: STORE_VERSION, state: { settings: { theme: 'light' }, progress: { log: packLog([]) } } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('v1 with broken settings keeps what it can', () => {
    const { store } = open({ [STORAGE_KEYS.state]: JSON.stringify({ state: { settings: { theme: 'dark', newPerDay: 'many' } }, version: 1 }) });
    expect(store.getState().settings).toMatchObject({ theme: 'dark', newPerDay: 20 });
  });

  it('v3 → v4: a version 3 store keeps everything, with no notes and the default leech threshold', () => {
    const { settings, ...rest } = validBlob.state;
    const { leechFailures: _, autoPlay: _a, speakDefinitions: _s, ...v3Settings } = settings;
    const v3 = { state: { ...rest, settings: v3Settings }, version: 3 };
    const { store, storage } = open({ [STORAGE_KEYS.state]: JSON.stringify(v3) });
    expect(store.getState().progress).toEqual(history.progress);
    expect(store.getState().progress.notes).toBeUndefined();
    expect(store.getState().settings).toEqual({ ...v3Settings, leechFailures: 8, track: 'foundations', autoPlay: false, speakDefinitions: false });
    expect(storage.problems()).toEqual([]);
  });

  it('v4 → v5: a version 4 store keeps every setting, with speech off until the learner turns it on', () => {
    const { settings, ...rest } = validBlob.state;
    const { autoPlay: _a, speakDefinitions: _s, ...v4Settings } = settings;
    const v4 = { state: { ...rest, settings: { ...v4Settings, leechFailures: 5 } }, version: 4 };
    const { store, storage } = open({ [STORAGE_KEYS.state]: JSON.stringify(v4) });
    expect(store.getState().progress).toEqual(history.progress);
    expect(store.getState().settings).toEqual({ ...v4Settings, leechFailures: 5, autoPlay: false, speakDefinitions: false });
    expect(storage.problems()).toEqual([]);
  });

  it('v5: the speech settings are written and read back', () => {
    const spoken = { ...validBlob, state: { ...validBlob.state, settings: { ...validBlob.state.settings, autoPlay: true, speakDefinitions: true } } };
    expect(open({ [STORAGE_KEYS.state]: JSON.stringify(spoken) }).store.getState().settings).toMatchObject({ autoPlay: true, speakDefinitions: true });
  });

  it('v4: notes in the learner’s words are written and read back; a bad one refuses the store', () => {
    const notes = { 'hybrid-cloud': { text: 'Mine + theirs, one network', at: NOW - 1000 } };
    const withNotes = { ...validBlob, state: { ...validBlob.state, progress: { ...validBlob.state.progress, notes } } };
    expect(open({ [STORAGE_KEYS.state]: JSON.stringify(withNotes) }).store.getState().progress.notes).toEqual(notes);
    const tooLong = structuredClone(withNotes);
    tooLong.state.progress.notes['hybrid-cloud'].text = 'x'.repeat(2001);
    expect(open({ [STORAGE_KEYS.state]: JSON.stringify(tooLong) }).storage.problems()[0]?.kind).toBe('corrupt');
  });

  it('v5 → v6: a version 5 store keeps everything, with the new settings at their defaults and no first-run choice made', () => {
    const { settings, ...rest } = validBlob.state;
    const { translation: _t, typedRecall: _r, cardLanguage: _c, pinyinOnCards: _p, profile: _f, ...v4Settings } = settings;
    const { store, storage } = open({ [STORAGE_KEYS.state]: JSON.stringify({ state: { ...rest, settings: v4Settings }, version: 5 }) });
    expect(store.getState().progress).toEqual(history.progress);
    expect(store.getState().settings).toEqual({ ...v4Settings, ...NEW_IN_6 });
    expect(storage.problems()).toEqual([]);
  });

  it('v6: cards of the new kinds and the settings that choose them are written and read back', () => {
    const card = { due: NOW + 86_400_000, stability: 2.5, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, phase: 'review', lastReview: NOW - 1000 };
    const cards = { ...validBlob.state.progress.cards, 'hybrid-cloud:en-zh': card, 'hybrid-cloud:zh-en': card, 'hybrid-cloud:type-en': card, 'hybrid-cloud:type-zh': card };
    const chosen = { translation: true, typedRecall: 'zh', cardLanguage: 'zh', pinyinOnCards: true, profile: 'learn-zh' };
    const blob = { ...validBlob, state: { ...validBlob.state, settings: { ...validBlob.state.settings, ...chosen }, progress: { ...validBlob.state.progress, cards } } };
    const { store, storage } = open({ [STORAGE_KEYS.state]: JSON.stringify(blob) });
    expect(storage.problems()).toEqual([]);
    expect(store.getState().progress.cards).toEqual(cards);
    expect(store.getState().settings).toMatchObject(chosen);
    // A kind that does not exist is damage, kept aside, not read.
    const unknown = { ...blob, state: { ...blob.state, progress: { ...blob.state.progress, cards: { ...cards, 'hybrid-cloud:type-fr': card } } } };
    expect(open({ [STORAGE_KEYS.state]: JSON.stringify(unknown) }).storage.problems()[0]?.kind).toBe('corrupt');
  });

  it('migrate is the identity for the current version and refuses a newer one', () => {
    expect(migrate(validBlob.state, STORE_VERSION)).toBe(validBlob.state);
    expect(() => migrate(validBlob.state, STORE_VERSION + 1)).toThrow(/newer/);
  });
});

describe('a stored blob that cannot be trusted', () => {
  const blobText = JSON.stringify(validBlob);
  const hostile = (blob: unknown) =>
    hostileVariants(blob, {
      // Settings are repaired field by field rather than refused (nothing learned is at stake),
      // as are the stamps by which tabs agree (a bad one is forgotten: see below), and a state
      // without progress or quiz history starts them empty.
      skip: (path) => path[0] === 'state' && (path[1] === 'settings' || path[1] === 'settingsChangedAt' || path[1] === 'replacedAt'),
      optional: (path) => path.length === 2 && path[0] === 'state',
    });
  const cases = [
    ...hostile(validBlob),
    // The same, to a blob version 2 wrote (one object per review), which is migrated first.
    ...hostile(v2Blob).map((c) => ({ ...c, name: `version 2: ${c.name}` })),
    ...FOREIGN_TEXTS,
    { name: 'a store from a version far beyond any', text: JSON.stringify({ ...validBlob, version: STORE_VERSION + 1000 }) },
    { name: 'version 0', text: JSON.stringify({ ...validBlob, version: 0 }) },
    { name: 'version as a string', text: JSON.stringify({ ...validBlob, version: '2' }) },
    { name: 'a version 3 blob with its log unpacked', text: JSON.stringify({ ...validBlob, state: validState }) },
    { name: 'a version 2 blob with its log packed', text: JSON.stringify({ ...validBlob, version: 2 }) },
  ];

  it('comes in at least 200 kinds, for each stored form', () => {
    expect(cases.filter((c) => !c.name.startsWith('version 2:')).length).toBeGreaterThanOrEqual(200);
    expect(cases.filter((c) => c.name.startsWith('version 2:')).length).toBeGreaterThanOrEqual(200);
    expect(blobText.length).toBeGreaterThan(1000);
  });

  it('starts from blobs that are valid', () => {
    for (const blob of [validBlob, v2Blob]) {
      const { store, storage } = open({ [STORAGE_KEYS.state]: JSON.stringify(blob) });
      expect(storage.problems()).toEqual([]);
      expect(store.getState().progress.log.length).toBeGreaterThan(100);
    }
  });

  it.each(cases.map((c) => [c.name, c.text] as const))('is kept aside and the app starts clean: %s', (_name, text) => {
    let opened: ReturnType<typeof open> | undefined;
    expect(() => {
      opened = open({ [STORAGE_KEYS.state]: text });
    }).not.toThrow();
    const { store, storage, backend } = opened!;
    expect(store.getState().progress).toEqual({ cards: {}, log: [], starred: [] });
    expect(store.getState().quiz).toEqual({ attempts: [], missed: {} });
    const problem = storage.problems().find((p) => p.kind === 'corrupt');
    expect(problem).toBeDefined();
    const backupKey = problem?.kind === 'corrupt' ? problem.backupKey : null;
    expect(backupKey).toMatch(/^cloudcards:backup:/);
    expect(backend.data.get(backupKey!)).toBe(text);
    expect(storage.backups()).toEqual([{ key: backupKey, value: text }]);
    expect(prototypeKeys()).toEqual(untouchedPrototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('keeping data aside', () => {
  it('moves it rather than copying it: the next start is clean and quiet', () => {
    const { backend } = open({ [STORAGE_KEYS.state]: '{"state": [' });
    expect(backend.data.has(STORAGE_KEYS.state)).toBe(false);
    const again = createSafeStorage(backend);
    createAppStore(again, () => NOW + 1000, storedStateReader);
    expect(again.problems()).toEqual([]);
    expect(again.backups()).toHaveLength(1);
  });

  it('never writes one backup over another, even in the same millisecond', () => {
    const backend = memoryBackend();
    const storage = createSafeStorage(backend);
    expect(storage.keepAside('first', NOW)).toBe(`${STORAGE_KEYS.backupPrefix}${NOW}`);
    expect(storage.keepAside('second', NOW)).toBe(`${STORAGE_KEYS.backupPrefix}${NOW}-2`);
    expect(storage.keepAside('first', NOW + 5)).toBe(`${STORAGE_KEYS.backupPrefix}${NOW}`); // already kept
    expect(storage.backups().map((b) => b.value)).toEqual(['first', 'second']);
  });

  it('leaves the original in place, never overwritten, when storage is too full to copy it', () => {
    const blob = `{"state": ${'['.repeat(10)}`.padEnd(600, ' ');
    const { backend, storage, store } = open({ [STORAGE_KEYS.state]: blob }, { quota: 800 });
    expect(storage.problems().map((p) => p.kind).sort()).toEqual(['full', 'held']);
    store.getState().setTheme('dark');
    store.flush();
    expect(backend.data.get(STORAGE_KEYS.state)).toBe(blob); // not overwritten
    expect(store.getState().settings.theme).toBe('dark'); // the app goes on, in memory
    expect(storage.backups()[0]?.value).toBe(blob); // and the copy can still be downloaded
  });
});

describe('writing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is debounced: a burst of changes is one write', () => {
    const backend = memoryBackend();
    const setItem = vi.spyOn(backend, 'setItem');
    const store = createAppStore(createSafeStorage(backend), () => NOW, storedStateReader);
    setItem.mockClear();
    for (let i = 0; i < 50; i++) store.getState().updateSettings({ newPerDay: i });
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(WRITE_DELAY_MS);
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(JSON.parse(backend.data.get(STORAGE_KEYS.state)!).state.settings.newPerDay).toBe(49);
  });

  it('flushes at once when the page is hidden or closed, so a closed tab loses nothing', () => {
    const backend = memoryBackend();
    const store = createAppStore(createSafeStorage(backend), () => NOW, storedStateReader);
    store.getState().updateSettings({ newPerDay: 7 });
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(backend.data.get(STORAGE_KEYS.state)!).state.settings.newPerDay).toBe(7);
  });

  it('keeps the state in memory and says so when storage is full, then recovers', () => {
    const backend = memoryBackend({}, { quota: 800 }); // an empty state fits; five days of reviews do not
    const storage = createSafeStorage(backend);
    const store = createAppStore(storage, () => NOW, storedStateReader);
    store.getState().replaceData({ settings: store.getState().settings, ...generateHistory({ now: NOW, days: 5 }) });
    expect(() => store.flush()).not.toThrow();
    expect(storage.problems()).toEqual([{ kind: 'full' }]);
    expect(store.getState().progress.log.length).toBeGreaterThan(0);
    store.getState().resetAll();
    store.flush();
    expect(storage.problems()).toEqual([]);
  });
});
