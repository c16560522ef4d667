/**
 * Backups: the export file, the validation of anything that claims to be one, what an import
 * would change, and the two ways to apply it (merge or replace). Pure: time is a parameter, and
 * the app's settings shape and migrations are passed in, so this module knows only the data.
 *
 * A backup file is JSON: `{ format: 'cloudcards-backup', version, exportedAt, state }`, where
 * `version` is the version of the persisted state (the store's version) and `state` is that
 * state: `{ settings, progress, quiz }`. The raw copy of the store kept aside when it could not
 * be read, `{ state, version }`, is accepted too, so that it can be brought back by hand.
 *
 * Validation is strict and whole: one bad value rejects the file, with a code and the JSON
 * path of the value, and nothing is changed. Keys that could pollute prototypes
 * (`__proto__`, `constructor`, `prototype`) are refused anywhere in the file.
 */
import { parseCardId, type CardId, type CardState, type ReviewLogEntry } from './cards';
import type { QuizAnswerRecord, QuizAttempt } from './quiz-history';
import { DAY_MS } from './study-day';

export const BACKUP_FORMAT = 'cloudcards-backup';

/** The largest file read at all. A year of daily study is well under 2 MB. */
export const MAX_BACKUP_CHARS = 16 * 1024 * 1024;

/** Bounds that no real data comes near, and that hostile data will. */
export const LIMITS = {
  idLength: 500,
  cards: 200_000,
  log: 2_000_000,
  starred: 100_000,
  attempts: 100_000,
  answers: 10_000,
  termIds: 1_000,
  missed: 100_000,
  /** Dates of things that happened may be this far ahead of the clock (clocks differ), no more. */
  futureSlackMs: 366 * DAY_MS,
  /** A card may be due this far ahead (FSRS caps intervals at 100 years). */
  dueAheadMs: 200 * 366 * DAY_MS,
} as const;

export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

// ---------------------------------------------------------------------------------------------
// Shapes

export type ProgressData = {
  cards: Partial<Record<CardId, CardState>>;
  log: ReviewLogEntry[];
  starred: string[];
};

export type QuizData = {
  attempts: QuizAttempt[];
  missed: Record<string, number>;
};

export type BackupState<S> = { settings: S; progress: ProgressData; quiz: QuizData };

export type BackupFile<S> = {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: number;
  state: BackupState<S>;
};

export type IssueCode =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'foreign'
  | 'newer-version'
  | 'bad-version'
  | 'unsafe-key'
  | 'missing'
  | 'wrong-type'
  | 'out-of-range'
  | 'future-date'
  | 'too-long'
  | 'too-many'
  | 'bad-id'
  | 'migration-failed';

/** What is wrong and where: `path` is the JSON path of the offending value ('' for the file). */
export type Issue = { code: IssueCode; path: string; version?: number };

export type Checked<T> = { ok: true; value: T } | { ok: false; issue: Issue };

class Invalid extends Error {
  constructor(readonly issue: Issue) {
    super(`${issue.code} at ${issue.path || 'the file'}`);
  }
}

/** Rejects the value being validated (inside `check`). */
export function fail(code: IssueCode, path: string, version?: number): never {
  throw new Invalid(version === undefined ? { code, path } : { code, path, version });
}

/** Runs a validator that throws `Invalid`, as a result. Other errors are bugs: they propagate. */
export function check<T>(run: () => T): Checked<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, issue: error.issue };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Building blocks for validators

