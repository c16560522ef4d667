/**
 * Scheduling with FSRS, through ts-fsrs: a maintained, tested implementation of the algorithm
 * Anki uses, rather than one written here. This module only converts between our plain-JSON
 * card state (epoch milliseconds) and ts-fsrs's cards, and fixes the parameters.
 *
 * Days follow the learner's study day (4 AM local, as in Anki): ts-fsrs counts elapsed days
 * between UTC calendar dates, so every time is shifted by the local offset minus four hours
 * before it reaches ts-fsrs, and shifted back after. Minute-long learning steps are unaffected.
 *
 * Scheduling is total: any card state, at any time, gives a next state that validation accepts.
 * The state goes through `usableCardState` (below) on the way in and out: a review
 * dated after `now` (a clock that ran ahead, then was corrected) counts as zero elapsed days,
 * and a memory state outside FSRS's range is moved to its edge, rather than ts-fsrs throwing.
 */
import { createEmptyCard, fsrs, State, type Card, type FSRS } from 'ts-fsrs';
import { CARD_LIMITS, PHASES } from './card-state';
import type { CardState, Grade, Phase } from './cards';
import { DAY_STARTS_AT_HOUR } from './study-day';

export const DEFAULT_RETENTION = 0.9;
export const RETENTION_LIMITS = { min: 0.7, max: 0.97 } as const;

export type ScheduleOptions = {
  /** Desired retention, 0.70–0.97 (FSRS's request_retention). */
  retention: number;
  /** The local offset from UTC in minutes at `now` (UTC+8 → 480). */
  offsetMinutes: number;
};

const PHASE_OF: Record<State, Phase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATE_OF: Record<Phase, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };

const schedulers = new Map<number, FSRS>();

/** One ts-fsrs instance per retention (they are stateless once built). Fuzz is on, as in Anki. */
function schedulerFor(retention: number): FSRS {
  const r = Math.min(RETENTION_LIMITS.max, Math.max(RETENTION_LIMITS.min, Number.isFinite(retention) ? retention : DEFAULT_RETENTION));
  let scheduler = schedulers.get(r);
  if (!scheduler) {
    scheduler = fsrs({ request_retention: r, enable_fuzz: true, enable_short_term: true });
    schedulers.set(r, scheduler);
  }
  return scheduler;
}

/** Milliseconds to add to a real time so that UTC midnight falls on the local 4 AM. */
function studyShift(offsetMinutes: number): number {
  return offsetMinutes * 60_000 - DAY_STARTS_AT_HOUR * 3_600_000;
}

function toFsrsCard(given: CardState | undefined, now: number, shift: number): Card {
  if (!given) return createEmptyCard(new Date(now + shift));
  const state = usableCardState(given, now);
  return {
    due: new Date(state.due + shift),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: 0, // deprecated in ts-fsrs and unused: it works the interval out from last_review
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATE_OF[state.phase],
    last_review: state.lastReview === null ? undefined : new Date(state.lastReview + shift),
  };
}

function fromFsrsCard(card: Card, now: number, shift: number): CardState {
  return usableCardState({
    due: card.due.getTime() - shift,
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    phase: PHASE_OF[card.state],
    lastReview: card.last_review ? card.last_review.getTime() - shift : null,
  }, now);
}

/** The card's next state after a grade at `now`. A card never studied has no state (undefined). */
export function scheduleReview(state: CardState | undefined, grade: Grade, now: number, options: ScheduleOptions): CardState {
  const shift = studyShift(options.offsetMinutes);
  const { card } = schedulerFor(options.retention).next(toFsrsCard(state, now, shift), new Date(now + shift), grade);
  return fromFsrsCard(card, now, shift);
}

/** What each grade would do at `now`: the four next states, for the buttons' intervals. */
export function previewReview(state: CardState | undefined, now: number, options: ScheduleOptions): Record<Grade, CardState> {
  const shift = studyShift(options.offsetMinutes);
  const preview = schedulerFor(options.retention).repeat(toFsrsCard(state, now, shift), new Date(now + shift));
  return {
    1: fromFsrsCard(preview[1].card, now, shift),
    2: fromFsrsCard(preview[2].card, now, shift),
    3: fromFsrsCard(preview[3].card, now, shift),
    4: fromFsrsCard(preview[4].card, now, shift),
  };
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const clampTo = (value: number, min: number, max: number, fallback: number) => (isNumber(value) ? Math.min(max, Math.max(min, value)) : fallback);

/**
 * The nearest usable state to any card state, at `now`: what the scheduler works on and what it
 * returns, so scheduling is total. A review dated after `now` (a clock that was ahead) counts as
 * made now: zero elapsed days. A memory state outside FSRS's range is moved to its edge, counts
 * saturate, and a half-empty memory state (one of the two 0) is taken as empty.
 */
export function usableCardState(state: CardState, now: number): CardState {
  let stability = clampTo(state.stability, 0, CARD_LIMITS.stability.max, 0);
  let difficulty = clampTo(state.difficulty, 0, CARD_LIMITS.difficulty.max, 0);
  if (stability === 0 || difficulty === 0) {
    stability = 0;
    difficulty = 0;
  } else {
    stability = Math.max(CARD_LIMITS.stability.min, stability);
    difficulty = Math.max(CARD_LIMITS.difficulty.min, difficulty);
  }
  const lastReview = state.lastReview === null || !isNumber(state.lastReview) ? null : Math.min(Math.max(0, state.lastReview), now);
  return {
    due: clampTo(state.due, 0, now + CARD_LIMITS.dueAheadMs, now),
    stability,
    difficulty,
    scheduledDays: clampTo(state.scheduledDays, 0, CARD_LIMITS.scheduledDays, 0),
    learningSteps: Math.round(clampTo(state.learningSteps, 0, CARD_LIMITS.learningSteps, 0)),
    reps: Math.round(clampTo(state.reps, 0, CARD_LIMITS.count, 0)),
    lapses: Math.round(clampTo(state.lapses, 0, CARD_LIMITS.count, 0)),
    phase: PHASES.includes(state.phase) ? state.phase : 'new',
    lastReview,
  };
}

export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/**
 * A wait as a button shows it ("10m", "3d", "1.5mo"): whole minutes, hours and days, and months
 * and years to one decimal, as Anki does.
 */
export function describeInterval(ms: number): { value: number; unit: IntervalUnit } {
  const minutes = Math.max(0, ms) / 60_000;
  if (minutes < 60) return { value: Math.max(1, Math.round(minutes)), unit: 'minute' };
  const hours = minutes / 60;
  if (hours < 24) return { value: Math.round(hours), unit: 'hour' };
  const days = hours / 24;
  if (days < 30) return { value: Math.round(days), unit: 'day' };
  const months = days / 30.4375;
  if (months < 12) return { value: Math.round(months * 10) / 10, unit: 'month' };
  return { value: Math.round((days / 365.25) * 10) / 10, unit: 'year' };
}
