/**
 * Readiness: "am I ready?" per topic and overall, from what the app knows, and nothing made up
 * (no pass probability). For each topic:
 *
 * - coverage: the share of the topic's cards ever studied;
 * - memory: the average chance of recalling the studied cards now, by FSRS's forgetting curve
 *   (retrievability, from each card's stability and the time since its last review);
 * - quiz: recent quiz accuracy on the topic, each answer weighing half as much every
 *   QUIZ_HALF_LIFE_DAYS (null when the topic was never quizzed).
 *
 * readiness = coverage × memory, or coverage × the mean of memory and quiz once there are
 * quiz answers. Overall: the topics' readiness weighted by their number of cards. Pure: `now`
 * is a parameter.
 */
import type { CardId, CardState, Grade, ReviewLogEntry } from './cards';

export const DAY_MS = 86_400_000;
/** A quiz answer counts half as much after this many days. */
export const QUIZ_HALF_LIFE_DAYS = 14;
/** FSRS-6's default decay of the forgetting curve (ts-fsrs `default_w[20]`; checked in the tests). */
export const FSRS_DECAY = 0.1542;
const FACTOR = 0.9 ** (-1 / FSRS_DECAY) - 1;

/** The chance of recalling a card `elapsedDays` after its last review, with stability `stability` (days). */
export function forgettingCurve(elapsedDays: number, stability: number): number {
  if (stability <= 0) return 0;
  return (1 + (FACTOR * Math.max(0, elapsedDays)) / stability) ** -FSRS_DECAY;
}

/** A card's retrievability at `now`; 0 for a card never reviewed. */
export function retrievability(card: CardState | undefined, now: number): number {
  if (!card || card.lastReview === null) return 0;
  return forgettingCurve((now - card.lastReview) / DAY_MS, card.stability);
}

export type QuizAnswer = { topic: string; correct: boolean; at: number };

export type TopicReadiness = {
  topic: string;
  cards: number;
  studied: number;
  coverage: number;
  /** Null when no card of the topic was studied. */
  memory: number | null;
  /** Null when the topic was never quizzed. */
  quiz: number | null;
  quizAnswers: number;
  readiness: number;
};

export type Readiness = {
  topics: TopicReadiness[];
  overall: number;
  /** The topic to study next: the least ready (ties: the bigger), or null when there is none. */
  next: string | null;
};

export type ReadinessInput = {
  /** Each topic's cards, in the order topics are listed. */
  topicCards: ReadonlyMap<string, readonly CardId[]>;
  answers: readonly QuizAnswer[];
  now: number;
};

/** A memory state per card, as FSRS keeps it: enough to compute retrievability. */
type Memory = { stability: number; lastReview: number | null };

function computeReadiness(input: ReadinessInput, memoryOf: (id: CardId) => Memory | undefined): Readiness {
  const { topicCards, answers, now } = input;
  const quiz = new Map<string, { weight: number; right: number; count: number }>();
  for (const answer of answers) {
    if (answer.at > now) continue;
    const weight = 0.5 ** ((now - answer.at) / DAY_MS / QUIZ_HALF_LIFE_DAYS);
    const entry = quiz.get(answer.topic) ?? { weight: 0, right: 0, count: 0 };
    entry.weight += weight;
    entry.right += answer.correct ? weight : 0;
    entry.count++;
    quiz.set(answer.topic, entry);
  }
  const topics: TopicReadiness[] = [];
  for (const [topic, ids] of topicCards) {
    let studied = 0;
    let recall = 0;
    for (const id of ids) {
      const memory = memoryOf(id);
      if (!memory || memory.lastReview === null || memory.lastReview > now) continue;
      studied++;
      recall += forgettingCurve((now - memory.lastReview) / DAY_MS, memory.stability);
    }
    const coverage = ids.length === 0 ? 0 : studied / ids.length;
    const memory = studied === 0 ? null : recall / studied;
    const q = quiz.get(topic);
    const quizShare = q && q.weight > 0 ? q.right / q.weight : null;
    const known = memory === null ? (quizShare ?? 0) : quizShare === null ? memory : (memory + quizShare) / 2;
    topics.push({ topic, cards: ids.length, studied, coverage, memory, quiz: quizShare, quizAnswers: q?.count ?? 0, readiness: coverage * known });
  }
  const total = topics.reduce((sum, t) => sum + t.cards, 0);
  const overall = total === 0 ? 0 : topics.reduce((sum, t) => sum + t.readiness * t.cards, 0) / total;
  const candidates = topics.filter((t) => t.cards > 0);
  const next = candidates.reduce<TopicReadiness | null>(
    (best, t) => (!best || t.readiness < best.readiness - 1e-9 || (Math.abs(t.readiness - best.readiness) <= 1e-9 && t.cards > best.cards) ? t : best),
    null,
  );
  return { topics, overall, next: next?.topic ?? null };
}

/** Readiness now, from the cards' current FSRS states and the quiz answers. */
export function computeTopicReadiness(input: ReadinessInput & { cards: Partial<Record<CardId, CardState>> }): Readiness {
  return computeReadiness(input, (id) => input.cards[id]);
}

/** FSRS's memory update for one review: `elapsedDays` since the last one (0 for a first review). */
export type NextMemory = (previous: { stability: number; difficulty: number } | null, elapsedDays: number, grade: Grade) => { stability: number; difficulty: number };

/**
 * Overall readiness at the end of each of the last `days` days (oldest first), the cards'
 * memory rebuilt by replaying the review log through FSRS (`next`), and only the quiz answers
 * given by then. `dayEnds` are the instants the days end (local midnight), oldest first.
 */
export function readinessTrend(
  input: Omit<ReadinessInput, 'now'> & { log: readonly ReviewLogEntry[]; dayEnds: readonly number[]; next: NextMemory },
): { at: number; overall: number }[] {
  const { dayEnds, next } = input;
  // The app keeps its log in time order; anything else (a hand-made file) is put in order first.
  const sorted = input.log.every((entry, i, all) => i === 0 || all[i - 1]!.reviewedAt <= entry.reviewedAt);
  const log = sorted ? input.log : [...input.log].sort((a, b) => a.reviewedAt - b.reviewedAt);
  const memories = new Map<CardId, Memory & { difficulty: number }>();
  const out: { at: number; overall: number }[] = [];
  let i = 0;
  for (const end of dayEnds) {
    for (; i < log.length && log[i]!.reviewedAt < end; i++) {
      const entry = log[i]!;
      const had = memories.get(entry.cardId);
      const elapsed = had?.lastReview == null ? 0 : Math.max(0, (entry.reviewedAt - had.lastReview) / DAY_MS);
      const state = next(had ? { stability: had.stability, difficulty: had.difficulty } : null, elapsed, entry.grade);
      memories.set(entry.cardId, { ...state, lastReview: entry.reviewedAt });
    }
    out.push({ at: end, overall: computeReadiness({ ...input, now: end - 1 }, (id) => memories.get(id)).overall });
  }
  return out;
}
