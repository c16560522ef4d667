/**
 * Backups: the export file, reading anything that claims to be one, what an import would
 * change, and the two ways to apply it (merge or replace). Pure: time is a parameter, and the
 * app's settings shape and migrations are passed in, so this module knows only the data.
 *
 * A backup file is JSON: `{ format: 'cloudcards-backup', version, exportedAt, state }`, where
 * `version` is the version of the persisted state (the store's version) and `state` is that
 * state as storage holds it: `{ settings, progress, quiz }`, the review log packed from version
 * 3 on (review-log-codec.ts), so that a file holds years of study in a few megabytes and reads
 * back whole. Files of earlier versions are read through the app's migrations. The raw copy of
 * the store kept aside when it could not be read, `{ state, version }`, is accepted too, so
 * that it can be brought back by hand. Every value is validated (state-validation.ts); one bad
 * value refuses the file, with a code and the JSON path of the value, and nothing is changed.
 */
import type { CardId } from './cards';
import { LIMITS } from './limits';
import { mergeAttempts, mergeProgressCopies, mergeQuizCopies, mergeReviewLogs, sameCardState } from './merge';
import { packProgress, type StoredProgress } from './review-log-codec';
import { validateStoredProgress } from './review-log-reader';
import {
  check,
  fail,
  findUnsafeKey,
  isPlainObject,
  object,
  pastTime,
  validateQuizHistory,
  type BackupState,
  type Checked,
} from './state-validation';


export const BACKUP_FORMAT = 'cloudcards-backup';

/** The largest file read at all (limits.ts). */
export const MAX_BACKUP_CHARS = LIMITS.backupChars;

/** The state as a file (and storage) holds it: the review log packed. */
export type StoredBackupState<S> = Omit<BackupState<S>, 'progress'> & { progress: StoredProgress };

export type BackupFile<S> = {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: number;
  state: StoredBackupState<S>;
};

// ---------------------------------------------------------------------------------------------
// Files

/** The file for a state; `version` is the store's, whose form (the log packed) the file takes. */
export function createBackup<S>(state: BackupState<S>, version: number, now: number): BackupFile<S> {
  return {
    format: BACKUP_FORMAT,
    version,
    exportedAt: now,
    state: { settings: state.settings, progress: packProgress(state.progress), quiz: state.quiz },
  };
}

export function serializeBackup<S>(file: BackupFile<S>): string {
  return `${JSON.stringify(file)}\n`;
}

/** 'cloudcards-backup-2026-11-22.json', dated in local time. */
export function backupFileName(now: number, offsetMinutes: number): string {
  return `cloudcards-backup-${new Date(now + offsetMinutes * 60_000).toISOString().slice(0, 10)}.json`;
}

export type BackupEnvelope = {
  /** A backup file, or the raw copy of a store kept aside. */
  kind: 'backup' | 'snapshot';
  version: number;
  exportedAt: number | null;
  state: unknown;
};

/** Reads the outside of a file: is it JSON, is it ours, is it a version this app understands. */
export function readBackupEnvelope(text: string, { currentVersion, now }: { currentVersion: number; now: number }): Checked<BackupEnvelope> {
  return check(() => {
    if (text.length > MAX_BACKUP_CHARS) fail('too-large', '');
    if (text.trim() === '') fail('empty', '');
    let parsed: unknown;
    try {
      // Some editors save JSON with a byte-order mark, which JSON.parse refuses.
      parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      fail('not-json', '');
    }
    if (!isPlainObject(parsed)) fail('foreign', '');
    const unsafe = findUnsafeKey(parsed);
    if (unsafe !== null) fail('unsafe-key', unsafe);
    const isBackup = parsed.format === BACKUP_FORMAT;
    const isSnapshot = parsed.format === undefined && 'state' in parsed && 'version' in parsed;
    if (!isBackup && !isSnapshot) fail('foreign', parsed.format === undefined ? '' : 'format');
    const { version } = parsed;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) fail('bad-version', 'version');
    if (version > currentVersion) fail('newer-version', 'version', version);
    const exportedAt = isBackup ? pastTime(parsed.exportedAt, 'exportedAt', now) : null;
    object(parsed.state, 'state');
    return { kind: isBackup ? 'backup' : 'snapshot', version, exportedAt, state: parsed.state } satisfies BackupEnvelope;
  });
}

export type ParsedBackup<S> = Omit<BackupEnvelope, 'state'> & { state: BackupState<S> };

/**
 * Reads a whole file: the envelope, then a migration to the current version, then every value.
 * `settings` validates the settings part (the app knows its shape); it may fill in missing
 * fields but must reject wrong ones. `migrate` may refuse a value with `fail` (state-validation),
 * naming its path in the file; anything else it throws is a failed migration.
 */
