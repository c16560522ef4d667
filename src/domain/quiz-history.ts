import type { TopicId } from './content';

/** One finished quiz, as kept in the history (plain JSON, dates as epoch milliseconds). */
export type QuizAttempt = {
  id: string;
  quizId: string;
  seed: string;
  startedAt: number;
  finishedAt: number;
  answers: QuizAnswerRecord[];
};

export type QuizAnswerRecord = {
  questionId: string;
  topic: TopicId;
  termIds: string[];
  correct: boolean;
  /** Left unanswered (an exam handed in, or its time up): scored wrong, but not a mistake to study. Absent: answered. */
  skipped?: true;
};
