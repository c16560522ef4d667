import { describe, expect, it } from 'vitest';
import type { CardId, CardState, ReviewLogEntry } from '../domain/cards';
import { scheduleReview } from '../domain/scheduler';
import { createSafeStorage, STORAGE_KEYS, type Backend } from '../lib/storage';
import { openTabs as openTabsAt, type Store, type Tab } from '../../tests/factories/tabs';
import { createAppStore } from './app-store';
import { emptyProgress, type Progress, type UndoToken } from './progress-slice';
import { mergeProgress } from './tab-merge';
import { memoryBackend } from '../../tests/factories/memory-backend';
import { reviewCard } from '../../tests/factories/card-state';

const NOW = Date.UTC(2026, 10, 22, 2, 0);
const MINUTE = 60_000;
const OPTIONS = { retention: 0.9, offsetMinutes: 480 };

function gradeCard(store: Store, cardId: CardId, grade: 1 | 2 | 3 | 4, at: number): UndoToken {
  const next = scheduleReview(store.getState().progress.cards[cardId], grade, at, OPTIONS);
  return store.getState().grade({ cardId, grade, reviewedAt: at, durationMs: 3000, next });
}

describe('grading and undo', () => {
  it('records the new schedule and a log entry, and undo restores both exactly', () => {
    const store = createAppStore(createSafeStorage(memoryBackend()), () => NOW);
    gradeCard(store, 'iaas:forward', 3, NOW);
    const before = structuredClone(store.getState().progress);
    const token = gradeCard(store, 'iaas:forward', 1, NOW + 10 * MINUTE);
    const { entry } = token;
    expect(store.getState().progress.log.at(-1)).toEqual(entry);
    expect(entry).toMatchObject({ cardId: 'iaas:forward', grade: 1, phase: 'learning', reviewedAt: NOW + 10 * MINUTE, durationMs: 3000 });
    expect(store.getState().progress.cards['iaas:forward']?.lastReview).toBe(NOW + 10 * MINUTE);
    store.getState().undoGrade(token);
    expect(store.getState().progress).toEqual(before);
  });

  it('undoes the first review of a new card back to having no state at all', () => {
    const store = createAppStore(createSafeStorage(memoryBackend()), () => NOW);
    const token = gradeCard(store, 'saas:reverse', 4, NOW);
    expect(token.entry.phase).toBe('new');
    store.getState().undoGrade(token);
    expect(store.getState().progress).toEqual(emptyProgress());
  });

  it('gives every review its own id', () => {
    const store = createAppStore(createSafeStorage(memoryBackend()), () => NOW);
    for (let i = 0; i < 50; i++) gradeCard(store, `t${i}:forward`, 3, NOW);
    expect(new Set(store.getState().progress.log.map((e) => e.id)).size).toBe(50);
  });

  it('names a review by its time and card, and by the time and random bits when that name is taken', () => {
    const store = createAppStore(createSafeStorage(memoryBackend()), () => NOW);
    const first = gradeCard(store, 'iaas:forward', 3, NOW);
    expect(first.entry.id).toBe(`${NOW.toString(36)}-iaas:forward`);
    store.getState().undoGrade(first);
    const again = gradeCard(store, 'iaas:forward', 4, NOW); // the same millisecond, after the undo
    expect(again.entry.id).toMatch(new RegExp(`^${NOW.toString(36)}-[0-9a-z]+$`));
    expect(again.entry.id).not.toBe(first.entry.id);
    gradeCard(store, 'iaas:forward', 4, NOW); // and once more within it
    expect(new Set(store.getState().progress.log.map((e) => e.id)).size).toBe(2);
  });

  it('stars and unstars a term', () => {
    const store = createAppStore(createSafeStorage(memoryBackend()), () => NOW);
    store.getState().toggleStar('paas');
    expect(store.getState().progress.starred).toEqual(['paas']);
    store.getState().toggleStar('paas');
    expect(store.getState().progress.starred).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Two tabs: two stores over one storage, connected as the app connects them.

function write(tabs: Tab[], writer: Tab, backend: Backend) {
  const before = backend.getItem(STORAGE_KEYS.state);
  writer.store.flush();
  const after = backend.getItem(STORAGE_KEYS.state);
  if (after !== before) tabs.filter((t) => t !== writer).forEach((t) => t.storageEvent(after));
}

function openTabs(count: number, { channels = true } = {}) {
  const opened = openTabsAt(count, { now: NOW, channels });
  return { ...opened, stored: () => opened.stored()?.progress ?? null };
}

const ids = (progress: Progress | null) => (progress?.log ?? []).map((e) => e.cardId).sort();

describe('two tabs studying at once', () => {
  it('lose no review when each writes over the other (storage events only)', () => {
    const { tabs, backend, stored } = openTabs(2, { channels: false });
    const [a, b] = tabs as [Tab, Tab];
    gradeCard(a.store, 'iaas:forward', 3, NOW);
    gradeCard(b.store, 'paas:forward', 3, NOW + 1000);
    // B writes without having heard of A's review, then A writes without B's: last writer wins…
    b.store.flush();
    a.store.flush();
    // …until each hears the other's write: B merges A's, A's review was already there.
    b.storageEvent(backend.getItem(STORAGE_KEYS.state));
    write(tabs, b, backend);
    write(tabs, a, backend);
    expect(ids(stored())).toEqual(['iaas:forward', 'paas:forward']);
    expect(ids(a.store.getState().progress)).toEqual(['iaas:forward', 'paas:forward']);
    expect(ids(b.store.getState().progress)).toEqual(['iaas:forward', 'paas:forward']);
    expect(Object.keys(stored()?.cards ?? {}).sort()).toEqual(['iaas:forward', 'paas:forward']);
  });

  it('write again when another tab’s write left their reviews out', () => {
    const { tabs, backend, stored } = openTabs(2, { channels: false });
    const [a, b] = tabs as [Tab, Tab];
    gradeCard(a.store, 'iaas:forward', 3, NOW);
    write(tabs, a, backend); // B merges it in memory…
    const staleWrite = JSON.stringify({ version: 2, state: { ...JSON.parse(backend.getItem(STORAGE_KEYS.state) ?? '{}').state, progress: emptyProgress() } });
    backend.setItem(STORAGE_KEYS.state, staleWrite); // …and a third, older tab writes without it
    a.storageEvent(staleWrite);
    b.storageEvent(staleWrite);
    a.store.flush();
    expect(ids(stored())).toEqual(['iaas:forward']);
  });

  it('hear each grade at once over the channel, and an undo takes it back everywhere', () => {
    const { tabs, backend, stored } = openTabs(2);
    const [a, b] = tabs as [Tab, Tab];
    gradeCard(a.store, 'iaas:forward', 3, NOW);
    const cardBefore = structuredClone(a.store.getState().progress.cards['iaas:forward']);
    const token = gradeCard(a.store, 'iaas:forward', 3, NOW + 10 * MINUTE);
    expect(b.store.getState().progress).toEqual(a.store.getState().progress);
    write(tabs, a, backend); // storage holds the review about to be undone
    const withReview = backend.getItem(STORAGE_KEYS.state);
    a.store.getState().undoGrade(token);
    expect(b.store.getState().progress.log.map((e) => e.id)).not.toContain(token.entry.id);
    expect(b.store.getState().progress.cards['iaas:forward']).toEqual(cardBefore);
    // A late storage event with the undone review does not bring it back.
    b.storageEvent(withReview);
    expect(b.store.getState().progress).toEqual(a.store.getState().progress);
    write(tabs, b, backend);
    write(tabs, a, backend);
    expect(stored()?.log.map((e) => e.id)).not.toContain(token.entry.id);
    expect(stored()?.cards['iaas:forward']).toEqual(cardBefore);
  });

  it('without the channel, take an undo back everywhere too: the other tab does not write the review back', () => {
    const { tabs, backend, stored } = openTabs(2, { channels: false });
    const [a, b] = tabs as [Tab, Tab];
    gradeCard(a.store, 'iaas:forward', 3, NOW);
    const cardBefore = structuredClone(a.store.getState().progress.cards['iaas:forward']);
    const token = gradeCard(a.store, 'iaas:forward', 3, NOW + 10 * MINUTE);
    write(tabs, a, backend);
    expect(b.store.getState().progress.log.map((e) => e.id)).toContain(token.entry.id); // B has it, from storage
    a.store.getState().undoGrade(token);
    expect(b.store.getState().progress.log.map((e) => e.id)).not.toContain(token.entry.id);
    expect(b.store.getState().progress.cards['iaas:forward']).toEqual(cardBefore);
    // B writes first, from its memory, then A: the review stays undone in both and in storage.
    write(tabs, b, backend);
    write(tabs, a, backend);
    for (const tab of [a, b]) expect(tab.store.getState().progress.log.map((e) => e.id)).not.toContain(token.entry.id);
    expect(stored()?.log.map((e) => e.id)).not.toContain(token.entry.id);
    expect(stored()?.cards['iaas:forward']).toEqual(cardBefore);
  });

  it('without the channel, a tab opened after the undo does not bring the review back from an older write', () => {
    const { tabs, backend, stored, reload } = openTabs(2, { channels: false });
    const [a] = tabs as [Tab, Tab];
    const token = gradeCard(a.store, 'iaas:forward', 3, NOW);
    write(tabs, a, backend);
    const withReview = backend.getItem(STORAGE_KEYS.state)!;
    a.store.getState().undoGrade(token);
    write(tabs, a, backend);
    const c = reload(1);
    c.storageEvent(withReview); // a late write of a third tab that missed the undo
    write(tabs, c, backend);
    expect(c.store.getState().progress.log).toEqual([]);
    expect(stored()?.log).toEqual([]);
  });

  it('take back a new card’s first review everywhere, to no state at all', () => {
    const { tabs } = openTabs(2);
    const [a, b] = tabs as [Tab, Tab];
    const token = gradeCard(a.store, 'saas:forward', 3, NOW);
    expect(b.store.getState().progress.log).toHaveLength(1);
    a.store.getState().undoGrade(token);
    expect(b.store.getState().progress).toEqual(emptyProgress());
  });

  it('share stars over the channel', () => {
    const { tabs } = openTabs(2);
    const [a, b] = tabs as [Tab, Tab];
    a.store.getState().toggleStar('iaas');
    expect(b.store.getState().progress.starred).toEqual(['iaas']);
    b.store.getState().toggleStar('iaas');
    expect(a.store.getState().progress.starred).toEqual([]);
  });


  it('ignore messages that are not changes they understand', () => {
    const { tabs } = openTabs(2);
    const [a, b] = tabs as [Tab, Tab];
    a.channel.postMessage({ type: 'grade', entry: { id: 1 }, card: {} });
    a.channel.postMessage('hello');
    expect(b.store.getState().progress).toEqual(emptyProgress());
  });
});

describe('mergeProgress', () => {
  const state = (lastReview: number, extra: Partial<CardState> = {}): CardState =>
    reviewCard({ due: lastReview + 86_400_000, stability: 3, scheduledDays: 1, reps: 2, lastReview, ...extra });
  const entry = (id: string, cardId: CardId, reviewedAt: number): ReviewLogEntry => ({ id, cardId, grade: 3, reviewedAt, phase: 'review', durationMs: 1 });

  it('keeps every review of both, in time order, and each card’s later state', () => {
    const local: Progress = { cards: { 'a:forward': state(200), 'b:forward': state(100) }, log: [entry('1', 'b:forward', 100), entry('3', 'a:forward', 200)], starred: [] };
    const stored: Progress = { cards: { 'a:forward': state(150), 'b:forward': state(150) }, log: [entry('1', 'b:forward', 100), entry('2', 'b:forward', 150)], starred: [] };
    const { progress, changed, storedIsBehind } = mergeProgress(local, stored, new Map());
    expect(progress.log.map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(progress.cards['a:forward']?.lastReview).toBe(200);
    expect(progress.cards['b:forward']?.lastReview).toBe(150);
    expect(changed).toBe(true);
    expect(storedIsBehind).toBe(true);
  });

  it('changes nothing when storage holds the same progress', () => {
    const local: Progress = { cards: { 'a:forward': state(200) }, log: [entry('1', 'a:forward', 200)], starred: [] };
    const result = mergeProgress(local, structuredClone(local), new Map());
    expect(result).toMatchObject({ changed: false, storedIsBehind: false });
    expect(result.progress).toBe(local);
  });

  it('takes a card brought forward by a missed quiz question (same reviews, due sooner)', () => {
    const local: Progress = { cards: { 'a:forward': state(200) }, log: [], starred: [] };
    const stored: Progress = { cards: { 'a:forward': state(200, { due: 300 }) }, log: [], starred: [] };
    expect(mergeProgress(local, stored, new Map()).progress.cards['a:forward']?.due).toBe(300);
  });
});

describe('notes in the learner’s own words', () => {
  it('reach the other tab through storage, the later writing winning in both, whichever wrote last', () => {
    const { tabs: apart, backend: shared } = openTabs(2, { channels: false });
    const [c, d] = apart as [Tab, Tab];
    c.store.getState().setNote('paas', 'older', NOW);
    d.store.getState().setNote('paas', 'newer', NOW + 1000);
    d.store.flush();
    c.store.flush();
    d.storageEvent(shared.getItem(STORAGE_KEYS.state));
    d.store.flush();
    c.storageEvent(shared.getItem(STORAGE_KEYS.state));
    expect(c.store.getState().progress.notes?.['paas']?.text).toBe('newer');
    expect(d.store.getState().progress.notes?.['paas']?.text).toBe('newer');
  });

  it('merge as data: an emptied note stays emptied against an older copy', () => {
    const local: Progress = { ...emptyProgress(), notes: { iaas: { text: '', at: NOW + 5 } } };
    const stored: Progress = { ...emptyProgress(), notes: { iaas: { text: 'old words', at: NOW } } };
    const merged = mergeProgress(local, stored, new Map());
    expect(merged.changed).toBe(false);
    expect(merged.storedIsBehind).toBe(true);
    expect(mergeProgress(stored, local, new Map()).progress.notes).toEqual({ iaas: { text: '', at: NOW + 5 } });
  });
});