export function parseBackup<S>(
  text: string,
  options: {
    currentVersion: number;
    now: number;
    migrate: (state: unknown, fromVersion: number, now: number) => unknown;
    settings: (raw: unknown, path: string) => Checked<S>;
  },
): Checked<ParsedBackup<S>> {
  const envelope = readBackupEnvelope(text, options);
  if (!envelope.ok) return envelope;
  const { state: rawState, ...outside } = envelope.value;
  let migrated: unknown = rawState;
  if (outside.version < options.currentVersion) {
    let upgraded: Checked<unknown>;
    try {
      upgraded = check(() => options.migrate(rawState, outside.version, options.now));
    } catch {
      return { ok: false, issue: { code: 'migration-failed', path: 'state', version: outside.version } };
    }
    if (!upgraded.ok) return upgraded;
    migrated = upgraded.value;
  }
  const state = check(() => object(migrated, 'state'));
  if (!state.ok) return state;
  const settings = options.settings(state.value.settings, 'state.settings');
  if (!settings.ok) return settings;
  const progress = validateStoredProgress(state.value.progress, options.now, 'state.progress');
  if (!progress.ok) return progress;
  const quiz = validateQuizHistory(state.value.quiz, options.now, 'state.quiz');
  if (!quiz.ok) return quiz;
  // A review or attempt listed twice under one id (a hand-edited file) counts once: the merge's rule.
  const once = { ...progress.value, log: mergeReviewLogs([], progress.value.log) };
  const quizOnce = { ...quiz.value, attempts: mergeAttempts([], quiz.value.attempts) };
  return { ok: true, value: { ...outside, state: { settings: settings.value, progress: once, quiz: quizOnce } } };
}

// ---------------------------------------------------------------------------------------------
// Applying an import

export type ImportMode = 'merge' | 'replace';

/**
 * Merges an imported state into the current one, losing nothing from either (merge.ts, the same
 * merge as between open tabs): every review and quiz attempt of both (by id), each card's later
 * state, every starred term, each term's latest miss. This device's settings stay.
 */
export function mergeStates<S>(current: BackupState<S>, incoming: BackupState<S>): BackupState<S> {
  return {
    settings: current.settings,
    progress: mergeProgressCopies(current.progress, incoming.progress),
    quiz: mergeQuizCopies(current.quiz, incoming.quiz, LIMITS.keptAttempts),
  };
}

/**
 * The state an import leads to: exactly what the store keeps, so the preview counts what stays
 * (of more quiz attempts than the history keeps, the latest `LIMITS.keptAttempts`).
 */
export function applyImport<S>(current: BackupState<S>, incoming: BackupState<S>, mode: ImportMode): BackupState<S> {
  if (mode === 'merge') return mergeStates(current, incoming);
  return { ...incoming, quiz: mergeQuizCopies(incoming.quiz, { attempts: [], missed: {} }, LIMITS.keptAttempts) };
}

export type Counts = { cards: number; reviews: number; attempts: number; starred: number };

export type ImportSummary<S> = {
  mode: ImportMode;
  before: Counts;
  after: Counts;
  cards: { added: number; updated: number; removed: number };
  reviews: { added: number; removed: number };
  /** `notKept`: attempts in the file that the history does not keep (older than the latest it keeps). */
  attempts: { added: number; removed: number; notKept: number };
  starred: { added: number; removed: number };
  /** Settings that would change (replace only: a merge keeps this device's settings). */
  settings: (keyof S & string)[];
  /** Whether anything at all would change. */
  changes: boolean;
};

export function countState(state: BackupState<unknown>): Counts {
  return {
    cards: Object.keys(state.progress.cards).length,
    reviews: state.progress.log.length,
    attempts: state.quiz.attempts.length,
    starred: state.progress.starred.length,
  };
}


function idDiff(before: readonly string[], after: readonly string[]) {
  const had = new Set(before);
  const has = new Set(after);
  return { added: [...has].filter((x) => !had.has(x)).length, removed: [...had].filter((x) => !has.has(x)).length };
}

/** What an import would change, in counts, before anything is written. */
export function summarizeImport<S extends object>(current: BackupState<S>, incoming: BackupState<S>, mode: ImportMode): ImportSummary<S> {
  const after = applyImport(current, incoming, mode);
  const beforeCards = current.progress.cards;
  const afterCards = after.progress.cards;
  const cardIds = idDiff(Object.keys(beforeCards), Object.keys(afterCards));
  let updated = 0;
  for (const [key, card] of Object.entries(afterCards)) {
    const old = Object.hasOwn(beforeCards, key) ? beforeCards[key as CardId] : undefined;
    if (card && old && !sameCardState(card, old)) updated++;
  }
  const settings = (Object.keys(after.settings) as (keyof S & string)[]).filter(
    (key) => JSON.stringify(after.settings[key]) !== JSON.stringify(current.settings[key]),
  );
  const reviews = idDiff(current.progress.log.map((e) => e.id), after.progress.log.map((e) => e.id));
  const kept = new Set(after.quiz.attempts.map((a) => a.id));
  const attempts = {
    ...idDiff(current.quiz.attempts.map((a) => a.id), [...kept]),
    notKept: incoming.quiz.attempts.filter((a) => !kept.has(a.id)).length,
  };
  const starred = idDiff(current.progress.starred, after.progress.starred);
  const missedChanged = JSON.stringify(Object.entries(current.quiz.missed).sort()) !== JSON.stringify(Object.entries(after.quiz.missed).sort());
  const summary = {
    mode,
    before: countState(current),
    after: countState(after),
    cards: { ...cardIds, updated },
    reviews,
    attempts,
    starred,
    settings,
  };
  const changes =
    cardIds.added + cardIds.removed + updated + reviews.added + reviews.removed + attempts.added + attempts.removed + starred.added + starred.removed + settings.length > 0 ||
    missedChanged;
  return { ...summary, changes };
}
