/**
 * The hostile-input suite, counted by family (docs/RELIABILITY.md has the table). Each family
 * promises: nothing crashes, nothing the learner had is lost, every refusal says why, nothing
 * from the input runs.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cardStateArb, gradeSequenceArb, NOW as ARB_NOW } from '../../tests/factories/arbitraries';
import { FOREIGN_TEXTS, hostileVariants } from '../../tests/factories/hostile-inputs';
import { generateHistory } from '../../tests/factories/learning-history';
import { memoryBackend } from '../../tests/factories/memory-backend';
import { openTabs } from '../../tests/factories/tabs';
import { createBackup, parseBackup, serializeBackup } from '../domain/backup';
import { scheduleReview } from '../domain/scheduler';
import { createSafeStorage, STORAGE_KEYS } from '../lib/storage';
import { createAppStore, STORE_VERSION, toStored, type SavedState } from './app-store';
import { migrate, storedStateReader } from './stored-state';
import { defaultSettings, restoreSettings } from './settings-slice';

const NOW = Date.UTC(2026, 10, 22, 9);
const DAY = 86_400_000;
const counts: Record<string, number> = {};
const count = (family: string, n = 1) => (counts[family] = (counts[family] ?? 0) + n);

const history = generateHistory({ now: NOW, days: 6, reviewsPerDay: 8, skip: 0 });
const state: SavedState = { settings: defaultSettings(['en']), ...history, settingsChangedAt: 0, replacedAt: 0 };
const raw = JSON.stringify({ state: toStored(state), version: STORE_VERSION });
const reviews = state.progress.log.length;

/** Opens a store on `text`; returns what it shows and says, and whether the original survives somewhere. */
function start(text: string, { now = NOW, quota }: { now?: number; quota?: number } = {}) {
  const backend = memoryBackend({ [STORAGE_KEYS.state]: text }, quota === undefined ? {} : { quota });
  const storage = createSafeStorage(backend);
  const store = createAppStore(storage, () => now, storedStateReader);
  store.getState().setTheme('dark');
  store.flush();
  const kept = backend.getItem(STORAGE_KEYS.state) === text || [...backend.data.values()].includes(text) || storage.backups().some((b) => b.value === text);
  return { store, storage, kept };
}

afterAll(() => {
  console.log(`hostile cases by family: ${JSON.stringify(counts)}; total ${Object.values(counts).reduce((a, b) => a + b, 0)}`);
});

describe('hostile input, by family', () => {
  it('stored state: every broken variant starts, says so, and keeps the original', () => {
    const cases = [...hostileVariants(JSON.parse(raw) as unknown), ...FOREIGN_TEXTS];
    for (const { name, text } of cases) {
      const { store, storage, kept } = start(text);
      const shown = store.getState().progress.log.length;
      if (shown !== reviews) {
        expect(storage.problems().length, name).toBeGreaterThan(0); // a refusal says why
        expect(kept, name).toBe(true); // nothing lost
      }
      count('stored state');
    }
    expect(counts['stored state']).toBeGreaterThanOrEqual(100);
  });

  it('import files: every broken backup is refused with a code and a path, or read whole', () => {
    const file = serializeBackup(createBackup(state, STORE_VERSION, NOW));
    const options = {
      currentVersion: STORE_VERSION,
      now: NOW,
      migrate: (s: unknown, v: number, n: number) => migrate(s, v, n),
      settings: (s: unknown) => ({ ok: true as const, value: restoreSettings(s, defaultSettings(['en'])) }),
    };
    for (const { name, text } of [...hostileVariants(JSON.parse(file) as unknown), ...FOREIGN_TEXTS]) {
      const parsed = parseBackup(text, options);
      if (!parsed.ok) expect(parsed.issue.code, name).toBeTruthy();
      expect(JSON.stringify(Object.prototype), name).toBe('{}'); // nothing polluted
      count('import files');
    }
  });

  it('clocks: any accepted card, grades at any times, clock going backwards: never throws, stays valid', () => {
    fc.assert(
      fc.property(cardStateArb(), gradeSequenceArb(), (card, grades) => {
        let s = card;
        for (const { grade, at } of grades) s = scheduleReview(s, grade, at, { retention: 0.9, offsetMinutes: 480 });
        count('clocks');
      }),
      { numRuns: 100 },
    );
    for (const behind of [1, 30, 366, 400, 1000, 3000]) {
      const { store, storage, kept } = start(raw, { now: NOW - behind * DAY });
      if (store.getState().progress.log.length !== reviews) {
        expect(kept).toBe(true);
        expect(storage.problems()).toContainEqual({ kind: 'held', key: STORAGE_KEYS.state, reason: 'clock' });
      }
      count('clocks');
    }
  });

  it('versions: every version from -1 to far beyond is read, kept aside or held, never wiped', () => {
    for (const version of [-1, 0, 1, 2, 3, STORE_VERSION, STORE_VERSION + 1, STORE_VERSION + 50, STORE_VERSION + 1000, 1.5, 2 ** 53]) {
      const text = JSON.stringify({ state: toStored(state), version });
      const { store, storage, kept } = start(text);
      if (store.getState().progress.log.length !== reviews) {
        expect(kept, String(version)).toBe(true);
        expect(storage.problems().length, String(version)).toBeGreaterThan(0);
      }
      count('versions');
    }
  });

  it('quota: at every size of store, what is stored is shown and a full store says so', () => {
    for (let quota = raw.length; quota <= raw.length + 2000; quota += 50) {
      const { store, storage } = start(raw, { quota });
      expect(store.getState().progress.log).toHaveLength(reviews);
      if (quota === raw.length) expect(storage.problems()).toEqual([{ kind: 'full' }]);
      count('quota');
    }
  });

  it('tabs: grades round-robin in three tabs, with undos, without the channel: each review lands once, and no undone one', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(2), fc.boolean()), { minLength: 1, maxLength: 12 }), (steps) => {
        const { tabs, write, stored } = openTabs(3, { now: ARB_NOW, channels: false });
        let at = ARB_NOW - 1000 * 60;
        const kept = new Set<string>();
        const undone = new Set<string>();
        for (const [i, undo] of steps) {
          const tab = tabs[i]!;
          const cardId = `iaas:${at % 2 ? 'forward' : 'reverse'}` as const;
          const token = tab.store.getState().grade({ cardId, grade: 3, reviewedAt: (at += 1000), durationMs: 1, next: scheduleReview(tab.store.getState().progress.cards[cardId], 3, at, { retention: 0.9, offsetMinutes: 0 }) });
          write(tab); // the other tabs have the review…
          if (undo) {
            tab.store.getState().undoGrade(token); // …before it is undone
            undone.add(token.entry.id);
            write(tab);
          } else kept.add(token.entry.id);
        }
        for (const tab of tabs) write(tab);
        const ids = stored()!.progress.log.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length); // once each
        for (const id of kept) expect(ids).toContain(id); // none lost
        for (const id of undone) expect(ids).not.toContain(id); // and none undone comes back
        for (const tab of tabs) expect(tab.store.getState().progress.log.filter((e) => undone.has(e.id))).toEqual([]);
        count('tabs');
      }),
      { numRuns: 40 },
    );
  });

  it('counts at least 300 cases in all', () => {
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(300);
  });
});
