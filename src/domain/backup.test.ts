import { describe, expect, it } from 'vitest';
import { generateHistory } from '../../tests/factories/learning-history';
import {
  applyImport,
  BACKUP_FORMAT,
  backupFileName,
  createBackup,
  MAX_BACKUP_CHARS,
  mergeStates,
  parseBackup,
  readBackupEnvelope,
  serializeBackup,
  summarizeImport,
} from './backup';
import { packProgress } from './review-log-codec';
import { check, fail, validateProgress, type BackupState } from './state-validation';

const NOW = Date.UTC(2026, 10, 22, 9);
const DAY = 86_400_000;
type Settings = { language: string; theme: string };

const settingsValidator = (raw: unknown, path: string) =>
  check(() => {
    if (typeof raw !== 'object' || raw === null) fail('wrong-type', path);
    const { language = 'en', theme = 'system' } = raw as Record<string, unknown>;
    if (typeof language !== 'string' || typeof theme !== 'string') fail('wrong-type', path);
    return { language, theme };
  });

/** The app's migrations in short (the real ones are the store's): 1 → 2 adds progress and quiz history, 2 → 3 packs the log. */
function migrate(state: unknown, from: number, now: number): unknown {
  let upgraded = state as Record<string, unknown>;
  if (from < 2) upgraded = { ...upgraded, progress: { cards: {}, log: [], starred: [] }, quiz: { attempts: [], missed: {} } };
  if (from < 3) {
    const progress = validateProgress(upgraded.progress, now, 'state.progress');
    if (!progress.ok) fail(progress.issue.code, progress.issue.path);
    upgraded = { ...upgraded, progress: packProgress(progress.value) };
  }
  return upgraded;
}

const options = { currentVersion: 3, now: NOW, migrate, settings: settingsValidator };

function stateFrom(seed: number, extra: Partial<Parameters<typeof generateHistory>[0]> = {}): BackupState<Settings> {
  return { settings: { language: 'zh', theme: 'dark' }, ...generateHistory({ seed, now: NOW, ...extra }) };
}

describe('the export file', () => {
  it('names its format and version and carries the whole state', () => {
    const state = stateFrom(1);
    const file = JSON.parse(serializeBackup(createBackup(state, 3, NOW)));
    expect(file).toEqual({ format: BACKUP_FORMAT, version: 3, exportedAt: NOW, state: { ...state, progress: packProgress(state.progress) } });
  });

  it('parses back to exactly what was exported', () => {
    const state = stateFrom(2);
    const parsed = parseBackup(serializeBackup(createBackup(state, 3, NOW)), options);
    expect(parsed).toEqual({ ok: true, value: { kind: 'backup', version: 3, exportedAt: NOW, state } });
  });

  it('counts a review listed twice under one id once, and the preview says so', () => {
    const state = stateFrom(2);
    const twice = { ...state, progress: { ...state.progress, log: [...state.progress.log, state.progress.log[0]!] } };
    const parsed = parseBackup(serializeBackup(createBackup(twice, 3, NOW)), options);
    expect(parsed.ok && parsed.value.state.progress.log).toHaveLength(state.progress.log.length);
    const empty = { ...state, progress: { cards: {}, log: [], starred: [] }, quiz: { attempts: [], missed: {} } };
    const summary = parsed.ok ? summarizeImport(empty, parsed.value.state, 'replace') : null;
    expect(summary?.reviews.added).toBe(state.progress.log.length);
    expect(summary?.after.reviews).toBe(state.progress.log.length);
  });

  it('carries the learner’s notes, and an import merges them, each term’s latest kept', () => {
    const base = stateFrom(4);
    const mine = { ...base, progress: { ...base.progress, notes: { iaas: { text: 'rent machines', at: NOW - DAY }, saas: { text: 'mine', at: NOW } } } };
    const parsed = parseBackup(serializeBackup(createBackup(mine, 3, NOW)), options);
    expect(parsed.ok && parsed.value.state.progress.notes).toEqual(mine.progress.notes);
    const theirs = { ...base, progress: { ...base.progress, notes: { iaas: { text: 'newer words', at: NOW }, saas: { text: 'older', at: NOW - DAY } } } };
    expect(mergeStates(mine, theirs).progress.notes).toEqual({ iaas: { text: 'newer words', at: NOW }, saas: { text: 'mine', at: NOW } });
    expect(mergeStates(base, base).progress.notes).toBeUndefined();
  });

  it('holds a long history in a fraction of the room of one object per review', () => {
    const state = stateFrom(3, { days: 365, reviewsPerDay: 100 });
    const packed = serializeBackup(createBackup(state, 3, NOW)).length;
    const verbose = JSON.stringify({ format: BACKUP_FORMAT, version: 2, exportedAt: NOW, state }).length;
    expect(state.progress.log.length).toBeGreaterThan(25_000);
    expect(packed).toBeLessThan(verbose / 3); // these ids are not the app's: each is kept whole
  });

  it('is named after the local date', () => {
    // 20:00 UTC on the 22nd is already the 23rd in Shanghai.
    expect(backupFileName(Date.UTC(2026, 10, 22, 20), 480)).toBe('cloudcards-backup-2026-11-23.json');
    expect(backupFileName(Date.UTC(2026, 10, 22, 20), -300)).toBe('cloudcards-backup-2026-11-22.json');
  });
});

