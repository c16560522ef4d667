/**
 * A quiz in progress, kept across reloads: a phone that kills the tab in the middle of a
 * 20-question exam must not cost the learner the answers given so far.
 *
 * The questions are not saved — a quiz is a pure function of its URL (see `quiz.ts`) — only
 * where the learner is: the answers, which of them were checked, the current question and
 * when the quiz began. What is read back is untrusted (another version of the app, another
 * tab, a hand-edited store), so it is checked against the quiz it claims to belong to; anything
 * that doesn't fit is ignored and the quiz starts afresh.
 */
import { isAnswered, type Quiz, type QuizItem, type QuizResponse } from './quiz';

export const SAVED_QUIZ_VERSION = 1;

/** What is kept of a quiz in progress (plain JSON, times as epoch milliseconds). */
export type SavedQuiz = {
  version: typeof SAVED_QUIZ_VERSION;
  /** The quiz's own URL (path and the search that defines it): the same URL resumes it. */
  url: string;
  /** The questions' ids in order: answers are only ever restored onto the same questions. */
  questionIds: string[];
  /** The question on screen. */
  index: number;
  responses: QuizResponse[];
  /** Practice: which answers were checked (and explained). Always false in an exam. */
  checked: boolean[];
  /** Exam: the questions flagged for review (absent in what older versions saved: none flagged). */
  flagged?: boolean[];
  /** When the quiz began; a timed exam's deadline is this plus its minutes. */
  startedAt: number;
  /** When this was written: the time away from an untimed quiz is not counted in its time. */
  savedAt: number;
};

export type QuizSnapshot = Omit<SavedQuiz, 'savedAt'>;

/** Where a learner is in a quiz, as the screen holds it. */
export type QuizSession = {
  index: number;
  responses: readonly QuizResponse[];
  checked: readonly boolean[];
  /** Exam: flagged for review. */
  flagged?: readonly boolean[];
  /** Null until an exam is started. */
  startedAt: number | null;
};

/**
 * What to keep of a session, or null when there is nothing worth keeping: an exam not yet
 * started, or a practice quiz with nothing answered (opening a quiz and leaving it must not
 * replace another quiz that is really in progress). A started exam is kept at once: its clock runs.
 */
export function snapshotQuiz(quiz: Quiz, url: string, session: QuizSession): QuizSnapshot | null {
  if (session.startedAt === null) return null;
  const exam = quiz.mode === 'exam';
  if (!exam && !session.responses.some(isAnswered)) return null;
  return {
    version: SAVED_QUIZ_VERSION,
    url,
    questionIds: quiz.items.map((item) => item.question.id),
    index: session.index,
    responses: [...session.responses],
    checked: exam ? quiz.items.map(() => false) : [...session.checked],
    ...(exam && session.flagged?.some(Boolean) ? { flagged: [...session.flagged] } : {}),
    startedAt: session.startedAt,
  };
}

// ---------------------------------------------------------------------------------------------
// Reading back: shape first, then fit to the quiz

/** Longer than any quiz in progress could be: refuse to parse anything bigger. */
const MAX_RAW_LENGTH = 200_000;
/** A typed answer longer than this was not typed by a learner. */
export const MAX_TYPED_LENGTH = 1_000;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Parses what the store holds; null for anything that is not a saved quiz of this version. */
export function parseSavedQuiz(raw: string | null): SavedQuiz | null {
  if (raw === null || raw.length > MAX_RAW_LENGTH) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || value['version'] !== SAVED_QUIZ_VERSION) return null;
  const { url, questionIds, index, responses, checked, flagged, startedAt, savedAt } = value;
  if (typeof url !== 'string' || !url.startsWith('/quiz/')) return null;
  if (!isStringArray(questionIds) || questionIds.length === 0) return null;
  if (!isIndex(index) || index >= questionIds.length) return null;
  if (!Array.isArray(responses) || responses.length !== questionIds.length || !responses.every(isResponseShape)) return null;
  if (!Array.isArray(checked) || checked.length !== questionIds.length || !checked.every((c) => typeof c === 'boolean')) return null;
  if (flagged !== undefined && (!Array.isArray(flagged) || flagged.length !== questionIds.length || !flagged.every((f) => typeof f === 'boolean'))) return null;
  if (!isTime(startedAt) || !isTime(savedAt)) return null;
  return { version: SAVED_QUIZ_VERSION, url, questionIds, index, responses, checked, ...(flagged ? { flagged } : {}), startedAt, savedAt };
}

