/**
 * fast-check generators of the learner's data, for property tests: card states anywhere in what
 * validation accepts (edges included), review logs with shared and clashing ids, and clocks that
 * jump backwards.
 */
import fc from 'fast-check';
import { CARD_LIMITS, PHASES } from '../../src/domain/card-state';
import { CARD_KINDS, type CardId, type CardState, type Grade, type ReviewLogEntry } from '../../src/domain/cards';
import type { QuizAttempt } from '../../src/domain/quiz-history';

/** A fixed "now" for generated data: 2026-11-22T12:00:00Z. */
export const NOW = Date.UTC(2026, 10, 22, 12);
const DAY = 86_400_000;

const edgeDouble = (min: number, max: number, edges: number[]) =>
  fc.oneof(fc.constantFrom(...edges), fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));

/** A memory state FSRS accepts: empty (0, 0) or stability S_MIN–S_MAX and difficulty 1–10, edges included. */
const memoryState = fc.oneof(
  fc.constant({ stability: 0, difficulty: 0 }),
  fc.record({
    stability: edgeDouble(CARD_LIMITS.stability.min, CARD_LIMITS.stability.max, [CARD_LIMITS.stability.min, 0.01, 1, CARD_LIMITS.stability.max]),
    difficulty: edgeDouble(CARD_LIMITS.difficulty.min, CARD_LIMITS.difficulty.max, [1, 5, 10]),
  }),
);

const count = fc.oneof(fc.nat(50), fc.constant(CARD_LIMITS.count), fc.integer({ min: 0, max: CARD_LIMITS.count }));

/** Any card state validation accepts at `now`: reviews up to a year ahead of the clock, due up to 200 years ahead. */
export const cardStateArb = (now: number = NOW): fc.Arbitrary<CardState> =>
  fc
    .record({
      memory: memoryState,
      due: fc.oneof(fc.integer({ min: 0, max: now + 400 * DAY }), fc.constant(now + CARD_LIMITS.dueAheadMs)),
      scheduledDays: fc.oneof(fc.nat(400), fc.constant(CARD_LIMITS.scheduledDays)),
      learningSteps: fc.oneof(fc.nat(3), fc.constant(CARD_LIMITS.learningSteps)),
      reps: count,
      lapses: count,
      phase: fc.constantFrom(...PHASES),
      lastReview: fc.oneof(
        fc.constant(null),
        fc.integer({ min: 0, max: now }),
        fc.integer({ min: now, max: now + CARD_LIMITS.futureSlackMs }),
        fc.constant(now + CARD_LIMITS.futureSlackMs),
      ),
    })
    .map(({ memory, ...rest }) => ({ ...rest, ...memory }));

export const gradeArb: fc.Arbitrary<Grade> = fc.constantFrom(1, 2, 3, 4);

/** A sequence of grades at times that drift forward and jump back (a clock corrected), from `start`. */
export const gradeSequenceArb = (start: number = NOW) =>
  fc
    .array(fc.tuple(gradeArb, fc.integer({ min: -400 * DAY, max: 400 * DAY })), { maxLength: 12 })
    .map((steps) => {
      let at = start;
      return steps.map(([grade, delta]) => {
        at = Math.max(0, at + delta);
        return { grade, at };
      });
    });

const termIds = ['iaas', 'paas', 'saas', 'elasticity', '__proto__x', 'toString'];
export const cardIdArb: fc.Arbitrary<CardId> = fc
  .tuple(fc.constantFrom(...termIds), fc.constantFrom(...CARD_KINDS))
  .map(([term, kind]) => `${term}:${kind}` as CardId);

/** A review; ids come from a small pool so that logs share and clash. */
export const reviewArb = (now: number = NOW): fc.Arbitrary<ReviewLogEntry> =>
  fc.record({
    id: fc.oneof(fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5'), fc.string({ minLength: 1, maxLength: 8 })),
    cardId: cardIdArb,
    grade: gradeArb,
    reviewedAt: fc.integer({ min: now - 30 * DAY, max: now }),
    phase: fc.constantFrom(...PHASES),
    durationMs: fc.nat(120_000),
  });

export const reviewLogArb = (now: number = NOW) => fc.array(reviewArb(now), { maxLength: 20 });

export const cardMapArb = (now: number = NOW) =>
  fc.dictionary(cardIdArb, cardStateArb(now), { maxKeys: 6 }) as fc.Arbitrary<Partial<Record<CardId, CardState>>>;

export const attemptArb = (now: number = NOW): fc.Arbitrary<QuizAttempt> =>
  fc
    .record({
      id: fc.constantFrom('a1', 'a2', 'a3', 'a4'),
      quizId: fc.constantFrom('topic:iaas', 'mixed', 'exam'),
      seed: fc.string({ maxLength: 6 }),
      startedAt: fc.integer({ min: now - 30 * DAY, max: now - 60_000 }),
      length: fc.nat(600_000),
      answers: fc.array(
        fc.record({
          questionId: fc.constantFrom('q1', 'q2', 'q3'),
          topic: fc.constantFrom('service-models', 'deployment-models'),
          termIds: fc.array(fc.constantFrom(...termIds), { maxLength: 2 }),
          correct: fc.boolean(),
        }),
        { maxLength: 4 },
      ),
    })
    .map(({ length, ...a }) => ({ ...a, finishedAt: a.startedAt + length }) as QuizAttempt);
