import type { CardId, CardState, ReviewLogEntry } from '../domain/cards';
import type { QuizAttempt } from '../domain/quiz-history';
import { emptyProgress, type Progress } from './progress-slice';
import { emptyQuizHistory, type QuizHistory } from './quiz-slice';

/*
 * Validation of persisted state, read from storage or from an imported file. Anything that
 * can't be trusted is rejected whole (null), so the caller can keep it aside and say so.
 */

const PHASES = new Set(['new', 'learning', 'review', 'relearning']);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isCardState(value: unknown): value is CardState {
  if (!isObject(value)) return false;
  return (
    isFiniteNumber(value.due) &&
    isFiniteNumber(value.stability) &&
    isFiniteNumber(value.difficulty) &&
    isFiniteNumber(value.scheduledDays) &&
    isFiniteNumber(value.learningSteps) &&
    isFiniteNumber(value.reps) &&
    isFiniteNumber(value.lapses) &&
    PHASES.has(value.phase as string) &&
    (value.lastReview === null || isFiniteNumber(value.lastReview))
  );
}

function isLogEntry(value: unknown): value is ReviewLogEntry {
  if (!isObject(value)) return false;
  return (
    typeof value.id === 'string' &&
    typeof value.cardId === 'string' &&
    [1, 2, 3, 4].includes(value.grade as number) &&
    isFiniteNumber(value.reviewedAt) &&
    PHASES.has(value.phase as string) &&
    isFiniteNumber(value.durationMs)
  );
}

/** Validates progress read from storage or an import; null when any part can't be trusted. */
export function restoreProgress(raw: unknown): Progress | null {
  if (raw === undefined) return emptyProgress();
  if (!isObject(raw) || !isObject(raw.cards) || !Array.isArray(raw.log) || !Array.isArray(raw.starred)) return null;
  const cards: Progress['cards'] = {};
  for (const [id, state] of Object.entries(raw.cards)) {
    if (!isCardState(state)) return null;
    cards[id as CardId] = state;
  }
  if (!raw.log.every(isLogEntry)) return null;
  if (!raw.starred.every((id) => typeof id === 'string')) return null;
  return { cards, log: raw.log, starred: raw.starred };
}


function isAttempt(value: unknown): value is QuizAttempt {
  if (!isObject(value)) return false;
  return (
    typeof value.id === 'string' &&
    typeof value.quizId === 'string' &&
    typeof value.seed === 'string' &&
    Number.isFinite(value.startedAt) &&
    Number.isFinite(value.finishedAt) &&
    Array.isArray(value.answers) &&
    value.answers.every(
      (a) =>
        isObject(a) &&
        typeof a.questionId === 'string' &&
        typeof a.topic === 'string' &&
        Array.isArray(a.termIds) &&
        a.termIds.every((t) => typeof t === 'string') &&
        typeof a.correct === 'boolean',
    )
  );
}

/** Validates quiz history read from storage or an import; null when any part can't be trusted. */
export function restoreQuizHistory(raw: unknown): QuizHistory | null {
  if (raw === undefined) return emptyQuizHistory();
  if (!isObject(raw) || !Array.isArray(raw.attempts) || !isObject(raw.missed)) return null;
  if (!raw.attempts.every(isAttempt)) return null;
  const missed: Record<string, number> = {};
  for (const [termId, at] of Object.entries(raw.missed)) {
    if (typeof at !== 'number' || !Number.isFinite(at)) return null;
    missed[termId] = at;
  }
  return { attempts: raw.attempts, missed };
}
