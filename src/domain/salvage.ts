/**
 * Salvage of a damaged copy of the learner's data, record by record: every card, review, quiz
 * attempt, starred term, miss and note that validation accepts is kept, and each one it refuses
 * is set aside and named by its JSON path, so that one damaged field no longer costs the whole
 * history. Used when stored data cannot be read whole at start (src/app/storage-notices.tsx), and
 * by Restore and import in Settings. The same validators as everywhere (state-validation.ts,
 * review-log-codec.ts), record by record; pure: `now` is a parameter.
 *
 * What comes back is valid by construction: each record passed the strict validators on its
 * own, and reviews and attempts listed twice under one id count once (the merge's rule).
 */
import type { CardId, CardState, ReviewLogEntry } from './cards';
import { readBackupEnvelope, type BackupEnvelope } from './backup';
import { LIMITS } from './limits';
import { mergeAttempts, mergeReviewLogs } from './merge';
import type { TermNotes } from './notes';
import type { QuizAttempt } from './quiz-history';
import { base36, defaultReviewId, digitOf, PHASE_ORDER } from './review-log-codec';
import { readPackedLog } from './review-log-reader';
import { cardIdOf, check, childPath, findUnsafeKey, isPlainObject, validateProgress, validateQuizHistory, type BackupState, type Issue } from './state-validation';

/** A record left out, with what was wrong with it and where. `count`: how many records it stood for (a whole column, say), when more than one. */
export type SetAside = Issue & { count?: number };

export type Salvaged<S> = {
  state: BackupState<S>;
  setAside: SetAside[];
  /** How many records of each kind were kept. */
  kept: { cards: number; reviews: number; attempts: number; starred: number };
};

const emptyProgressData = () => ({ cards: {}, log: [], starred: [] });

/** Validates one record with the strict validator, in a state of its own; the issue names its path in the whole. */
function one<T>(raw: unknown, path: string, run: (raw: unknown) => ReturnType<typeof check<T>>): { ok: true; value: T } | { ok: false; issue: Issue } {
  const unsafe = findUnsafeKey(raw);
  if (unsafe !== null) return { ok: false, issue: { code: 'unsafe-key', path: path + unsafe.replace(/^(?=[A-Za-z_$])/, '.') } };
  return run(raw);
}

/** The records of an object (at most `max`), each checked on its own. */
function eachKey(raw: unknown, path: string, max: number, setAside: SetAside[], keep: (key: string, value: unknown, at: string) => void): void {
  if (raw === undefined) return void setAside.push({ code: 'missing', path });
  if (!isPlainObject(raw)) return void setAside.push({ code: 'wrong-type', path });
  const keys = Object.keys(raw);
  if (keys.length > max) setAside.push({ code: 'too-many', path, count: keys.length - max });
  for (const key of keys.slice(0, max)) keep(key, raw[key], childPath(path, key));
}

function eachItem(raw: unknown, path: string, max: number, setAside: SetAside[], keep: (value: unknown, at: string) => void): void {
  if (raw === undefined) return void setAside.push({ code: 'missing', path });
  if (!Array.isArray(raw)) return void setAside.push({ code: 'wrong-type', path });
  if (raw.length > max) setAside.push({ code: 'too-many', path, count: raw.length - max });
  raw.slice(0, max).forEach((value, i) => keep(value, childPath(path, i)));
}

/** A path of the whole for a path the validator gave inside a state of its own. */
const rebase = (issue: Issue, inner: string, outer: string): Issue => ({
  ...issue,
  path: issue.path.startsWith(inner) ? outer + issue.path.slice(inner.length) : issue.path.startsWith(outer) ? issue.path : outer,
});

