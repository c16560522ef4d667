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
};
