import { describe, expect, it } from 'vitest';
import type { Question, Term } from './content';
import { checkGrading, readNumberRange, rangesOverlap } from './grading-checks';

const SOURCE = { source: 'post-c2b-alibaba', quote: '信息为王' };
const HYBRID: Term = {
  id: 'hybrid-cloud',
  topic: 'deployment-models',
  term: { zh: '混合云', en: 'Hybrid cloud' },
  aliases: ['hybrid clouds', '混合部署'],
  definition: { zh: '定义', en: 'Definition' },
  explanation: { zh: '说明', en: 'About' },
  examples: [],
  related: [],
  source: SOURCE,
};

const base = { topic: 'deployment-models', explanation: { zh: '说明', en: 'About' }, terms: ['hybrid-cloud'], source: SOURCE };
const located = (question: Question) => ({ file: 'questions/sample.json', index: 0, question });

describe('check:data grading checks', () => {
  it('accepts a typed question whose answers and term names are all accepted', () => {
    const question: Question = { ...base, id: 'q', kind: 'typed', prompt: { zh: '组合而成的叫什么？', en: 'What is it called?' }, answers: { zh: ['混合云'], en: ['hybrid cloud'] } };
    expect(checkGrading([located(question)], [HYBRID])).toEqual([]);
  });

  it('reports a canonical answer the grader would not accept', () => {
    const question: Question = { ...base, id: 'q', kind: 'typed', prompt: { zh: '叫什么？', en: 'What is it called?' }, answers: { zh: ['混合云'], en: ['…', 'hybrid cloud'] } };
    expect(checkGrading([located(question)], [HYBRID])).toContainEqual({ file: 'questions/sample.json', path: '$[0].answers.en[0]', message: 'canonical answer "…" is not accepted' });
  });

  it('reports number choices that overlap, and accepts ones that exclude each other', () => {
    const choices = (texts: string[]) => texts.map((en, i) => ({ id: 'abcd'[i] ?? 'e', text: { en, zh: `选项${i}` } }));
    const overlapping: Question = { ...base, id: 'q', kind: 'single', prompt: { zh: '多少？', en: 'How much?' }, choices: choices(['More than US$1 billion', 'More than US$286 million', 'Less than US$286 million']), answer: 'a' };
    expect(checkGrading([located(overlapping)], [HYBRID])).toEqual([
      {
        file: 'questions/sample.json',
        path: '$[0].choices',
        message: 'choices "More than US$1 billion" and "More than US$286 million" overlap: a number question\'s choices must exclude each other',
      },
    ]);
    const exclusive: Question = { ...overlapping, choices: choices(['More than US$1 billion', 'Less than US$286 million', 'US$286 million']) };
    expect(checkGrading([located(exclusive)], [HYBRID])).toEqual([]);
  });

  it('reads ranges as a learner writes them, open or closed', () => {
    expect(readNumberRange('超过10亿美元')).toEqual({ low: 1e9, high: Infinity, lowOpen: true, highOpen: true });
    expect(readNumberRange('About 15–20 million yuan')).toEqual({ low: 1.5e7, high: 2e7, lowOpen: false, highOpen: false });
    expect(readNumberRange('Cloud computing')).toBeNull();
    expect(rangesOverlap({ low: 5, high: 5, lowOpen: false, highOpen: false }, { low: -Infinity, high: 5, lowOpen: true, highOpen: true })).toBe(false);
    expect(rangesOverlap({ low: 5, high: 5, lowOpen: false, highOpen: false }, { low: -Infinity, high: 5, lowOpen: true, highOpen: false })).toBe(true);
  });

  it('asks a multiple-select prompt to say how many, rightly, in both languages', () => {
    const question: Question = {
      ...base,
      id: 'q',
      kind: 'multiple',
      prompt: { zh: '哪些是部署模式？（多选）', en: 'Which are deployment models? (Choose 3.)' },
      choices: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: { zh: `选项${id}`, en: `Choice ${id}` } })),
      answers: ['a', 'b'],
    };
    expect(checkGrading([located(question)], [HYBRID]).map((problem) => problem.path)).toEqual(['$[0].prompt.en', '$[0].prompt.zh']);
    question.prompt = { zh: '哪些是部署模式？（选 2 项）', en: 'Which are deployment models? (Choose 2.)' };
    expect(checkGrading([located(question)], [HYBRID])).toEqual([]);
  });
});
