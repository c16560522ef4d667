/**
 * The learner's data as CouchDB documents, for sync between devices (the CouchDB replication
 * protocol, through PouchDB). The model cannot conflict: each review, finished quiz, change
 * of a star and writing of a note is its own document, written once and never edited, with an id made from what it
 * records, so the same review is one document however often it is replicated, and two devices
 * never write the same id with different content. A card's schedule is not a document: it is
 * rebuilt from the merged reviews (replay.ts). Settings are the one document that is edited;
 * when two devices edit it apart, the later edit wins (`pickLaterSettings`).
 *
 * Pure: documents in, data out; what arrives from a server is validated here like an imported
 * file, and `now` is a parameter.
 */
import type { ReviewLogEntry } from './cards';
import { MAX_NOTE_LENGTH, type TermNote } from './notes';
import type { QuizAttempt } from './quiz-history';
import { isPlainObject, validateProgress, validateQuizHistory } from './state-validation';

export const REVIEW_PREFIX = 'review:';
export const ATTEMPT_PREFIX = 'attempt:';
export const STAR_PREFIX = 'star:';
export const NOTE_PREFIX = 'note:';
export const SETTINGS_ID = 'settings';

export type ReviewDoc = { _id: string; type: 'review' } & Omit<ReviewLogEntry, 'id'>;
export type AttemptDoc = { _id: string; type: 'attempt' } & Omit<QuizAttempt, 'id'>;
export type StarDoc = { _id: string; type: 'star'; termId: string; starred: boolean; at: number };
/** A learner's own words for a term, as written at `at` (notes.ts): each writing its own document, the latest kept. */
export type NoteDoc = { _id: string; type: 'note'; termId: string; text: string; at: number };
export type SettingsDoc<S> = { _id: typeof SETTINGS_ID; type: 'settings'; settings: S; changedAt: number };

export type StarChange = Pick<StarDoc, 'termId' | 'starred' | 'at'>;

/** What a document holds, read and checked. */
export type SyncRecord<S> =
  | { kind: 'review'; entry: ReviewLogEntry }
  | { kind: 'attempt'; attempt: QuizAttempt }
  | { kind: 'star'; star: StarChange }
  | { kind: 'note'; termId: string; note: TermNote }
  | { kind: 'settings'; settings: S; changedAt: number };

export const reviewDocId = (reviewId: string) => `${REVIEW_PREFIX}${reviewId}`;
export const attemptDocId = (attemptId: string) => `${ATTEMPT_PREFIX}${attemptId}`;

export function reviewDoc(entry: ReviewLogEntry): ReviewDoc {
  const { id, ...rest } = entry;
  return { _id: reviewDocId(id), type: 'review', ...rest };
}

export function attemptDoc(attempt: QuizAttempt): AttemptDoc {
  const { id, ...rest } = attempt;
  return { _id: attemptDocId(id), type: 'attempt', ...rest };
}

/** A star set or cleared at `at`: the time and the new value are in the id, so a repeat is the same document. */
export function starDoc({ termId, starred, at }: StarChange): StarDoc {
  return { _id: `${STAR_PREFIX}${at.toString(36)}:${starred ? 1 : 0}:${termId}`, type: 'star', termId, starred, at };
}

export function noteDoc(termId: string, { text, at }: TermNote): NoteDoc {
  return { _id: `${NOTE_PREFIX}${at.toString(36)}:${termId}`, type: 'note', termId, text, at };
}

export function settingsDoc<S>(settings: S, changedAt: number): SettingsDoc<S> {
  return { _id: SETTINGS_ID, type: 'settings', settings, changedAt };
}

/**
 * Reads a document from the local database (and so, perhaps, from another device or another
 * version of the app), validating every value as an import does; null for anything else
 * (design documents, unknown kinds, bad values). `settings` checks the settings part.
 */
export function readSyncDoc<S>(raw: unknown, now: number, settings: (raw: unknown) => S | null): SyncRecord<S> | null {
  if (!isPlainObject(raw) || typeof raw._id !== 'string') return null;
  const docId = raw._id;
  if (raw.type === 'review' && docId.startsWith(REVIEW_PREFIX)) {
    const { _id: _docId, _rev, type: _type, ...entry } = raw;
    const progress = validateProgress({ cards: {}, log: [{ ...entry, id: docId.slice(REVIEW_PREFIX.length) }], starred: [] }, now);
    const checked = progress.ok ? progress.value.log[0] : undefined;
    return checked ? { kind: 'review', entry: checked } : null;
  }
  if (raw.type === 'attempt' && docId.startsWith(ATTEMPT_PREFIX)) {
    const { _id: _docId, _rev, type: _type, ...attempt } = raw;
    const quiz = validateQuizHistory({ attempts: [{ ...attempt, id: docId.slice(ATTEMPT_PREFIX.length) }], missed: {} }, now);
    const checked = quiz.ok ? quiz.value.attempts[0] : undefined;
    return checked ? { kind: 'attempt', attempt: checked } : null;
  }
  if (raw.type === 'star' && docId.startsWith(STAR_PREFIX)) {
    const { termId, starred, at } = raw;
    const valid = validateProgress({ cards: {}, log: [], starred: [termId] }, now);
    if (!valid.ok || typeof starred !== 'boolean' || !isTime(at, now)) return null;
    return { kind: 'star', star: { termId: termId as string, starred, at } };
  }
  if (raw.type === 'note' && docId.startsWith(NOTE_PREFIX)) {
    const { termId, text, at } = raw;
    const valid = validateProgress({ cards: {}, log: [], starred: [termId] }, now);
    if (!valid.ok || typeof text !== 'string' || text.length > MAX_NOTE_LENGTH || !isTime(at, now)) return null;
    return { kind: 'note', termId: termId as string, note: { text, at } };
  }
  if (raw.type === 'settings' && docId === SETTINGS_ID) {
    const read = settings(raw.settings);
    return read !== null && isTime(raw.changedAt, now) ? { kind: 'settings', settings: read, changedAt: raw.changedAt } : null;
  }
  return null;
}

const isTime = (value: unknown, now: number): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= now + 366 * 86_400_000;

/** Whether each term is starred, by its latest change (ties: cleared wins, the same on every device). */
export function latestStars(changes: Iterable<StarChange>): Map<string, StarChange> {
  const latest = new Map<string, StarChange>();
  for (const change of changes) {
    const known = latest.get(change.termId);
    if (!known || change.at > known.at || (change.at === known.at && !change.starred)) latest.set(change.termId, change);
  }
  return latest;
}

/**
 * Of the revisions of the settings document that conflict (edited on two devices apart), the
 * one that wins: the later edit, and on a tie the greater content, so every device picks the same.
 */
export function pickLaterSettings<T extends { changedAt: number; settings: unknown }>(candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const candidate of candidates) {
    if (
      !best ||
      candidate.changedAt > best.changedAt ||
      (candidate.changedAt === best.changedAt && JSON.stringify(candidate.settings) > JSON.stringify(best.settings))
    )
      best = candidate;
  }
  return best;
}
