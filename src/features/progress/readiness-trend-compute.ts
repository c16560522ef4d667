import { fsrs } from 'ts-fsrs';
import type { CardId, ReviewLogEntry } from '../../domain/cards';
import { readinessTrend, type NextMemory, type QuizAnswer } from '../../domain/readiness';

/** What the trend is computed from, as plain data (it crosses to a worker). */
export type TrendRequest = { topicCards: [string, CardId[]][]; answers: readonly QuizAnswer[]; log: readonly ReviewLogEntry[]; dayEnds: number[] };

const scheduler = fsrs();
const next: NextMemory = (previous, elapsedDays, grade) => scheduler.next_state(previous, elapsedDays, grade);

export function computeTrend(request: TrendRequest): { at: number; overall: number }[] {
  return readinessTrend({ topicCards: new Map(request.topicCards), answers: request.answers, log: request.log, dayEnds: request.dayEnds, next });
}