describe('reading a file', () => {
  const valid = serializeBackup(createBackup(stateFrom(3), 3, NOW));
  const issue = (text: string) => {
    const result = parseBackup(text, options);
    return result.ok ? null : result.issue;
  };

  it('refuses what is not JSON, not ours, or empty', () => {
    expect(issue('')).toEqual({ code: 'empty', path: '' });
    expect(issue(valid.slice(0, valid.length / 2))).toEqual({ code: 'not-json', path: '' });
    expect(issue('[1, 2]')).toEqual({ code: 'foreign', path: '' });
    expect(issue('{"name": "anki deck"}')).toEqual({ code: 'foreign', path: '' });
    expect(issue('{"format": "quizlet-set", "version": 1}')).toEqual({ code: 'foreign', path: 'format' });
  });

  it('accepts a byte-order mark', () => {
    expect(parseBackup(`\uFEFF${valid}`, options).ok).toBe(true);
  });

  it('refuses a file from a newer version, naming the version', () => {
    const newer = valid.replace('"version":3', '"version":4');
    expect(issue(newer)).toEqual({ code: 'newer-version', path: 'version', version: 4 });
  });

  it('refuses versions that are not whole numbers from 1 up', () => {
    for (const version of ['"2"', '1.5', '0', '-1', 'null']) {
      expect(issue(valid.replace('"version":3', `"version":${version}`))).toEqual({ code: 'bad-version', path: 'version' });
    }
  });

  it('refuses a file too large to be a backup before parsing it', () => {
    expect(issue(' '.repeat(MAX_BACKUP_CHARS + 1))).toEqual({ code: 'too-large', path: '' });
  });

  it('names the path of a bad value', () => {
    const file = createBackup(stateFrom(4), 3, NOW);
    const { log } = file.state.progress;
    log.kind = `${log.kind.slice(0, 7)}z${log.kind.slice(8)}`;
    expect(issue(JSON.stringify(file))).toEqual({ code: 'out-of-range', path: 'state.progress.log.kind[7]' });
    const card = Object.keys(file.state.progress.cards)[0]!;
    log.kind = packProgress(stateFrom(4).progress).log.kind;
    (file.state.progress.cards as Record<string, Record<string, unknown>>)[card]!.stability = '5';
    expect(issue(JSON.stringify(file))).toEqual({ code: 'wrong-type', path: `state.progress.cards["${card}"].stability` });
  });

  it('names the path of a bad value in a file of version 2, one object per review', () => {
    const state = stateFrom(4);
    (state.progress.log[7] as unknown as Record<string, unknown>).grade = 5;
    const file = JSON.stringify({ format: BACKUP_FORMAT, version: 2, exportedAt: NOW, state });
    expect(issue(file)).toEqual({ code: 'out-of-range', path: 'state.progress.log[7].grade' });
  });

  it('refuses dates far in the future but allows clocks that differ a little', () => {
    const state = stateFrom(5);
    state.progress.log[0]!.reviewedAt = Date.UTC(3000, 0, 1);
    expect(issue(serializeBackup(createBackup(state, 3, NOW)))).toEqual({ code: 'future-date', path: 'state.progress.log.at[0]' });
    state.progress.log[0]!.reviewedAt = NOW + DAY;
    const file = createBackup(state, 3, NOW);
    file.exportedAt = NOW + 10 * 60_000;
    expect(issue(JSON.stringify(file))).toBeNull();
    file.exportedAt = 8.64e15;
    expect(issue(JSON.stringify(file))).toEqual({ code: 'future-date', path: 'exportedAt' });
  });

  it('refuses prototype-polluting keys anywhere', () => {
    const text = valid.replace('"starred":[', '"starred":[{"__proto__":{"polluted":1}},');
    expect(issue(text)?.code).toBe('unsafe-key');
    expect(issue(valid.replace('"quiz":{', '"quiz":{"constructor":{"prototype":{"polluted":1}},'))).toEqual({
      code: 'unsafe-key',
      path: 'state.quiz.constructor',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps only known fields', () => {
    const file = createBackup(stateFrom(6), 3, NOW) as unknown as { state: { progress: { log: Record<string, unknown>; cards: Record<string, Record<string, unknown>> } } };
    file.state.progress.log.extra = 'x'.repeat(100);
    Object.values(file.state.progress.cards)[0]!.extra = 'x';
    const parsed = parseBackup(JSON.stringify(file), options);
    expect(parsed.ok && 'extra' in Object.values(parsed.value.state.progress.cards)[0]!).toBe(false);
    expect(parsed.ok && parsed.value.state.progress.log).toEqual(stateFrom(6).progress.log);
  });

  it('migrates an older file and validates the result', () => {
    const v1 = JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: NOW, state: { settings: { language: 'zh', theme: 'light' } } });
    expect(parseBackup(v1, options)).toEqual({
      ok: true,
      value: {
        kind: 'backup',
        version: 1,
        exportedAt: NOW,
        state: { settings: { language: 'zh', theme: 'light' }, progress: { cards: {}, log: [], starred: [] }, quiz: { attempts: [], missed: {} } },
      },
    });
    const throwing = { ...options, migrate: () => JSON.parse('{') as unknown };
    expect(parseBackup(v1, throwing)).toEqual({ ok: false, issue: { code: 'migration-failed', path: 'state', version: 1 } });
  });

  it('reads a file of version 2, one object per review, to the same state', () => {
    const state = stateFrom(8);
    const v2 = JSON.stringify({ format: BACKUP_FORMAT, version: 2, exportedAt: NOW, state });
    expect(parseBackup(v2, options)).toEqual({ ok: true, value: { kind: 'backup', version: 2, exportedAt: NOW, state } });
  });

  it('accepts the raw copy of a store kept aside, as a snapshot', () => {
    const state = stateFrom(7);
    const snapshot = JSON.stringify({ state, version: 2 });
    expect(parseBackup(snapshot, options)).toEqual({ ok: true, value: { kind: 'snapshot', version: 2, exportedAt: null, state } });
    const packed = JSON.stringify({ state: createBackup(state, 3, NOW).state, version: 3 });
    expect(parseBackup(packed, options)).toEqual({ ok: true, value: { kind: 'snapshot', version: 3, exportedAt: null, state } });
    expect(readBackupEnvelope('{"state": 1, "version": 2}', options)).toEqual({ ok: false, issue: { code: 'wrong-type', path: 'state' } });
  });
});