function salvageProgress(raw: unknown, now: number, path: string, setAside: SetAside[]) {
  const cards: Record<string, CardState> = {};
  const log: ReviewLogEntry[] = [];
  const starred: string[] = [];
  let notes: TermNotes | undefined;
  if (raw === undefined || !isPlainObject(raw)) {
    setAside.push({ code: raw === undefined ? 'missing' : 'wrong-type', path });
    return { cards, log, starred };
  }
  eachKey(raw.cards, childPath(path, 'cards'), LIMITS.cards, setAside, (key, value, at) => {
    const result = one(value, at, (card) => validateProgress({ ...emptyProgressData(), cards: { [key]: card } }, now, 'p'));
    if (!result.ok) return void setAside.push(rebase(result.issue, childPath('p.cards', key), at));
    const card = result.value.cards[key as CardId];
    if (card) Object.defineProperty(cards, key, { value: card, enumerable: true, writable: true, configurable: true });
  });
  const rawLog = raw.log;
  const logPath = childPath(path, 'log');
  if (Array.isArray(rawLog)) {
    eachItem(rawLog, logPath, LIMITS.log, setAside, (value, at) => {
      const result = one(value, at, (entry) => validateProgress({ ...emptyProgressData(), log: [entry] }, now, 'p'));
      if (result.ok) log.push(...result.value.log);
      else setAside.push(rebase(result.issue, 'p.log[0]', at));
    });
  } else log.push(...salvagePackedLog(rawLog, now, logPath, setAside));
  eachItem(raw.starred, childPath(path, 'starred'), LIMITS.starred, setAside, (value, at) => {
    const result = one(value, at, (termId) => validateProgress({ ...emptyProgressData(), starred: [termId] }, now, 'p'));
    if (result.ok) starred.push(...result.value.starred);
    else setAside.push(rebase(result.issue, 'p.starred[0]', at));
  });
  if (raw.notes !== undefined) {
    eachKey(raw.notes, childPath(path, 'notes'), LIMITS.notes, setAside, (key, value, at) => {
      const result = one(value, at, (note) => validateProgress({ ...emptyProgressData(), notes: { [key]: note } }, now, 'p'));
      if (!result.ok) return void setAside.push(rebase(result.issue, childPath('p.notes', key), at));
      notes ??= {};
      const note = result.value.notes?.[key];
      if (note) Object.defineProperty(notes, key, { value: note, enumerable: true, writable: true, configurable: true });
    });
  }
  return { cards, log: mergeReviewLogs([], log), starred: [...new Set(starred)], ...(notes ? { notes } : {}) };
}

/**
 * A packed log (review-log-codec.ts), review by review: the whole of it when it reads, else every
 * review whose own values are sound. A review's time is the sum of the gaps before it, so from a
 * damaged gap on, the times of the later reviews are unknown and they are set aside together.
 */
function salvagePackedLog(raw: unknown, now: number, path: string, setAside: SetAside[]): ReviewLogEntry[] {
  const whole = check(() => readPackedLog(raw, path, now));
  if (whole.ok) return whole.value;
  if (!isPlainObject(raw) || typeof raw.kind !== 'string') {
    setAside.push({ ...whole.issue, path: raw === undefined || !isPlainObject(raw) ? path : whole.issue.path });
    return [];
  }
  const at = (key: string) => childPath(path, key);
  const kinds = raw.kind.slice(0, LIMITS.log);
  const count = kinds.length;
  const column = (value: unknown): string[] => (typeof value === 'string' && value !== '' ? value.split(',') : []);
  const number = (token: string | undefined): number | null => {
    if (token === undefined || token === '' || token === '-') return null;
    let value = 0;
    for (let i = token[0] === '-' ? 1 : 0; i < token.length; i++) {
      const digit = digitOf(token.charCodeAt(i));
      if (digit < 0) return null;
      value = value * 36 + digit;
    }
    return Number.isSafeInteger(value) ? (token[0] === '-' ? -value : value) : null;
  };
  const rawCardIds = Array.isArray(raw.cardIds) ? raw.cardIds.slice(0, LIMITS.cards) : [];
  const cardIds = rawCardIds.map((cardId, i) => {
    const result = check(() => cardIdOf(cardId, childPath(at('cardIds'), i)));
    if (result.ok) return result.value;
    setAside.push(result.issue);
    return null;
  });
  const places = column(raw.card);
  const gaps = column(raw.at);
  const durations = column(raw.ms);
  // Ids other than the default, by the place of their review; a damaged pair ends the list.
  const ownIds = new Map<number, string>();
  const listed = Array.isArray(raw.ids) ? raw.ids : [];
  let place = -1;
  for (let item = 0; item < listed.length; item++) {
    const pair: unknown = listed[item];
    if (!Array.isArray(pair) || pair.length !== 2 || !Number.isInteger(pair[0]) || pair[0] < 0 || typeof pair[1] !== 'string' || pair[1] === '') {
      setAside.push({ code: 'wrong-type', path: childPath(at('ids'), item) });
      break;
    }
    place += (pair[0] as number) + 1;
    ownIds.set(place, pair[1]);
  }
  const entries: ReviewLogEntry[] = [];
  const latest = now + LIMITS.futureSlackMs;
  let time = 0;
  for (let i = 0; i < count; i++) {
    const gap = number(gaps[i]);
    if (gap === null) {
      setAside.push({ code: gaps[i] === undefined ? 'missing' : 'wrong-type', path: childPath(at('at'), i), count: count - i });
      break; // the times of this review and every later one are unknown
    }
    time += gap;
    const kind = digitOf(kinds.charCodeAt(i));
    const cardId = cardIds[number(places[i]) ?? -1] ?? null;
    const ms = number(durations[i]);
    const own = ownIds.get(i);
    const id = own === undefined ? (cardId === null ? null : defaultReviewId(time, cardId)) : own[0] === '=' ? own.slice(1) : `${base36(time)}-${own}`;
    const problem: Issue | null =
      kind < 0 || kind > 15
        ? { code: 'out-of-range', path: childPath(at('kind'), i) }
        : cardId === null
          ? { code: 'bad-id', path: childPath(at('card'), i) }
          : time < 0 || time > latest
            ? { code: time < 0 ? 'out-of-range' : 'future-date', path: childPath(at('at'), i) }
            : ms === null || ms < 0 || ms > 1e10
              ? { code: 'out-of-range', path: childPath(at('ms'), i) }
              : id === null || id === '' || id.length > LIMITS.idLength || id === '__proto__' || id === 'constructor' || id === 'prototype'
                ? { code: 'bad-id', path: childPath(at('ids'), i) }
                : null;
    if (problem) {
      setAside.push(problem);
      continue;
    }
    entries.push({ id: id!, cardId: cardId!, grade: ((kind % 4) + 1) as ReviewLogEntry['grade'], reviewedAt: time, phase: PHASE_ORDER[kind >> 2]!, durationMs: ms! });
  }
  return entries;
}