function isResponseShape(value: unknown): value is QuizResponse {
  if (!isRecord(value)) return false;
  switch (value['kind']) {
    case 'single':
      return value['choice'] === null || typeof value['choice'] === 'string';
    case 'multiple':
      return isStringArray(value['choices']);
    case 'true-false':
      return value['value'] === null || typeof value['value'] === 'boolean';
    case 'matching':
      return Array.isArray(value['pairs']) && value['pairs'].every((p) => p === null || isIndex(p));
    case 'typed':
      return typeof value['text'] === 'string' && value['text'].length <= MAX_TYPED_LENGTH;
    default:
      return false;
  }
}

/** Whether a response is one this question could have been given on screen. */
export function fitsQuestion(item: QuizItem, response: QuizResponse): boolean {
  const { question } = item;
  switch (question.kind) {
    case 'single':
      return response.kind === 'single' && (response.choice === null || question.choices.some((c) => c.id === response.choice));
    case 'multiple': {
      if (response.kind !== 'multiple') return false;
      const ids = new Set(question.choices.map((c) => c.id));
      return new Set(response.choices).size === response.choices.length && response.choices.every((id) => ids.has(id));
    }
    case 'true-false':
      return response.kind === 'true-false';
    case 'matching': {
      if (response.kind !== 'matching' || response.pairs.length !== question.pairs.length) return false;
      const chosen = response.pairs.filter((p): p is number => p !== null);
      return new Set(chosen).size === chosen.length && chosen.every((p) => p < question.pairs.length);
    }
    case 'typed':
      return response.kind === 'typed';
  }
}

/** A saved quiz fitted back onto its quiz, and what to do with it. */
export type ResumedQuiz = {
  /** The question to show: the first one not yet checked, from where the learner was. */
  index: number;
  responses: QuizResponse[];
  checked: boolean[];
  /** Exam: flagged for review (none in a practice quiz). */
  flagged: boolean[];
  /** Shifted so that the time away from an untimed quiz is not counted; as it was for a timed exam. */
  startedAt: number;
  /**
   * Hand the quiz in at once: every question was checked (only "See results" was left), or a
   * timed exam's time ran out while the learner was away.
   */
  handIn: null | { reason: 'complete' | 'time-up'; finishedAt: number };
};

/**
 * Fits a saved quiz back onto the quiz on screen, or null when it belongs to another quiz
 * or does not fit this one (other questions, impossible answers, a practice quiz whose earlier
 * questions were not all checked).
 */
export function resumeQuiz(saved: SavedQuiz | null, quiz: Quiz, url: string, now: number): ResumedQuiz | null {
  if (!saved || saved.url !== url) return null;
  const { items } = quiz;
  if (saved.questionIds.length !== items.length || saved.questionIds.some((id, i) => items[i]?.question.id !== id)) return null;
  if (!items.every((item, i) => fitsQuestion(item, saved.responses[i] as QuizResponse))) return null;
  const exam = quiz.mode === 'exam';
  const { responses, checked } = saved;
  const flagged = exam && saved.flagged ? [...saved.flagged] : items.map(() => false);
  if (checked.some((c, i) => c && (exam || !isAnswered(responses[i] as QuizResponse)))) return null;
  // Practice moves forward only, and only past a checked answer.
  if (!exam && checked.slice(0, saved.index).some((c) => !c)) return null;

  if (exam && quiz.minutes !== null) {
    const startedAt = Math.min(saved.startedAt, now);
    const deadline = startedAt + quiz.minutes * 60_000;
    const handIn = now >= deadline ? { reason: 'time-up' as const, finishedAt: deadline } : null;
    return { index: saved.index, responses: [...responses], checked: [...checked], flagged, startedAt, handIn };
  }

  const spent = Math.max(0, saved.savedAt - saved.startedAt);
  const startedAt = now - spent;
  let index = saved.index;
  if (!exam) {
    const next = checked.findIndex((c, i) => i >= index && !c);
    if (next === -1) return { index, responses: [...responses], checked: [...checked], flagged, startedAt, handIn: { reason: 'complete', finishedAt: now } };
    index = next;
  }
  return { index, responses: [...responses], checked: [...checked], flagged, startedAt, handIn: null };
}

/** Which quiz is in progress and how far along, for a "continue" link: null when nothing usable is saved. */
export function savedQuizSummary(saved: SavedQuiz | null): { url: string; question: number; total: number } | null {
  if (!saved) return null;
  const { checked, index, questionIds } = saved;
  const next = checked.findIndex((c, i) => i >= index && !c);
  return { url: saved.url, question: (next === -1 ? index : next) + 1, total: questionIds.length };
}
