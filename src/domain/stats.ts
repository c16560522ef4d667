/**
 * Progress statistics, as pure functions of the review log, the card states and the quiz
 * history. Time is a parameter (`now`), and so is the time zone: `zone` is the local offset
 * from UTC in minutes (UTC+8 → 480), or a function giving it for an instant, so that days
 * either side of a daylight-saving change are still cut at local 4 AM
 * (`(ms) => -new Date(ms).getTimezoneOffset()` in the browser).
 */
import { CARD_KINDS, cardId, parseCardId, type CardKind, type CardState, type ReviewLogEntry } from './cards';
import { studiedKinds, type CardKindSettings } from './decks';
import type { QuizAttempt } from './quiz-history';
import { endOfStudyDay } from './study-day';
import { dayKey, isScheduled, logDays, offsetAt, reviewsByDay, studyDayOf, type Cards, type Zone } from './study-days';

export { currentStreak, dayKey, forecast, logDays, reviewsByDay, reviewsToday, streaks, studyDayOf, type ForecastDay, type Streaks, type Zone } from './study-days';

export type HeatmapDay = { day: number; key: string; count: number; level: 0 | 1 | 2 | 3 | 4 };
export type Heatmap = {
  days: HeatmapDay[];
  total: number;
  activeDays: number;
  busiest: HeatmapDay | null;
};

/**
 * Reviews per study day over the last `length` days, oldest first, ending today. Each day gets
 * a level from 0 (none) to 4 (at least ¾ of the busiest day), as a calendar heatmap shades it.
 */
export function heatmap(log: readonly ReviewLogEntry[], now: number, zone: Zone, length = 365): Heatmap {
  const today = studyDayOf(now, zone);
  const first = today - length + 1;
  const counts = reviewsByDay(log, zone);
  let max = 0;
  for (let day = first; day <= today; day++) max = Math.max(max, counts.get(day) ?? 0);
  const days: HeatmapDay[] = [];
  let total = 0;
  let activeDays = 0;
  let busiest: HeatmapDay | null = null;
  for (let day = first; day <= today; day++) {
    const count = counts.get(day) ?? 0;
    const level = count === 0 ? 0 : (Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as 1 | 2 | 3 | 4);
    const entry: HeatmapDay = { day, key: dayKey(day), count, level };
    days.push(entry);
    total += count;
    if (count > 0) activeDays++;
    if (count > (busiest?.count ?? 0)) busiest = entry;
  }
  return { days, total, activeDays, busiest };
}

/** Cards already studied that are due before the current study day ends (overdue included). */
export function dueToday(cards: Cards, now: number, zone: Zone): number {
  const end = endOfStudyDay(now, offsetAt(zone, now));
  let due = 0;
  for (const card of Object.values(cards)) if (isScheduled(card) && card.due < end) due++;
  return due;
}

export type Retention = { reviews: number; remembered: number; rate: number | null };

/**
 * True retention, as Anki measures it: of the reviews of graduated cards (in the review phase)
 * over the last `days` study days, today included, the share not graded Again. Learning steps
 * are practice, not tests of memory, so they are left out. `rate` is null with no such review.
 */
export function retention(log: readonly ReviewLogEntry[], now: number, zone: Zone, days = 30): Retention {
  const today = studyDayOf(now, zone);
  let reviews = 0;
  let remembered = 0;
  const dayOf = logDays(log, zone);
  for (let i = 0; i < log.length; i++) {
    const entry = log[i]!;
    const day = dayOf[i]!;
    if (entry.phase !== 'review' || day > today || day <= today - days) continue;
    reviews++;
    if (entry.grade !== 1) remembered++;
  }
  return { reviews, remembered, rate: reviews === 0 ? null : remembered / reviews };
}

/** An interval of 21 days or more makes a card mature, as in Anki. */
export const MATURE_DAYS = 21;

export type CardStage = 'new' | 'learning' | 'young' | 'mature';