function salvageQuiz(raw: unknown, now: number, path: string, setAside: SetAside[]) {
  const attempts: QuizAttempt[] = [];
  const missed: Record<string, number> = {};
  if (raw === undefined || !isPlainObject(raw)) {
    setAside.push({ code: raw === undefined ? 'missing' : 'wrong-type', path });
    return { attempts, missed };
  }
  eachItem(raw.attempts, childPath(path, 'attempts'), LIMITS.attempts, setAside, (value, at) => {
    const result = one(value, at, (attempt) => validateQuizHistory({ attempts: [attempt], missed: {} }, now, 'q'));
    if (result.ok) attempts.push(...result.value.attempts);
    else setAside.push(rebase(result.issue, 'q.attempts[0]', at));
  });
  eachKey(raw.missed, childPath(path, 'missed'), LIMITS.missed, setAside, (key, value, at) => {
    const result = one(value, at, (when) => validateQuizHistory({ attempts: [], missed: { [key]: when } }, now, 'q'));
    if (!result.ok) return void setAside.push(rebase(result.issue, childPath('q.missed', key), at));
    Object.defineProperty(missed, key, { value: result.value.missed[key], enumerable: true, writable: true, configurable: true });
  });
  return { attempts: mergeAttempts([], attempts), missed };
}

/**
 * Salvages a state (`{ settings, progress, quiz }`, the review log packed or not) record by
 * record. `settings` repairs the settings (storage's rule: each valid field kept, the rest the
 * default); `path` is where the state sits in the file ('state').
 */
export function salvageState<S>(raw: unknown, now: number, settings: (raw: unknown) => S, path = 'state'): Salvaged<S> {
  const setAside: SetAside[] = [];
  const state = isPlainObject(raw) ? raw : {};
  if (!isPlainObject(raw)) setAside.push({ code: 'wrong-type', path });
  const progress = salvageProgress(state.progress, now, childPath(path, 'progress'), setAside);
  const quiz = salvageQuiz(state.quiz, now, childPath(path, 'quiz'), setAside);
  const restoredSettings = settings(findUnsafeKey(state.settings) === null ? state.settings : undefined);
  return {
    state: { settings: restoredSettings, progress, quiz },
    setAside,
    kept: { cards: Object.keys(progress.cards).length, reviews: progress.log.length, attempts: quiz.attempts.length, starred: progress.starred.length },
  };
}

/** How many records were set aside in all. */
export const countSetAside = (setAside: readonly SetAside[]): number => setAside.reduce((sum, item) => sum + (item.count ?? 1), 0);

/**
 * Salvages a whole file (a backup, or a copy of the store kept aside): its outside must be
 * sound (JSON, ours, a version this app knows), and its state is then migrated when it can be
 * and salvaged record by record either way. Null when there is nothing to keep.
 */
export function salvageBackup<S>(
  text: string,
  options: {
    currentVersion: number;
    now: number;
    migrate: (state: unknown, fromVersion: number, now: number) => unknown;
    settings: (raw: unknown) => S;
  },
): (Salvaged<S> & { envelope: Omit<BackupEnvelope, 'state'> }) | null {
  const envelope = readBackupEnvelope(text, options);
  if (!envelope.ok) return null;
  const { state: rawState, ...outside } = envelope.value;
  let state = rawState;
  if (outside.version < options.currentVersion) {
    try {
      state = options.migrate(rawState, outside.version, options.now);
    } catch {
      // A migration refuses the whole at its first bad value: salvage the state as it is.
    }
  }
  const result = salvageState(state, options.now, options.settings);
  const { cards, reviews, attempts, starred } = result.kept;
  return cards + reviews + attempts + starred > 0 ? { ...result, envelope: outside } : null;
}
