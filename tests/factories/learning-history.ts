/**
 * Generated learning histories for tests and benchmarks: card states, a review log and quiz
 * attempts shaped as the flashcards and quiz features write them, from a seed, so every run
 * sees the same data.
 */
import type { CardId, CardState, Grade, Phase, ReviewLogEntry } from '../../src/domain/cards';
import type { QuizAttempt } from '../../src/domain/quiz-history';

const DAY = 86_400_000;

/** A small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const TERM_IDS = ['iaas', 'paas', 'saas', 'public-cloud', 'private-cloud', 'hybrid-cloud', 'community-cloud', 'elasticity', 'resource-pooling', 'c2b'];
export const TOPICS = ['service-models', 'deployment-models', 'characteristics', 'c2b-alibaba'] as const;

export type History = {
  progress: { cards: Partial<Record<CardId, CardState>>; log: ReviewLogEntry[]; starred: string[] };
  quiz: { attempts: QuizAttempt[]; missed: Record<string, number> };
};

/**
 * `days` days of study ending at `now`, with about `reviewsPerDay` reviews on days studied
 * (a day is skipped with probability `skip`), and a quiz every few days.
 */
export function generateHistory({
  seed = 1,
  now,
  days = 60,
  reviewsPerDay = 20,
  skip = 0.2,
  termIds = TERM_IDS,
  idPrefix = 'r',
}: {
  seed?: number;
  now: number;
  days?: number;
  reviewsPerDay?: number;
  skip?: number;
  termIds?: readonly string[];
  idPrefix?: string;
}): History {
  const rand = random(seed);
  const cards: Partial<Record<CardId, CardState>> = {};
  const log: ReviewLogEntry[] = [];
  const attempts: QuizAttempt[] = [];
  const missed: Record<string, number> = {};
  const cardIds = termIds.flatMap((id) => [`${id}:forward`, `${id}:reverse`] as CardId[]);
  let serial = 0;
  for (let d = days - 1; d >= 0; d--) {
    if (d > 0 && rand() < skip) continue;
    const dayStart = now - d * DAY - 6 * 3_600_000;
    const count = Math.max(1, Math.round(reviewsPerDay * (0.5 + rand())));
    for (let i = 0; i < count; i++) {
      const cardId = cardIds[Math.floor(rand() * cardIds.length)]!;
      const reviewedAt = Math.min(now, dayStart + i * 45_000);
      const previous = cards[cardId];
      const phase: Phase = previous ? previous.phase : 'new';
      const grade = (rand() < 0.12 ? 1 : rand() < 0.15 ? 2 : rand() < 0.9 ? 3 : 4) as Grade;
      log.push({ id: `${idPrefix}${serial++}`, cardId, grade, reviewedAt, phase, durationMs: Math.round(2000 + rand() * 8000) });
      const reps = (previous?.reps ?? 0) + 1;
      const scheduledDays = grade === 1 ? 0 : Math.min(365, Math.round((previous?.scheduledDays ?? 0) * 2.5 + 1));
      cards[cardId] = {
        due: reviewedAt + Math.max(1, scheduledDays) * DAY,
        stability: Math.max(0.1, scheduledDays * 1.1),
        difficulty: Math.round((1 + rand() * 9) * 100) / 100,
        scheduledDays,
        learningSteps: grade === 1 ? 1 : 0,
        reps,
        lapses: (previous?.lapses ?? 0) + (grade === 1 && phase === 'review' ? 1 : 0),
        phase: grade === 1 ? (phase === 'review' ? 'relearning' : 'learning') : 'review',
        lastReview: reviewedAt,
      };
    }
    if (d % 3 === 0) {
      const answers = Array.from({ length: 10 }, (_, i) => {
        const termId = termIds[Math.floor(rand() * termIds.length)]!;
        const correct = rand() < 0.75;
        if (!correct) missed[termId] = dayStart + 3_600_000;
        return { questionId: `q-${i}`, topic: TOPICS[i % TOPICS.length]!, termIds: [termId], correct };
      });
      attempts.push({ id: `${idPrefix}a${serial++}`, quizId: 'mixed', seed: `s${d}`, startedAt: dayStart + 3_000_000, finishedAt: dayStart + 3_600_000, answers });
    }
  }
  return { progress: { cards, log, starred: termIds.slice(0, 3) }, quiz: { attempts, missed } };
}
