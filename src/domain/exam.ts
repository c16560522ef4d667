/**
 * Exams as practice-exam sites set them: three presets beside the custom exam, a pass mark,
 * and a fixed share of questions per topic, known before the exam starts.
 *
 * The shares come from the content itself: each topic weighs as much as it has to ask
 * (its hand-written questions plus one generated question per term), so a topic added to the
 * data joins every exam without a table to update here.
 */
import type { Question, Term, TopicId } from './content';

export type ExamPresetId = 'short' | 'standard' | 'long';

export type ExamPreset = { id: ExamPresetId; questions: number; minutes: number };

export const EXAM_PRESETS: readonly ExamPreset[] = [
  { id: 'short', questions: 20, minutes: 30 },
  { id: 'standard', questions: 40, minutes: 60 },
  { id: 'long', questions: 65, minutes: 90 },
];

/** The share of marks (percent) an exam is passed with. */
export const PASS_MARK = 70;

/** The quiz id of a preset in the URL: `/quiz/exam-short`. */
export const presetQuizId = (id: ExamPresetId) => `exam-${id}`;

export function presetOfQuizId(quizId: string): ExamPreset | null {
  return EXAM_PRESETS.find((preset) => presetQuizId(preset.id) === quizId) ?? null;
}

/** How many questions one topic gives an exam, and its share of the exam (0–1, rounded to the counts). */
export type TopicWeight = { topic: TopicId; available: number; count: number; share: number };

/**
 * How many questions each topic gets in an exam of `size`: proportional to what the topic has
 * to ask, by the largest remainder, never more than it has. Topics in content order; a topic
 * with nothing to ask is left out. The counts add up to `size`, or to everything there is.
 */
export function examWeights(topics: readonly TopicId[], content: { terms: readonly Term[]; questions: readonly Question[] }, size: number): TopicWeight[] {
  const available = new Map<TopicId, number>(topics.map((topic) => [topic, 0]));
  for (const question of content.questions) if (available.has(question.topic)) available.set(question.topic, available.get(question.topic)! + 1);
  for (const term of content.terms) if (available.has(term.topic)) available.set(term.topic, available.get(term.topic)! + 1);
  const present = topics.filter((topic) => available.get(topic)! > 0);
  const totalAvailable = present.reduce((sum, topic) => sum + available.get(topic)!, 0);
  const target = Math.max(0, Math.min(size, totalAvailable));
  if (target === 0) return [];

  const counts = new Map<TopicId, number>();
  const remainders: { topic: TopicId; rest: number }[] = [];
  for (const topic of present) {
    const exact = (target * available.get(topic)!) / totalAvailable;
    counts.set(topic, Math.floor(exact));
    remainders.push({ topic, rest: exact - Math.floor(exact) });
  }
  // Largest remainder first; ties go to the topic listed first, so the result is fixed.
  remainders.sort((a, b) => b.rest - a.rest || present.indexOf(a.topic) - present.indexOf(b.topic));
  let left = target - [...counts.values()].reduce((sum, n) => sum + n, 0);
  for (let i = 0; left > 0; i = (i + 1) % remainders.length) {
    const { topic } = remainders[i]!;
    if (counts.get(topic)! < available.get(topic)!) {
      counts.set(topic, counts.get(topic)! + 1);
      left--;
    }
  }
  return present
    .map((topic) => ({ topic, available: available.get(topic)!, count: counts.get(topic)!, share: counts.get(topic)! / target }))
    .filter((weight) => weight.count > 0);
}

/** Whether a score (0–100) passes. */
export const passes = (percent: number, passMark = PASS_MARK) => percent >= passMark;

/** Where each question of an exam stands, for the navigator and the hand-in check. */
export type QuestionStatus = { number: number; answered: boolean; flagged: boolean };

/** The questions left unanswered and those flagged for review (1-based numbers). */
export function handInCheck(statuses: readonly QuestionStatus[]): { unanswered: number[]; flagged: number[] } {
  return {
    unanswered: statuses.filter((s) => !s.answered).map((s) => s.number),
    flagged: statuses.filter((s) => s.flagged).map((s) => s.number),
  };
}
