import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attemptArb, cardMapArb, NOW as ARB_NOW, reviewLogArb } from '../../../tests/factories/arbitraries';
import { FOREIGN_TEXTS, hostileVariants } from '../../../tests/factories/hostile-inputs';
import { generateHistory } from '../../../tests/factories/learning-history';
import { applyImport, createBackup, serializeBackup } from '../../domain/backup';
import { mergeAttempts, mergeReviewLogs } from '../../domain/merge';
import { createSafeStorage } from '../../lib/storage';
import { createAppStore, STORE_VERSION, type PersistedState } from '../../stores/app-store';
import { readStoredState, storedStateReader } from '../../stores/stored-state';
import { STORAGE_KEYS } from '../../lib/storage';
import { defaultSettings } from '../../stores/settings-slice';
import { settingsMessages } from './messages';
import { describeIssue, readImport, validateSettings } from './read-import';
import { memoryBackend } from '../../../tests/factories/memory-backend';

const NOW = Date.UTC(2026, 10, 22, 9);
const defaults = defaultSettings(['en']);

const snapshot = (state: PersistedState) => JSON.parse(JSON.stringify({ settings: state.settings, progress: state.progress, quiz: state.quiz })) as PersistedState;

describe('import → export, as a property', () => {
  const DAY = 86_400_000;
  const termIdArb = fc.constantFrom('iaas', 'paas', 'saas', 'elasticity', 'toString');
  const backupArb = fc.record({
    theme: fc.constantFrom('system', 'light', 'dark'),
    newPerDay: fc.integer({ min: 0, max: 999 }),
    cards: cardMapArb(ARB_NOW),
    log: reviewLogArb(ARB_NOW),
    starred: fc.uniqueArray(termIdArb, { maxLength: 4 }),
    notes: fc.option(fc.dictionary(termIdArb, fc.record({ text: fc.string({ maxLength: 40 }), at: fc.integer({ min: ARB_NOW - 30 * DAY, max: ARB_NOW }) }), { maxKeys: 3 }), { nil: undefined }),
    attempts: fc.array(attemptArb(ARB_NOW), { maxLength: 6 }),
    missed: fc.dictionary(termIdArb, fc.integer({ min: ARB_NOW - 30 * DAY, max: ARB_NOW }), { maxKeys: 3 }),
  });

  it('keeps every valid record: the export of any imported backup is that backup, and it survives a reload', () => {
    fc.assert(
      fc.property(backupArb, fc.constantFrom('merge', 'replace') as fc.Arbitrary<'merge' | 'replace'>, (b, mode) => {
        const state: PersistedState = {
          settings: { ...defaults, theme: b.theme as PersistedState['settings']['theme'], newPerDay: b.newPerDay },
          progress: { cards: b.cards, log: b.log, starred: b.starred, ...(b.notes ? { notes: b.notes } : {}) },
          quiz: { attempts: b.attempts, missed: b.missed },
        };
        const text = serializeBackup(createBackup(state, STORE_VERSION, ARB_NOW));
        const parsed = readImport(text, ARB_NOW, defaults);
        if (!parsed.ok) throw new Error(`refused a valid backup: ${parsed.issue.code} at ${parsed.issue.path}`);

        const backend = memoryBackend();
        const store = createAppStore(createSafeStorage(backend), () => ARB_NOW, storedStateReader);
        store.getState().replaceData(applyImport(snapshot(store.getState()), parsed.value.state, mode));
        store.flush();
        // What storage holds after the import, read as the next start reads it, exported again.
        const reloaded = readStoredState(backend.getItem(STORAGE_KEYS.state)!, ARB_NOW)!;
        const exported = readImport(serializeBackup(createBackup(reloaded, STORE_VERSION, ARB_NOW)), ARB_NOW, defaults);
        if (!exported.ok) throw new Error(exported.issue.code);
        const again = exported.value.state;

        // Every record, once per id (the merge's rule for a review or attempt listed twice).
        expect(again.progress.log).toEqual(mergeReviewLogs([], b.log));
        expect(again.quiz.attempts).toEqual(mergeAttempts([], b.attempts));
        expect(again.progress.cards).toEqual(b.cards);
        expect(again.progress.starred).toEqual(b.starred);
        expect(again.progress.notes ?? {}).toEqual(b.notes ?? {});
        expect(again.quiz.missed).toEqual(b.missed);
        if (mode === 'replace') expect(again.settings).toEqual(state.settings);
      }),
      { numRuns: 150 },
    );
  });
});

