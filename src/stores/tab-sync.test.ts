import { describe, expect, it } from 'vitest';
import { generateHistory } from '../../tests/factories/learning-history';
import { openTabs, type Store, type Tab } from '../../tests/factories/tabs';
import type { CardId } from '../domain/cards';
import type { QuizAttempt } from '../domain/quiz-history';
import { scheduleReview } from '../domain/scheduler';
import { STORAGE_KEYS } from '../lib/storage';
import { emptyProgress } from './progress-slice';
import { mergeQuizHistory } from './tab-merge';
import { defaultSettings } from './settings-slice';

const NOW = Date.UTC(2026, 10, 22, 2, 0);
const MINUTE = 60_000;
const DAY = 86_400_000;

function gradeCard(store: Store, cardId: CardId, at: number) {
  const next = scheduleReview(store.getState().progress.cards[cardId], 3, at, { retention: 0.9, offsetMinutes: 480 });
  return store.getState().grade({ cardId, grade: 3, reviewedAt: at, durationMs: 3000, next });
}

function attempt(id: string, missedTerm: string, finishedAt = NOW): QuizAttempt {
  return {
    id,
    quizId: 'mixed',
    seed: 'abc',
    startedAt: finishedAt - MINUTE,
    finishedAt,
    answers: [
      { questionId: 'q1', topic: 'basics', termIds: [missedTerm], correct: false },
      { questionId: 'q2', topic: 'basics', termIds: ['iaas'], correct: true },
    ],
  };
}

const attemptIds = (store: Store) => store.getState().quiz.attempts.map((a) => a.id).sort();
const reviewedCards = (store: Store) => store.getState().progress.log.map((e) => e.cardId).sort();
/** The data each tab holds (and storage, once read back), for comparing them. */
const data = ({ settings, progress, quiz }: { settings: unknown; progress: unknown; quiz: unknown }) => ({ settings, progress, quiz });

describe('one tab finishing a quiz while another studies', () => {
  for (const channels of [true, false]) {
    it(`keeps both, in both tabs and in storage (${channels ? 'channel' : 'storage events only'})`, () => {
      const { tabs, stored, write } = openTabs(2, { now: NOW, channels });
      const [a, b] = tabs as [Tab, Tab];
      a.store.getState().recordAttempt(attempt('quiz-1', 'saas'), NOW);
      gradeCard(b.store, 'paas:forward', NOW + 1000);
      // Each writes, B last, without (on storage events alone) having heard of A's quiz…
      b.store.flush();
      write(a);
      write(b);
      write(a);
      for (const tab of [a, b]) {
        expect(attemptIds(tab.store)).toEqual(['quiz-1']);
        expect(tab.store.getState().quiz.missed).toEqual({ saas: NOW });
        expect(reviewedCards(tab.store)).toEqual(['paas:forward']);
      }
      expect(stored()?.quiz.attempts.map((x) => x.id)).toEqual(['quiz-1']);
      expect(stored()?.progress.log.map((e) => e.cardId)).toEqual(['paas:forward']);
    });
  }

  it('makes the missed terms’ cards due in the other tab too', () => {
    const { tabs } = openTabs(2, { now: NOW });
    const [a, b] = tabs as [Tab, Tab];
    gradeCard(a.store, 'saas:forward', NOW - MINUTE); // due again in a few minutes
    expect(b.store.getState().progress.cards['saas:forward']!.due).toBeGreaterThan(NOW);
    a.store.getState().recordAttempt(attempt('quiz-1', 'saas'), NOW);
    expect(b.store.getState().progress.cards['saas:forward']!.due).toBe(NOW);
    expect(data(b.store.getState())).toEqual(data(a.store.getState()));
  });
});