export const childPath = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)}]`;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (value === undefined) fail('missing', path);
  if (!isPlainObject(value)) fail('wrong-type', path);
  return value;
}

function array(value: unknown, path: string, max: number): unknown[] {
  if (value === undefined) fail('missing', path);
  if (!Array.isArray(value)) fail('wrong-type', path);
  if (value.length > max) fail('too-many', path);
  return value;
}

function string(value: unknown, path: string, max: number = LIMITS.idLength): string {
  if (value === undefined) fail('missing', path);
  if (typeof value !== 'string') fail('wrong-type', path);
  if (value.length > max) fail('too-long', path);
  return value;
}

function id(value: unknown, path: string): string {
  const text = string(value, path);
  if (text === '' || UNSAFE_KEYS.has(text)) fail('bad-id', path);
  return text;
}

function number(value: unknown, path: string, min: number, max: number, integer = false): number {
  if (value === undefined) fail('missing', path);
  if (typeof value !== 'number') fail('wrong-type', path);
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) fail('out-of-range', path);
  return value;
}

/** An epoch-ms date of something that has happened: not before 1970, not far in the future. */
function pastTime(value: unknown, path: string, now: number): number {
  if (value === undefined) fail('missing', path);
  if (typeof value !== 'number') fail('wrong-type', path);
  if (!Number.isFinite(value) || value < 0) fail('out-of-range', path);
  if (value > now + LIMITS.futureSlackMs) fail('future-date', path);
  return value;
}

function oneOf<T extends string | number>(value: unknown, path: string, options: readonly T[]): T {
  if (value === undefined) fail('missing', path);
  if (!options.includes(value as T)) fail(typeof value === typeof options[0] ? 'out-of-range' : 'wrong-type', path);
  return value as T;
}

/** Defines an own property, so that no key can ever reach a prototype setter. */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The path of the first key anywhere in a parsed JSON value that could pollute a prototype,
 * or null. Iterative, so that deep nesting cannot overflow the stack.
 */
export function findUnsafeKey(root: unknown): string | null {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: childPath(path, i) });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (UNSAFE_KEYS.has(key)) return childPath(path, key);
      stack.push({ value: (value as Record<string, unknown>)[key], path: childPath(path, key) });
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Progress and quiz history

const PHASES = ['new', 'learning', 'review', 'relearning'] as const;
const GRADES = [1, 2, 3, 4] as const;

function cardState(raw: unknown, path: string, now: number): CardState {
  const card = object(raw, path);
  const at = (key: string) => childPath(path, key);
  const due = number(card.due, at('due'), 0, Number.MAX_SAFE_INTEGER);
  if (due > now + LIMITS.dueAheadMs) fail('future-date', at('due'));
  return {
    due,
    stability: number(card.stability, at('stability'), 0, 1e6),
    difficulty: number(card.difficulty, at('difficulty'), 0, 100),
    scheduledDays: number(card.scheduledDays, at('scheduledDays'), 0, 1e6),
    learningSteps: number(card.learningSteps, at('learningSteps'), 0, 10_000, true),
    reps: number(card.reps, at('reps'), 0, 1e8, true),
    lapses: number(card.lapses, at('lapses'), 0, 1e8, true),
    phase: oneOf(card.phase, at('phase'), PHASES),
    lastReview: card.lastReview === null ? null : pastTime(card.lastReview, at('lastReview'), now),
  };
}

function cardIdOf(value: unknown, path: string): CardId {
  const text = id(value, path);
  if (!parseCardId(text)) fail('bad-id', path);
  return text as CardId;
}

function logEntry(raw: unknown, path: string, now: number): ReviewLogEntry {
  const entry = object(raw, path);
  const at = (key: string) => childPath(path, key);
  return {
    id: id(entry.id, at('id')),
    cardId: cardIdOf(entry.cardId, at('cardId')),
    grade: oneOf(entry.grade, at('grade'), GRADES),
    reviewedAt: pastTime(entry.reviewedAt, at('reviewedAt'), now),
    phase: oneOf(entry.phase, at('phase'), PHASES),
    durationMs: number(entry.durationMs, at('durationMs'), 0, 1e10),
  };
}

/** Validates progress (card states, review log, starred terms); copies only known fields. */
export function validateProgress(raw: unknown, now: number, path = 'progress'): Checked<ProgressData> {
  return check(() => {
    const progress = object(raw, path);
    const rawCards = object(progress.cards, childPath(path, 'cards'));
    const cardIds = Object.keys(rawCards);
    if (cardIds.length > LIMITS.cards) fail('too-many', childPath(path, 'cards'));
    const cards: Record<string, CardState> = {};
    for (const key of cardIds) {
      const at = childPath(childPath(path, 'cards'), key);
      if (key.length > LIMITS.idLength || UNSAFE_KEYS.has(key) || !parseCardId(key)) fail('bad-id', at);
      setOwn(cards, key, cardState(rawCards[key], at, now));
    }
    const log = array(progress.log, childPath(path, 'log'), LIMITS.log).map((entry, i) =>
      logEntry(entry, childPath(childPath(path, 'log'), i), now),
    );
    const starred = array(progress.starred, childPath(path, 'starred'), LIMITS.starred).map((termId, i) =>
      id(termId, childPath(childPath(path, 'starred'), i)),
    );
    return { cards, log, starred };
  });
}

function answer(raw: unknown, path: string): QuizAnswerRecord {
  const record = object(raw, path);
  const at = (key: string) => childPath(path, key);
  const correct = record.correct;
  if (correct === undefined) fail('missing', at('correct'));
  if (typeof correct !== 'boolean') fail('wrong-type', at('correct'));
  return {
    questionId: id(record.questionId, at('questionId')),
    topic: id(record.topic, at('topic')) as QuizAnswerRecord['topic'],
    termIds: array(record.termIds, at('termIds'), LIMITS.termIds).map((termId, i) => id(termId, childPath(at('termIds'), i))),
    correct,
  };
}

function attempt(raw: unknown, path: string, now: number): QuizAttempt {
  const record = object(raw, path);
  const at = (key: string) => childPath(path, key);
  return {
    id: id(record.id, at('id')),
    quizId: id(record.quizId, at('quizId')),
    seed: string(record.seed, at('seed')),
    startedAt: pastTime(record.startedAt, at('startedAt'), now),
    finishedAt: pastTime(record.finishedAt, at('finishedAt'), now),
    answers: array(record.answers, at('answers'), LIMITS.answers).map((a, i) => answer(a, childPath(at('answers'), i))),
  };
}

/** Validates quiz history (attempts and missed terms); copies only known fields. */
export function validateQuizHistory(raw: unknown, now: number, path = 'quiz'): Checked<QuizData> {
  return check(() => {
    const quiz = object(raw, path);
    const attempts = array(quiz.attempts, childPath(path, 'attempts'), LIMITS.attempts).map((a, i) =>
      attempt(a, childPath(childPath(path, 'attempts'), i), now),
    );
    const rawMissed = object(quiz.missed, childPath(path, 'missed'));
    const termIds = Object.keys(rawMissed);
    if (termIds.length > LIMITS.missed) fail('too-many', childPath(path, 'missed'));
    const missed: Record<string, number> = {};
    for (const termId of termIds) {
      const at = childPath(childPath(path, 'missed'), termId);
      id(termId, at);
      setOwn(missed, termId, pastTime(rawMissed[termId], at, now));
    }
    return { attempts, missed };
  });
}

// ---------------------------------------------------------------------------------------------
// Files

export function createBackup<S>(state: BackupState<S>, version: number, now: number): BackupFile<S> {
  return { format: BACKUP_FORMAT, version, exportedAt: now, state };
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
 * fields but must reject wrong ones.
 */
export function parseBackup<S>(
  text: string,
  options: {
    currentVersion: number;
    now: number;
    migrate: (state: unknown, fromVersion: number) => unknown;
    settings: (raw: unknown, path: string) => Checked<S>;
  },
): Checked<ParsedBackup<S>> {
  const envelope = readBackupEnvelope(text, options);
  if (!envelope.ok) return envelope;
  const { state: rawState, ...outside } = envelope.value;
  let migrated: unknown = rawState;
  if (outside.version < options.currentVersion) {
    try {
      migrated = options.migrate(rawState, outside.version);
    } catch {
      return { ok: false, issue: { code: 'migration-failed', path: 'state', version: outside.version } };
    }
  }
  const state = check(() => object(migrated, 'state'));
  if (!state.ok) return state;
  const settings = options.settings(state.value.settings, 'state.settings');
  if (!settings.ok) return settings;
  const progress = validateProgress(state.value.progress, options.now, 'state.progress');
  if (!progress.ok) return progress;
  const quiz = validateQuizHistory(state.value.quiz, options.now, 'state.quiz');
  if (!quiz.ok) return quiz;
  return { ok: true, value: { ...outside, state: { settings: settings.value, progress: progress.value, quiz: quiz.value } } };
}

// ---------------------------------------------------------------------------------------------
// Applying an import

export type ImportMode = 'merge' | 'replace';

const reviewedAt = (card: CardState) => card.lastReview ?? -1;

/** Whether `a` is a later state of a card than `b`: reviewed later, or as late with more reviews. */
function isLater(a: CardState, b: CardState): boolean {
  return reviewedAt(a) > reviewedAt(b) || (reviewedAt(a) === reviewedAt(b) && a.reps > b.reps);
}

/**
 * Merges an imported state into the current one, losing nothing from either: every review and
 * quiz attempt of both (by id), each card's later state, every starred term, each term's latest
 * miss. This device's settings stay.
 */
export function mergeStates<S>(current: BackupState<S>, incoming: BackupState<S>): BackupState<S> {
  const cards: Record<string, CardState> = {};
  for (const [key, card] of Object.entries(current.progress.cards)) if (card) setOwn(cards, key, card);
  for (const [key, card] of Object.entries(incoming.progress.cards)) {
    if (!card) continue;
    const mine = Object.hasOwn(cards, key) ? cards[key] : undefined;
    if (!mine || isLater(card, mine)) setOwn(cards, key, card);
  }
  const log = unionById(current.progress.log, incoming.progress.log).sort((a, b) => a.reviewedAt - b.reviewedAt);
  const starred = [...new Set([...current.progress.starred, ...incoming.progress.starred])];
  const attempts = unionById(current.quiz.attempts, incoming.quiz.attempts).sort((a, b) => a.finishedAt - b.finishedAt);
  const missed: Record<string, number> = {};
  for (const source of [current.quiz.missed, incoming.quiz.missed]) {
    for (const [termId, at] of Object.entries(source)) {
      if (!Object.hasOwn(missed, termId) || at > missed[termId]!) setOwn(missed, termId, at);
    }
  }
  return { settings: current.settings, progress: { cards, log, starred }, quiz: { attempts, missed } };
}

function unionById<T extends { id: string }>(mine: readonly T[], theirs: readonly T[]): T[] {
  const seen = new Set(mine.map((item) => item.id));
  const result = [...mine];
  for (const item of theirs) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    result.push(item);
  }
  return result;
}

/** The state an import leads to. */
export function applyImport<S>(current: BackupState<S>, incoming: BackupState<S>, mode: ImportMode): BackupState<S> {
  return mode === 'merge' ? mergeStates(current, incoming) : incoming;
}

export type Counts = { cards: number; reviews: number; attempts: number; starred: number };

export type ImportSummary<S> = {
  mode: ImportMode;
  before: Counts;
  after: Counts;
  cards: { added: number; updated: number; removed: number };
  reviews: { added: number; removed: number };
  attempts: { added: number; removed: number };
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

const CARD_FIELDS = ['due', 'stability', 'difficulty', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'phase', 'lastReview'] as const;
const sameCard = (a: CardState, b: CardState) => CARD_FIELDS.every((field) => a[field] === b[field]);

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
    if (card && old && !sameCard(card, old)) updated++;
  }
  const settings = (Object.keys(after.settings) as (keyof S & string)[]).filter(
    (key) => JSON.stringify(after.settings[key]) !== JSON.stringify(current.settings[key]),
  );
  const reviews = idDiff(current.progress.log.map((e) => e.id), after.progress.log.map((e) => e.id));
  const attempts = idDiff(current.quiz.attempts.map((a) => a.id), after.quiz.attempts.map((a) => a.id));
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