describe('merging', () => {
  it('keeps every review and attempt of both, once', () => {
    const mine = stateFrom(10, { idPrefix: 'a' });
    const theirs = stateFrom(11, { idPrefix: 'b' });
    const merged = mergeStates(mine, theirs);
    expect(merged.progress.log).toHaveLength(mine.progress.log.length + theirs.progress.log.length);
    expect(merged.quiz.attempts).toHaveLength(mine.quiz.attempts.length + theirs.quiz.attempts.length);
    expect(mergeStates(merged, theirs)).toEqual(merged); // idempotent
    expect(merged.progress.log.map((e) => e.reviewedAt)).toEqual([...merged.progress.log.map((e) => e.reviewedAt)].sort((a, b) => a - b));
    expect(merged.settings).toBe(mine.settings);
  });

  it('keeps the later state of each card and the latest miss of each term', () => {
    const base = stateFrom(12);
    const [id, card] = Object.entries(base.progress.cards)[0]!;
    const later = { ...card!, lastReview: card!.lastReview! + DAY, reps: card!.reps + 1 };
    const older = { ...card!, lastReview: card!.lastReview! - DAY };
    const withCard = (c: typeof card, missedAt: number): BackupState<Settings> => ({
      ...base,
      progress: { ...base.progress, cards: { ...base.progress.cards, [id]: c } },
      quiz: { ...base.quiz, missed: { iaas: missedAt } },
    });
    expect(mergeStates(withCard(card, 5), withCard(later, 9)).progress.cards[id as 'iaas:forward']).toEqual(later);
    expect(mergeStates(withCard(card, 9), withCard(older, 5)).progress.cards[id as 'iaas:forward']).toEqual(card);
    expect(mergeStates(withCard(card, 5), withCard(later, 9)).quiz.missed.iaas).toBe(9);
    expect(mergeStates(withCard(card, 9), withCard(older, 5)).quiz.missed.iaas).toBe(9);
    // Same reviews, but brought forward by a missed quiz question: the sooner due date wins.
    const broughtForward = { ...card!, due: card!.due - 3 * DAY };
    expect(mergeStates(withCard(card, 5), withCard(broughtForward, 5)).progress.cards[id as 'iaas:forward']).toEqual(broughtForward);
    expect(mergeStates(withCard(broughtForward, 5), withCard(card, 5)).progress.cards[id as 'iaas:forward']).toEqual(broughtForward);
  });

  it('cannot be made to pollute a prototype, even when handed unvalidated data', () => {
    const empty: BackupState<Settings> = { settings: { language: 'en', theme: 'system' }, progress: { cards: {}, log: [], starred: [] }, quiz: { attempts: [], missed: {} } };
    const hostile = JSON.parse('{"cards": {"__proto__": {"polluted": 1}}, "log": [], "starred": []}');
    const hostileQuiz = JSON.parse('{"attempts": [], "missed": {"__proto__": 1}}');
    const merged = mergeStates(empty, { ...empty, progress: hostile, quiz: hostileQuiz });
    expect(Object.getPrototypeOf(merged.progress.cards)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(merged.quiz.missed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the summary of an import', () => {
  const mine = stateFrom(20, { idPrefix: 'a', days: 10 });
  const theirs = { ...stateFrom(21, { idPrefix: 'b', days: 20 }), settings: { language: 'en', theme: 'dark' } };

  it('counts what a merge adds and changes, and removes nothing', () => {
    const summary = summarizeImport(mine, theirs, 'merge');
    const merged = applyImport(mine, theirs, 'merge');
    expect(summary).toMatchObject({
      mode: 'merge',
      reviews: { added: theirs.progress.log.length, removed: 0 },
      attempts: { added: theirs.quiz.attempts.length, removed: 0 },
      cards: { removed: 0 },
      settings: [],
      changes: true,
    });
    expect(summary.after.reviews).toBe(merged.progress.log.length);
    expect(summary.cards.added + summary.before.cards).toBe(summary.after.cards);
  });

  it('counts what a replace removes, including settings', () => {
    const summary = summarizeImport(mine, theirs, 'replace');
    expect(summary).toMatchObject({
      mode: 'replace',
      reviews: { added: theirs.progress.log.length, removed: mine.progress.log.length },
      settings: ['language'],
      after: { reviews: theirs.progress.log.length },
    });
  });

  it('says when nothing would change', () => {
    expect(summarizeImport(mine, mine, 'merge').changes).toBe(false);
    expect(summarizeImport(mine, structuredClone(mine), 'replace').changes).toBe(false);
  });
});