export function cardStage(card: CardState | undefined): CardStage {
  if (!card || card.phase === 'new') return 'new';
  if (card.phase !== 'review') return 'learning';
  return card.scheduledDays >= MATURE_DAYS ? 'mature' : 'young';
}

export type TopicMastery<T extends string> = {
  topic: T;
  total: number;
  new: number;
  learning: number;
  young: number;
  mature: number;
  /** Share of the topic's cards that are mature, 0–1. */
  mastery: number;
};

/**
 * How far each topic's cards have come, in the order the topics are given. A topic's cards are
 * its terms' cards of the kinds studied; a card never studied counts as new.
 */
export function masteryByTopic<T extends string>(
  cards: Cards,
  terms: readonly { id: string; topic: T }[],
  topics: readonly T[],
  settings: CardKindSettings,
): TopicMastery<T>[] {
  const byTopic = new Map<T, TopicMastery<T>>(
    topics.map((topic) => [topic, { topic, total: 0, new: 0, learning: 0, young: 0, mature: 0, mastery: 0 }]),
  );
  const wanted = studiedKinds(settings);
  for (const term of terms) {
    const row = byTopic.get(term.topic);
    if (!row) continue;
    for (const kind of wanted) {
      row.total++;
      row[cardStage(cards[`${term.id}:${kind}`])]++;
    }
  }
  for (const row of byTopic.values()) row.mastery = row.total === 0 ? 0 : row.mature / row.total;
  return [...byTopic.values()];
}

export type QuizDay = { day: number; key: string; correct: number; total: number; attempts: number; accuracy: number };

/**
 * Quiz accuracy per study day on which quizzes were finished, oldest first: the share of all
 * answers given that day that were right. At most the last `limit` such days.
 */
export function quizAccuracy(attempts: readonly QuizAttempt[], zone: Zone, limit = 30): QuizDay[] {
  const byDay = new Map<number, QuizDay>();
  for (const attempt of attempts) {
    if (attempt.answers.length === 0) continue;
    const day = studyDayOf(attempt.finishedAt, zone);
    const row = byDay.get(day) ?? { day, key: dayKey(day), correct: 0, total: 0, attempts: 0, accuracy: 0 };
    row.attempts++;
    row.total += attempt.answers.length;
    row.correct += attempt.answers.filter((answer) => answer.correct).length;
    byDay.set(day, row);
  }
  const days = [...byDay.values()].sort((a, b) => a.day - b.day).slice(-limit);
  for (const row of days) row.accuracy = row.correct / row.total;
  return days;
}

/** All quiz answers ever given, and the share that were right (null before the first quiz). */
export function overallQuizAccuracy(attempts: readonly QuizAttempt[]): { correct: number; total: number; accuracy: number | null } {
  let correct = 0;
  let total = 0;
  for (const attempt of attempts) {
    total += attempt.answers.length;
    correct += attempt.answers.filter((answer) => answer.correct).length;
  }
  return { correct, total, accuracy: total === 0 ? null : correct / total };
}

export type KindProgress = { kind: CardKind; total: number; new: number; learning: number; young: number; mature: number; reviews: number };

/**
 * How far the cards of each kind have come, over the given terms: the kinds studied now, and
 * any other kind that has been studied (a kind turned off keeps its history), in CARD_KINDS order.
 */
export function progressByCardKind(cards: Cards, log: readonly ReviewLogEntry[], termIds: readonly string[], studied: readonly CardKind[]): KindProgress[] {
  const reviews = new Map<CardKind, number>();
  for (const entry of log) {
    const kind = parseCardId(entry.cardId)?.kind;
    if (kind) reviews.set(kind, (reviews.get(kind) ?? 0) + 1);
  }
  return CARD_KINDS.filter((kind) => studied.includes(kind) || reviews.has(kind)).map((kind) => {
    const row: KindProgress = { kind, total: 0, new: 0, learning: 0, young: 0, mature: 0, reviews: reviews.get(kind) ?? 0 };
    for (const termId of termIds) {
      row.total++;
      row[cardStage(cards[cardId(termId, kind)])]++;
    }
    return row;
  });
}
