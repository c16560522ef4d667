import { describe, expect, it } from 'vitest';
import c2bQuestions from '../../data/questions/c2b-alibaba.json';
import basicsQuestions from '../../data/questions/cloud-basics.json';
import { realTerms } from '../../tests/factories/real-content';
import type { Question, Term, TopicId } from './content';
import { EXAM_PRESETS, examWeights, handInCheck, PASS_MARK, passes, presetOfQuizId } from './exam';
import { buildQuiz, parseQuizRoute, topicOrder, type QuizContent } from './quiz';

const terms = realTerms as Term[];
const questions = [...(basicsQuestions as Question[]), ...(c2bQuestions as Question[])];
const content: QuizContent = { terms, questions };
const topics = topicOrder(content);
const noHistory = { attempts: [], missed: {} };

const term = (id: string, topic: string): Term => ({ ...terms[0]!, id, topic: topic as TopicId });
/** Topics the content may add later. */
const ids = (...names: string[]) => names as unknown as TopicId[];

describe('examWeights', () => {
  it('gives each topic a share by what it has to ask, adding up to the exam size', () => {
    for (const preset of EXAM_PRESETS) {
      const weights = examWeights(topics, content, preset.questions);
      expect(weights.reduce((sum, w) => sum + w.count, 0)).toBe(preset.questions);
      expect(weights.reduce((sum, w) => sum + w.share, 0)).toBeCloseTo(1);
      for (const w of weights) expect(w.count).toBeLessThanOrEqual(w.available);
    }
    // The topic with the most to ask gets the most questions.
    const long = examWeights(topics, content, 65);
    const biggest = [...long].sort((a, b) => b.available - a.available)[0]!;
    expect(Math.max(...long.map((w) => w.count))).toBe(biggest.count);
  });

  it('works with whatever topics the content has, and never asks more than there is', () => {
    const small = { terms: [term('a', 'new-1'), term('b', 'new-1'), term('c', 'new-2')], questions: [] };
    expect(examWeights(ids('new-1', 'new-2', 'empty'), small, 3)).toEqual([
      { topic: 'new-1', available: 2, count: 2, share: 2 / 3 },
      { topic: 'new-2', available: 1, count: 1, share: 1 / 3 },
    ]);
    expect(examWeights(ids('new-1', 'new-2'), small, 100).map((w) => w.count)).toEqual([2, 1]);
    expect(examWeights(ids('new-1'), { terms: [], questions: [] }, 20)).toEqual([]);
  });

  it('is fixed: the same content gives the same weights', () => {
    expect(examWeights(topics, content, 40)).toEqual(examWeights(topics, content, 40));
  });
});

describe('exam presets', () => {
  it('are 20 questions in 30 minutes, 40 in 60 and 65 in 90, passed at 70%', () => {
    expect(EXAM_PRESETS.map((p) => [p.id, p.questions, p.minutes])).toEqual([
      ['short', 20, 30],
      ['standard', 40, 60],
      ['long', 65, 90],
    ]);
    expect(PASS_MARK).toBe(70);
    expect(passes(70)).toBe(true);
    expect(passes(69)).toBe(false);
    expect(presetOfQuizId('exam-standard')?.questions).toBe(40);
    expect(presetOfQuizId('exam')).toBeNull();
  });

  it('draws each topic exactly its weight, and the same URL gives the same exam', () => {
    const known = { topics, termIds: new Set(terms.map((t) => t.id)) };
    for (const preset of EXAM_PRESETS) {
      const route = parseQuizRoute(`exam-${preset.id}`, {}, known);
      if ('problem' in route) throw new Error(route.problem);
      const quiz = buildQuiz(route, 'seed42', content, noHistory);
      expect(quiz.items).toHaveLength(preset.questions);
      expect(quiz.minutes).toBe(preset.minutes);
      expect(quiz.passMark).toBe(70);
      expect(quiz.mode).toBe('exam');
      const byTopic = new Map<string, number>();
      for (const item of quiz.items) byTopic.set(item.question.topic, (byTopic.get(item.question.topic) ?? 0) + 1);
      for (const w of examWeights(topics, content, preset.questions)) expect(byTopic.get(w.topic)).toBe(w.count);
      expect(new Set(quiz.items.map((i) => i.question.id)).size).toBe(preset.questions);
      expect(buildQuiz(route, 'seed42', content, noHistory).items.map((i) => i.question.id)).toEqual(quiz.items.map((i) => i.question.id));
    }
    // Builds every preset twice from the whole bank: its time grows with the content.
  }, 30_000);
});

describe('handInCheck', () => {
  it('lists the unanswered and the flagged questions by number', () => {
    expect(
      handInCheck([
        { number: 1, answered: true, flagged: false },
        { number: 2, answered: false, flagged: true },
        { number: 3, answered: false, flagged: false },
        { number: 4, answered: true, flagged: true },
      ]),
    ).toEqual({ unanswered: [2, 3], flagged: [2, 4] });
    expect(handInCheck([])).toEqual({ unanswered: [], flagged: [] });
  });
});
