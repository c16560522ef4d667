/**
 * Card states for tests: one valid card in review (a memory state FSRS accepts, reviewed and
 * scheduled), changed field by field, so that a test names only what it is about.
 */
import type { CardState } from '../../src/domain/cards';

const DAY = 86_400_000;

/** A card in review; `over` sets any field (the defaults: stability 10 days, difficulty 5, 3 reviews, no lapse). */
export function reviewCard(over: Partial<CardState> = {}): CardState {
  return { due: 0, stability: 10, difficulty: 5, scheduledDays: 10, learningSteps: 0, reps: 3, lapses: 0, phase: 'review', lastReview: 0, ...over };
}

/** A card in review due at `due`, reviewed its 10-day interval before. */
export const dueCard = (due: number, over: Partial<CardState> = {}): CardState => reviewCard({ due, lastReview: due - 10 * DAY, ...over });