describe('merging quiz history', () => {
  it('keeps every attempt of both once, in time order, and each term’s latest miss', () => {
    const mine = { attempts: [attempt('a', 'saas', NOW - 2 * DAY), attempt('c', 'paas', NOW)], missed: { saas: NOW - 2 * DAY, paas: NOW } };
    const theirs = { attempts: [attempt('a', 'saas', NOW - 2 * DAY), attempt('b', 'saas', NOW - DAY)], missed: { saas: NOW - DAY, paas: NOW - 5 * DAY } };
    const { quiz, changed, storedIsBehind } = mergeQuizHistory(mine, theirs);
    expect(quiz.attempts.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(quiz.missed).toEqual({ saas: NOW - DAY, paas: NOW });
    expect(changed).toBe(true);
    expect(storedIsBehind).toBe(true); // storage lacks 'c' and the later miss of paas
    expect(mergeQuizHistory(quiz, structuredClone(quiz))).toMatchObject({ changed: false, storedIsBehind: false });
    expect(mergeQuizHistory(quiz, structuredClone(quiz)).quiz).toBe(quiz);
  });

  it('treats a term called like an Object method as any other', () => {
    const { quiz } = mergeQuizHistory({ attempts: [], missed: {} }, { attempts: [], missed: { toString: NOW } });
    expect(quiz.missed).toEqual({ toString: NOW });
  });
});

describe('settings changed in two tabs', () => {
  it('reach the other tab at once; the later change wins in both', () => {
    const { tabs } = openTabs(2, { now: NOW });
    const [a, b] = tabs as [Tab, Tab];
    a.store.getState().setTheme('dark');
    expect(b.store.getState().settings.theme).toBe('dark');
    b.store.getState().updateSettings({ newPerDay: 7 });
    expect(a.store.getState().settings).toMatchObject({ theme: 'dark', newPerDay: 7 });
    expect(a.store.getState().settingsChangedAt).toBe(b.store.getState().settingsChangedAt);
    expect(a.store.getState().settingsChangedAt).toBeGreaterThan(NOW); // stamped after A's, on the same clock
  });

  it('are not written over by a tab that had not heard of them (storage events only)', () => {
    const { tabs, stored, write } = openTabs(2, { now: NOW, channels: false });
    const [a, b] = tabs as [Tab, Tab];
    a.store.getState().updateSettings({ theme: 'dark', newPerDay: 5 });
    a.store.flush();
    gradeCard(b.store, 'iaas:forward', NOW); // B studies and writes its old settings over A's
    write(b);
    expect(stored()?.settings.theme).toBe('system');
    write(a); // A heard B's write, found storage behind, and writes again
    expect(stored()?.settings).toMatchObject({ theme: 'dark', newPerDay: 5 });
    expect(b.store.getState().settings).toMatchObject({ theme: 'dark', newPerDay: 5 });
    expect(reviewedCards(a.store)).toEqual(['iaas:forward']);
  });

  it('are stamped later than the last change even when the clock went back', () => {
    const { tabs } = openTabs(1, { now: NOW });
    const [a] = tabs as [Tab];
    a.store.setState({ settingsChangedAt: NOW + 5 * MINUTE });
    a.store.getState().setLanguage(a.store.getState().settings.language === 'en' ? 'zh' : 'en');
    expect(a.store.getState().settingsChangedAt).toBe(NOW + 5 * MINUTE + 1);
  });

  it('do not count as a change when nothing changes', () => {
    const { tabs } = openTabs(2, { now: NOW });
    const [a, b] = tabs as [Tab, Tab];
    a.store.getState().updateSettings({ newPerDay: a.store.getState().settings.newPerDay });
    expect(a.store.getState().settingsChangedAt).toBe(0);
    expect(b.store.getState().settingsChangedAt).toBe(0);
  });
});

describe('a reset or an import (replace) in one tab', () => {
  /** Two tabs with history: reviews, a quiz, changed settings. */
  function withHistory(channels: boolean) {
    const opened = openTabs(2, { now: NOW, channels });
    const [a, b] = opened.tabs as [Tab, Tab];
    gradeCard(a.store, 'iaas:forward', NOW - 2 * MINUTE);
    b.store.getState().recordAttempt(attempt('quiz-1', 'saas', NOW - MINUTE), NOW - MINUTE);
    b.store.getState().updateSettings({ theme: 'dark', newPerDay: 5 });
    opened.write(a);
    opened.write(b);
    return { ...opened, a, b };
  }
  const resetData = (store: Store) => ({
    log: store.getState().progress.log,
    attempts: store.getState().quiz.attempts,
    missed: store.getState().quiz.missed,
    theme: store.getState().settings.theme,
    newPerDay: store.getState().settings.newPerDay,
  });
  const RESET = { log: [], attempts: [], missed: {}, theme: 'system', newPerDay: 20 };

  it('reaches the other tab whole, which then adds to it, and sticks after a reload', () => {
    const { a, b, write, reload, stored } = withHistory(true);
    a.store.getState().resetAll();
    expect(resetData(b.store)).toEqual(RESET);
    gradeCard(b.store, 'paas:forward', NOW); // B acts after the reset, then both write
    write(b);
    write(a);
    const reloaded = reload(1).store;
    expect(resetData(reloaded)).toEqual({ ...RESET, log: [expect.objectContaining({ cardId: 'paas:forward' })] });
    expect(stored()?.replacedAt).toBe(a.store.getState().replacedAt);
    expect(data(reloaded.getState())).toEqual(data(a.store.getState()));
  });

  it('sticks even if the other tab never heard the message and writes its old state back', () => {
    const { a, b, write, stored, reload } = withHistory(false);
    a.store.getState().resetAll();
    a.store.flush(); // the other tab has not heard yet…
    b.store.getState().updateSettings({ newPerDay: 9 }); // …and writes everything it had
    write(b);
    expect(resetData(a.store)).toEqual(RESET); // A took nothing of it, and wrote the reset again
    write(a); // B hears it: a replacement later than anything it has
    expect(resetData(b.store)).toEqual(RESET);
    expect(stored() && resetData({ getState: () => stored()! } as Store)).toEqual(RESET);
    expect(resetData(reload(1).store)).toEqual(RESET);
  });

  it('brings an imported state to the other tab whole, settings included', () => {
    const { a, b } = withHistory(true);
    const imported = { settings: { ...defaultSettings(['zh']), newPerDay: 3 }, ...generateHistory({ now: NOW, days: 10, idPrefix: 'file-' }) };
    a.store.getState().replaceData(imported);
    expect(data(b.store.getState())).toEqual(imported);
    expect(b.store.getState().undoneReviews.size).toBe(0);
  });

  it('loses to a later one, whichever is heard last', () => {
    const { a, b } = withHistory(true);
    const earlier = { ...a.store.getState(), type: 'replace' as const };
    a.store.getState().resetAll();
    b.channel.onmessage?.({ data: structuredClone({ type: 'replace', settings: earlier.settings, progress: earlier.progress, quiz: earlier.quiz, settingsChangedAt: 1, replacedAt: 1 }) } as MessageEvent);
    expect(resetData(b.store)).toEqual(RESET);
  });
});

describe('messages from another tab', () => {
  it('are ignored when they cannot be trusted', () => {
    const { tabs } = openTabs(2, { now: NOW });
    const [a, b] = tabs as [Tab, Tab];
    const before = structuredClone(data(b.store.getState()));
    for (const message of [
      { type: 'attempt', attempt: { id: 'x' }, at: NOW },
      { type: 'attempt', attempt: attempt('q', 'saas'), at: 'now' },
      { type: 'settings', settings: 'dark', changedAt: NOW },
      { type: 'settings', settings: { theme: 'dark' }, changedAt: NOW + 400 * DAY },
      { type: 'replace', settings: {}, progress: emptyProgress(), replacedAt: NOW, settingsChangedAt: NOW }, // no quiz history
      { type: 'replace', settings: {}, progress: { cards: {}, log: [{}], starred: [] }, quiz: { attempts: [], missed: {} }, replacedAt: NOW, settingsChangedAt: NOW },
      JSON.parse('{"type": "replace", "__proto__": {"polluted": true}}'),
    ]) {
      a.channel.postMessage(message);
    }
    expect(data(b.store.getState())).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('take no undo kept in storage that cannot be trusted', () => {
    const { tabs, write } = openTabs(2, { now: NOW, channels: false });
    const [a, b] = tabs as [Tab, Tab];
    gradeCard(a.store, 'paas:forward', NOW);
    write(a);
    expect(b.store.getState().progress.log).toHaveLength(1);
    const before = structuredClone(data(b.store.getState()));
    const [entry] = b.store.getState().progress.log;
    for (const raw of [
      'not json',
      '{"an": "object"}',
      JSON.stringify([{ entry: { ...entry, grade: 7 }, restored: null, at: NOW }]),
      JSON.stringify([{ entry, restored: { due: 'soon' }, at: NOW }]),
      JSON.stringify([{ entry, restored: null }]), // no time
      '[{"entry": {"__proto__": {"polluted": true}}, "restored": null, "at": 1}]',
    ]) {
      b.storageEvent(raw, STORAGE_KEYS.undos);
    }
    expect(data(b.store.getState())).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