describe('export → reset → import', () => {
  it('round-trips to an identical state', () => {
    const store = createAppStore(createSafeStorage(memoryBackend()), () => NOW);
    store.getState().replaceData({ settings: { ...defaults, theme: 'dark', newPerDay: 12, directions: 'term-first' }, ...generateHistory({ now: NOW, days: 120 }) });
    const before = snapshot(store.getState());
    const file = serializeBackup(createBackup(before, STORE_VERSION, NOW));

    store.getState().resetAll();
    expect(store.getState().progress.log).toEqual([]);

    const parsed = readImport(file, NOW + 60_000, store.getState().settings);
    if (!parsed.ok) throw new Error(parsed.issue.code);
    store.getState().replaceData(applyImport(snapshot(store.getState()), parsed.value.state, 'replace'));
    expect(snapshot(store.getState())).toEqual(before);
  });

  it('a merge into an empty device brings the whole history, keeping that device’s settings', () => {
    const history = generateHistory({ now: NOW, days: 30 });
    const file = serializeBackup(createBackup({ settings: { ...defaults, theme: 'dark' }, ...history }, STORE_VERSION, NOW));
    const parsed = readImport(file, NOW, defaults);
    if (!parsed.ok) throw new Error(parsed.issue.code);
    const empty = { settings: defaults, progress: { cards: {}, log: [], starred: [] }, quiz: { attempts: [], missed: {} } };
    expect(applyImport(empty, parsed.value.state, 'merge')).toEqual({ settings: defaults, ...history });
  });
});

describe('a broken, foreign, hostile or newer file', () => {
  const state = { settings: { ...defaults, theme: 'dark' as const }, ...generateHistory({ now: NOW, days: 20 }) };
  const valid = createBackup(state, STORE_VERSION, NOW);
  const cases = [
    ...hostileVariants(valid, {
      // Without `format` a file reads as a stored snapshot; settings it lacks take the defaults.
      optional: (path) => (path.length === 1 && path[0] === 'format') || (path[1] === 'settings' && path.length === 3),
    }),
    ...FOREIGN_TEXTS,
    { name: 'a valid file from a newer version', text: serializeBackup({ ...valid, version: STORE_VERSION + 1 }) },
    { name: 'a valid file from a far newer version', text: serializeBackup({ ...valid, version: 1e9 }) },
    { name: 'an exported date in the year 275760', text: serializeBackup({ ...valid, exportedAt: 8.64e15 }) },
    { name: 'settings from another app', text: serializeBackup({ ...valid, state: { ...valid.state, settings: { language: 'fr', theme: 'sepia' } } }) as string },
  ];
  const messages = [settingsMessages.en, settingsMessages.zh];

  it('comes in at least 200 kinds', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it.each(cases.map((c) => [c.name, c.text] as const))('is refused with a message in both languages: %s', (_name, text) => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).join();
    const result = readImport(text, NOW, defaults);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const m of messages) {
      const message = describeIssue(m, result.issue);
      expect(message.length).toBeGreaterThan(5);
      expect(message).not.toMatch(/undefined|NaN|\[object/);
      expect(message.length).toBeLessThan(400); // a 10 MB value is never echoed back
    }
    expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names a newer version and what this app reads', () => {
    const result = readImport(serializeBackup({ ...valid, version: STORE_VERSION + 1 }), NOW, defaults);
    expect(result.ok ? null : describeIssue(settingsMessages.en, result.issue)).toBe(
      `This backup was made by a newer version of CloudCards (format version ${STORE_VERSION + 1}; this one reads up to ${STORE_VERSION}). Reload the app to update it, then try again.`,
    );
  });
});

describe('settings in an imported file', () => {
  it('fill in missing fields and keep only known ones', () => {
    expect(validateSettings({ theme: 'dark', extra: 1 }, 'state.settings', defaults)).toEqual({ ok: true, value: { ...defaults, theme: 'dark' } });
  });

  it('reject a wrong field with its path', () => {
    expect(validateSettings({ language: 'fr' }, 'state.settings', defaults)).toEqual({ ok: false, issue: { code: 'out-of-range', path: 'state.settings.language' } });
    expect(validateSettings({ newPerDay: 2.5 }, 'state.settings', defaults)).toEqual({ ok: false, issue: { code: 'out-of-range', path: 'state.settings.newPerDay' } });
    expect(validateSettings({ retention: '0.9' }, 'state.settings', defaults)).toEqual({ ok: false, issue: { code: 'wrong-type', path: 'state.settings.retention' } });
    expect(validateSettings([], 'state.settings', defaults)).toEqual({ ok: false, issue: { code: 'wrong-type', path: 'state.settings' } });
  });
});
