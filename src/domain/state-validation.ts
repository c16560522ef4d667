/**
 * Validation of persisted state, wherever it comes from: storage at start, another tab, or an
 * imported file. Strict and whole: one bad value rejects the lot, with a code and the JSON path
 * of the value. Every size and date is bounded, card ids must be a term and a direction, keys
 * that could pollute prototypes (`__proto__`, `constructor`, `prototype`) are refused, and only
 * known fields are copied, into fresh objects written as own properties. Pure: `now` is a parameter.
 *
 * Kept apart from backup.ts so that the first page, which validates what storage holds, does
 * not carry the export, import and merge code that only the settings screen needs.
 */
import { cardStateProblem, copyCardState, PHASES } from './card-state';
import { parseCardId, type CardId, type CardState, type ReviewLogEntry } from './cards';
import { LIMITS } from './limits';
import type { TermNotes } from './notes';
import type { QuizAnswerRecord, QuizAttempt } from './quiz-history';


export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

// ---------------------------------------------------------------------------------------------
// Shapes

export type ProgressData = {
  cards: Partial<Record<CardId, CardState>>;
  log: ReviewLogEntry[];
  starred: string[];
  /** The learner's own words per term (absent: none; stores before version 4 have none). */
  notes?: TermNotes;
};

export type QuizData = {
  attempts: QuizAttempt[];
  missed: Record<string, number>;
};

export type BackupState<S> = { settings: S; progress: ProgressData; quiz: QuizData };

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

export function object(value: unknown, path: string): Record<string, unknown> {
  if (value === undefined) fail('missing', path);
  if (!isPlainObject(value)) fail('wrong-type', path);
  return value;
}

export function array(value: unknown, path: string, max: number): unknown[] {
  if (value === undefined) fail('missing', path);
  if (!Array.isArray(value)) fail('wrong-type', path);
  if (value.length > max) fail('too-many', path);
  return value;
}

export function string(value: unknown, path: string, max: number = LIMITS.idLength): string {
  if (value === undefined) fail('missing', path);
  if (typeof value !== 'string') fail('wrong-type', path);
  if (value.length > max) fail('too-long', path);
  return value;
}

export function id(value: unknown, path: string): string {
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
export function pastTime(value: unknown, path: string, now: number): number {
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

const GRADES = [1, 2, 3, 4] as const;

/** A card state FSRS can schedule (card-state.ts, the one definition of a usable card). */
function cardState(raw: unknown, path: string, now: number): CardState {
  const card = object(raw, path);
  const problem = cardStateProblem(card, now);
  if (problem) fail(problem.code, childPath(path, problem.field));
  return copyCardState(card);
}

export function cardIdOf(value: unknown, path: string): CardId {
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

/** Reads a review log, validating every value; throws (inside `check`) at the first bad one. */
export type LogReader = (raw: unknown, path: string, now: number) => ReviewLogEntry[];

/** The review log as the app holds it in memory, and as versions 1 and 2 stored it: one object per review. */
export const readLogEntries: LogReader = (raw, path, now) => array(raw, path, LIMITS.log).map((entry, i) => logEntry(entry, childPath(path, i), now));

/**
 * Validates progress (card states, review log, starred terms); copies only known fields.
 * `readLog` reads the log in the form at hand: one object per review by default, or the packed
 * form that storage and backup files hold (review-log-codec.ts).
 */
export function validateProgress(raw: unknown, now: number, path = 'progress', readLog: LogReader = readLogEntries): Checked<ProgressData> {
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
    const log = readLog(progress.log, childPath(path, 'log'), now);
    const starred = array(progress.starred, childPath(path, 'starred'), LIMITS.starred).map((termId, i) =>
      id(termId, childPath(childPath(path, 'starred'), i)),
    );
    if (progress.notes === undefined) return { cards, log, starred };
    const rawNotes = object(progress.notes, childPath(path, 'notes'));
    const termIds = Object.keys(rawNotes);
    if (termIds.length > LIMITS.notes) fail('too-many', childPath(path, 'notes'));
    const notes: TermNotes = {};
    for (const termId of termIds) {
      const at = childPath(childPath(path, 'notes'), termId);
      const note = object(rawNotes[termId], at);
      setOwn(notes, id(termId, at), { text: string(note.text, childPath(at, 'text'), LIMITS.noteLength), at: pastTime(note.at, childPath(at, 'at'), now) });
    }
    return { cards, log, starred, notes };
  });
}

function answer(raw: unknown, path: string): QuizAnswerRecord {
  const record = object(raw, path);
  const at = (key: string) => childPath(path, key);
  const correct = record.correct;
  if (correct === undefined) fail('missing', at('correct'));
  if (typeof correct !== 'boolean') fail('wrong-type', at('correct'));
  const skipped = record.skipped;
  if (skipped !== undefined && skipped !== true) fail('wrong-type', at('skipped'));
  return {
    questionId: id(record.questionId, at('questionId')),
    topic: id(record.topic, at('topic')) as QuizAnswerRecord['topic'],
    termIds: array(record.termIds, at('termIds'), LIMITS.termIds).map((termId, i) => id(termId, childPath(at('termIds'), i))),
    correct,
    ...(skipped === true ? { skipped } : {}),
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
