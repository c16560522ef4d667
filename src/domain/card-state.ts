/**
 * The one definition of a usable card state. Validation (storage, another tab, an imported
 * file), the merge and the scheduler all use it, so that whatever is accepted can be studied,
 * and whatever scheduling produces is accepted again.
 *
 * FSRS needs a memory state that is either empty (stability and difficulty both 0: a card it has
 * not scheduled yet) or inside its range: stability at least S_MIN days, difficulty 1–10. The
 * bounds are ts-fsrs's own (card-state.test.ts checks them against the library), copied here so
 * that the first page, which validates what storage holds, does not carry the scheduler.
 */
import type { CardState, Phase } from './cards';
import { LIMITS } from './limits';

export const CARD_LIMITS = {
  /** ts-fsrs S_MIN and S_MAX, in days. */
  stability: { min: 0.001, max: 36_500 },
  /** FSRS difficulty is clamped to 1–10 after every review. */
  difficulty: { min: 1, max: 10 },
  /** FSRS's longest interval is 36,500 days. */
  scheduledDays: 36_500,
  learningSteps: 10_000,
  /** Reviews and lapses count up to this and stay there, so a written state is always read back. */
  count: 1e8,
  /** Dates of reviews may be this far ahead of the clock (clocks differ), no more. */
  futureSlackMs: LIMITS.futureSlackMs,
  /** A card may be due this far ahead (FSRS caps intervals at 100 years). */
  dueAheadMs: LIMITS.dueAheadMs,
} as const;

export const PHASES: readonly Phase[] = ['new', 'learning', 'review', 'relearning'];

/** The fields of a card state, in the order every comparison reads them. */
export const CARD_FIELDS = ['due', 'stability', 'difficulty', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'phase', 'lastReview'] as const;

export type CardProblem = { field: (typeof CARD_FIELDS)[number]; code: 'missing' | 'wrong-type' | 'out-of-range' | 'future-date' };


function numberProblem(
  raw: Record<string, unknown>,
  field: CardProblem['field'],
  min: number,
  max: number,
  integer = false,
): CardProblem | null {
  const value = raw[field];
  if (value === undefined) return { field, code: 'missing' };
  if (typeof value !== 'number') return { field, code: 'wrong-type' };
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) return { field, code: 'out-of-range' };
  return null;
}

/**
 * What makes a card state unusable at `now`, or null when FSRS can schedule it and storage can
 * hold it. `raw` is any object (its fields are checked, not trusted).
 */
export function cardStateProblem(raw: Record<string, unknown>, now: number): CardProblem | null {
  const due = numberProblem(raw, 'due', 0, Number.MAX_SAFE_INTEGER);
  if (due) return due;
  if ((raw.due as number) > now + CARD_LIMITS.dueAheadMs) return { field: 'due', code: 'future-date' };
  const stability = numberProblem(raw, 'stability', 0, CARD_LIMITS.stability.max);
  if (stability) return stability;
  const difficulty = numberProblem(raw, 'difficulty', 0, CARD_LIMITS.difficulty.max);
  if (difficulty) return difficulty;
  const s = raw.stability as number;
  const d = raw.difficulty as number;
  // Both 0 is FSRS's empty memory state; otherwise each must lie in FSRS's range.
  if (!(s === 0 && d === 0)) {
    if (s < CARD_LIMITS.stability.min) return { field: 'stability', code: 'out-of-range' };
    if (d < CARD_LIMITS.difficulty.min) return { field: 'difficulty', code: 'out-of-range' };
  }
  for (const [field, max] of [
    ['scheduledDays', CARD_LIMITS.scheduledDays],
    ['learningSteps', CARD_LIMITS.learningSteps],
    ['reps', CARD_LIMITS.count],
    ['lapses', CARD_LIMITS.count],
  ] as const) {
    const problem = numberProblem(raw, field, 0, max, field !== 'scheduledDays');
    if (problem) return problem;
  }
  if (raw.phase === undefined) return { field: 'phase', code: 'missing' };
  if (!PHASES.includes(raw.phase as Phase)) return { field: 'phase', code: typeof raw.phase === 'string' ? 'out-of-range' : 'wrong-type' };
  const last = raw.lastReview;
  if (last === undefined) return { field: 'lastReview', code: 'missing' };
  if (last !== null) {
    if (typeof last !== 'number') return { field: 'lastReview', code: 'wrong-type' };
    if (!Number.isFinite(last) || last < 0) return { field: 'lastReview', code: 'out-of-range' };
    if (last > now + CARD_LIMITS.futureSlackMs) return { field: 'lastReview', code: 'future-date' };
  }
  return null;
}

/** A fresh copy of a card state that `cardStateProblem` accepted: known fields only. */
export function copyCardState(raw: Record<string, unknown>): CardState {
  return {
    due: raw.due as number,
    stability: raw.stability as number,
    difficulty: raw.difficulty as number,
    scheduledDays: raw.scheduledDays as number,
    learningSteps: raw.learningSteps as number,
    reps: raw.reps as number,
    lapses: raw.lapses as number,
    phase: raw.phase as Phase,
    lastReview: raw.lastReview as number | null,
  };
}
