/**
 * How quiz mistakes feed the flashcards, as the learner sets it: a term answered wrong (not one
 * left unanswered) counts once, with one card (the first direction the learner studies, never
 * both), and at most `perDay` distinct terms a study day come back. The count of a day is worked
 * out from the day's attempts in the order they were kept, so every tab and device agrees.
 */
import type { QuizAnswerRecord, QuizAttempt } from './quiz-history';
import { studyDayNumber } from './study-day';

/** Whether an answer is a mistake: answered, and wrong. An exam question left unanswered is not. */
export function isMistake(answer: QuizAnswerRecord): boolean {
  return !answer.correct && answer.skipped !== true;
}

/** The terms an attempt got wrong, each once, in question order. */
export function missedTermsOf(attempt: Pick<QuizAttempt, 'answers'>): string[] {
  return [...new Set(attempt.answers.filter(isMistake).flatMap((answer) => answer.termIds))];
}

export type Feed = {
  /** The attempt's missed terms that come back in the flashcards. */
  fed: string[];
  /** Its missed terms past the day's cap (they stay in the Missed deck). */
  over: string[];
  /** How many more terms may come back today after this attempt. */
  left: number;
};

/**
 * What an attempt feeds, given the attempts kept before it (any order of days; only those of the
 * same study day count). A term fed earlier the same day is not counted again.
 */
export function feedOf(earlier: readonly QuizAttempt[], attempt: QuizAttempt, perDay: number, offsetMinutes: number): Feed {
  const day = studyDayNumber(attempt.finishedAt, offsetMinutes);
  const counted = new Set<string>();
  for (const other of earlier) {
    if (other.id === attempt.id || studyDayNumber(other.finishedAt, offsetMinutes) !== day) continue;
    for (const termId of missedTermsOf(other)) if (counted.size < perDay) counted.add(termId);
  }
  const fed: string[] = [];
  const over: string[] = [];
  for (const termId of missedTermsOf(attempt)) {
    if (counted.has(termId)) fed.push(termId);
    else if (counted.size < perDay) {
      counted.add(termId);
      fed.push(termId);
    } else over.push(termId);
  }
  return { fed, over, left: Math.max(0, perDay - counted.size) };
}
