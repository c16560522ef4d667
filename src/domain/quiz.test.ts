import { describe, expect, it } from 'vitest';
import c2bQuestions from '../../data/questions/c2b-alibaba.json';
import basicsQuestions from '../../data/questions/cloud-basics.json';
import { realQuestions, realTerms, realTopics } from '../../tests/factories/real-content';
import { normalizeAnswer } from './answer-matching';
import type { Question, Term, TopicId } from './content';
import type { QuizAttempt } from './quiz-history';
import { validateQuizHistory } from './state-validation';
import { attemptDoc, readSyncDoc } from './sync-docs';
import { maskedDefinition } from './term-masking';
import {
  acceptedAnswers,
  bestScores,
  buildQuiz,
  confusableNames,
  contentOfTrack,
  emptyResponse,
  generateQuestion,
  gradeAnswer,
  isAnswered,
  parseGeneratedId,
  parseQuizRoute,
  scoreQuiz,
  toAttempt,
  trackedHistoryId,
  type GradedAnswer,
  type QuizContent,
  type QuizQuestion,
  type QuizRoute,
} from './quiz';

const terms = realTerms as Term[];
const questions = [...(basicsQuestions as Question[]), ...(c2bQuestions as Question[])];
const content: QuizContent = { terms, questions };
const termById = new Map(terms.map((t) => [t.id, t]));
const context = { termById, confusables: confusableNames(terms) };
const noHistory = { attempts: [], missed: {} };
const TOPICS: TopicId[] = ['basics', 'service-models', 'deployment-models', 'characteristics', 'cloud-marketing', 'c2b-alibaba', 'market-figures'];
const known = { topics: TOPICS, termIds: new Set(terms.map((t) => t.id)) };
const NOW = Date.UTC(2026, 10, 22, 9);

function route(quizId: string, params: Record<string, string> = {}): QuizRoute {
  const parsed = parseQuizRoute(quizId, params, known);
  if ('problem' in parsed) throw new Error(`${parsed.problem}: ${parsed.detail}`);
  return parsed;
}
const bank = (id: string): QuizQuestion => ({ ...(questions.find((q) => q.id === id) as Question), origin: 'bank' });
const firstOfKind = <K extends Question['kind']>(kind: K) => ({ ...(questions.find((q) => q.kind === kind) as Extract<Question, { kind: K }>), origin: 'bank' as const });

describe('parseQuizRoute', () => {
  it('reads every kind of quiz from its URL', () => {
    expect(route('service-models').spec).toEqual({ kind: 'topic', topic: 'service-models' });
    expect(route('mixed')).toMatchObject({ spec: { kind: 'mixed' }, size: 15, historyId: 'mixed' });
    expect(route('numbers').spec).toEqual({ kind: 'numbers' });
    expect(route('scenarios')).toMatchObject({ spec: { kind: 'scenarios' }, size: 10, historyId: 'scenarios' });
    expect(route('exam', { n: '30', minutes: '15' })).toMatchObject({ spec: { kind: 'exam', minutes: 15 }, size: 30 });
    expect(route('exam').spec).toEqual({ kind: 'exam', minutes: null, preset: null });
    expect(route('exam-long', { n: '5', minutes: '1' })).toMatchObject({ spec: { kind: 'exam', minutes: 90, preset: 'long' }, size: 65, historyId: 'exam-long' });
    expect(route('weak').spec).toEqual({ kind: 'weak' });
    expect(route('term', { term: 'iaas' })).toMatchObject({ spec: { kind: 'term', termId: 'iaas' }, historyId: 'term:iaas' });
    expect(route('mixed', { retry: 'attempt-1' }).retry).toBe('attempt-1');
  });

  it('names what is wrong with a bad URL', () => {
    expect(parseQuizRoute('cooking', {}, known)).toEqual({ problem: 'unknown-quiz', detail: 'cooking' });
    expect(parseQuizRoute('term', { term: 'nope' }, known)).toEqual({ problem: 'unknown-term', detail: 'nope' });
    expect(parseQuizRoute('exam', { n: 'lots' }, known)).toMatchObject({ problem: 'bad-number' });
    expect(parseQuizRoute('exam', { n: '0' }, known)).toMatchObject({ problem: 'bad-number' });
    expect(parseQuizRoute('exam', { minutes: '-5' }, known)).toMatchObject({ problem: 'bad-number' });
    expect(parseQuizRoute('mixed', { track: 'cooking' }, known)).toEqual({ problem: 'unknown-track', detail: 'cooking' });
    expect(parseQuizRoute('exam-short', { track: 'all' }, known)).toEqual({ problem: 'unknown-track', detail: 'all' });
  });

  it("reads the track a quiz draws from, and keeps each track's attempts under their own id", () => {
    expect(route('mixed')).toMatchObject({ track: null, historyId: 'mixed' });
    expect(route('mixed', { track: 'readings' })).toMatchObject({ spec: { kind: 'mixed' }, track: 'readings', historyId: 'mixed@readings' });
    expect(route('weak', { track: 'foundations' })).toMatchObject({ track: 'foundations', historyId: 'weak@foundations' });
    expect(route('exam-short', { track: 'readings' })).toMatchObject({ spec: { preset: 'short' }, track: 'readings', historyId: 'exam-short@readings' });
    expect(route('exam', { n: '30', track: 'readings' })).toMatchObject({ size: 30, track: 'readings', historyId: 'exam@readings' });
    // A topic's or a term's quiz asks its own questions, whatever the track.
    expect(route('service-models', { track: 'readings' })).toMatchObject({ track: null, historyId: 'service-models' });
    expect(route('term', { term: 'iaas', track: 'readings' })).toMatchObject({ track: null, historyId: 'term:iaas' });
  });
});

describe('a quiz on one track', () => {
  const all: QuizContent = { terms, questions: realQuestions };
  const topicsOf = (track: 'foundations' | 'readings') => new Set(realTopics.filter((t) => t.track === track || t.alsoIn?.some((p) => p.track === track)).map((t) => t.id));
  const readings = topicsOf('readings');

  it("asks a readings mixed quiz only the readings topics' questions, spread across all of them", () => {
    const quiz = buildQuiz(route('mixed', { track: 'readings', n: '30' }), 'track', contentOfTrack(all, realTopics, 'readings'), noHistory);
    expect(quiz.items).toHaveLength(30);
    const asked = new Set(quiz.items.map((item) => item.question.topic));
    expect(asked).toEqual(readings);
    expect(quiz.poolSize).toBeLessThan(buildQuiz(route('mixed', { n: '30' }), 'track', all, noHistory).poolSize);
  });

  it("weighs an exam on a track by the track's topics only", () => {
    const quiz = buildQuiz(route('exam-standard', { track: 'foundations' }), 'weights', contentOfTrack(all, realTopics, 'foundations'), noHistory);
    expect(quiz.items).toHaveLength(40);
    const asked = new Set(quiz.items.map((item) => item.question.topic));
    expect([...asked].every((topic) => topicsOf('foundations').has(topic))).toBe(true);
    expect(asked.has('c2b-alibaba')).toBe(false);
  });

  it('leaves the content whole without a track, and holds a topic in two tracks in both', () => {
    expect(contentOfTrack(all, realTopics, null)).toBe(all);
    const foundations = contentOfTrack(all, realTopics, 'foundations');
    const inReadings = contentOfTrack(all, realTopics, 'readings');
    expect(foundations.questions.some((q) => q.topic === 'basics')).toBe(true);
    expect(inReadings.questions.some((q) => q.topic === 'basics')).toBe(true);
    expect(inReadings.questions.some((q) => q.topic === 'compute')).toBe(false);
    expect(inReadings.terms.every((t) => readings.has(t.topic))).toBe(true);
  });

  it('keeps best scores apart per track', () => {
    const attempt = (quizId: string, correct: boolean[]): QuizAttempt => ({
      id: quizId,
      quizId,
      seed: 's',
      startedAt: NOW - 1000,
      finishedAt: NOW,
      answers: correct.map((ok, i) => ({ questionId: `q${i}`, topic: 'basics', termIds: [], correct: ok })),
    });
    const best = bestScores([attempt('mixed', [true, false]), attempt(trackedHistoryId('mixed', 'readings'), [true, true, true, false])]);
    expect(best.get('mixed')?.percent).toBe(50);
    expect(best.get('mixed@readings')?.percent).toBe(75);
    expect(best.get('mixed@foundations')).toBeUndefined();
  });

  it("keeps a track's quiz id through a backup and a sync, as written", () => {
    const attempt: QuizAttempt = { id: 'a1', quizId: 'exam-standard@readings', seed: 's', startedAt: NOW - 1000, finishedAt: NOW, answers: [] };
    expect(validateQuizHistory({ attempts: [attempt], missed: {} }, NOW)).toMatchObject({ ok: true, value: { attempts: [attempt] } });
    expect(readSyncDoc(attemptDoc(attempt), NOW, () => null)).toEqual({ kind: 'attempt', attempt });
  });
});

describe('buildQuiz', () => {
  it('is the same quiz for the same seed, and another for another seed', () => {
    const ids = (seed: string) => buildQuiz(route('mixed'), seed, content, noHistory).items.map((item) => item.question.id);
    expect(ids('abc')).toEqual(ids('abc'));
    expect(ids('abc')).not.toEqual(ids('abd'));
    const options = (seed: string) => buildQuiz(route('mixed'), seed, content, noHistory).items.map((item) => item.question.kind === 'single' ? item.question.choices.map((c) => c.id).join('') : '');
    expect(options('abc')).toEqual(options('abc'));
  });

  it('asks a topic quiz only about its topic, mixing the bank with generated questions, without repeats', () => {
    const quiz = buildQuiz(route('deployment-models'), 's1', content, noHistory);
    expect(quiz.items).toHaveLength(10);
    expect(quiz.items.every((item) => item.question.topic === 'deployment-models')).toBe(true);
    expect(quiz.items.some((item) => item.question.origin === 'generated')).toBe(true);
    expect(quiz.items.some((item) => item.question.origin === 'bank')).toBe(true);
    const ids = quiz.items.map((item) => item.question.id);
    expect(new Set(ids).size).toBe(ids.length);
    const generatedTerms = quiz.items.filter((item) => item.question.origin === 'generated').map((item) => item.question.terms[0]);
    expect(new Set(generatedTerms).size).toBe(generatedTerms.length);
  });

  it('spreads a mixed quiz across every topic', () => {
    const termTopics = new Set(terms.map((term) => term.topic));
    const quiz = buildQuiz(route('mixed', { n: String(termTopics.size * 2) }), 'spread', content, noHistory);
    const topics = new Set(quiz.items.map((item) => item.question.topic));
    expect(topics).toEqual(termTopics);
  });

  it('asks "Scenarios" only scenario questions, from the whole bank', () => {
    const all: QuizContent = { terms, questions: realQuestions };
    const scenarios = realQuestions.filter((q) => q.scenario);
    const quiz = buildQuiz(route('scenarios', { n: '100' }), 'sc', all, noHistory);
    expect(quiz.poolSize).toBe(scenarios.length);
    expect(quiz.items).toHaveLength(100);
    expect(quiz.items.every((item) => item.question.origin === 'bank' && item.question.scenario === true)).toBe(true);
    expect(new Set(quiz.items.map((item) => item.question.topic)).size).toBeGreaterThan(5);
    expect(buildQuiz(route('scenarios'), 'sc', content, noHistory).items).toEqual([]);
  });

  it('asks "Numbers & facts" only the questions about figures', () => {
    const quiz = buildQuiz(route('numbers', { n: '100' }), 'n', content, noHistory);
    expect(quiz.items.length).toBe(questions.filter((q) => q.figure).length);
    expect(quiz.items.every((item) => item.question.origin === 'bank' && item.question.figure === true)).toBe(true);
  });

  it('makes an exam of N questions with its time limit', () => {
    const quiz = buildQuiz(route('exam', { n: '20', minutes: '15' }), 'e', content, noHistory);
    expect(quiz).toMatchObject({ mode: 'exam', minutes: 15 });
    expect(quiz.items).toHaveLength(20);
  });

  it('quizzes one term on every question that tests it, and both generated directions', () => {
    const quiz = buildQuiz(route('term', { term: 'hybrid-cloud', n: '50' }), 't', content, noHistory);
    const ids = quiz.items.map((item) => item.question.id);
    for (const q of questions.filter((q) => q.terms.includes('hybrid-cloud'))) expect(ids).toContain(q.id);
    expect(ids).toContain('g-def-hybrid-cloud');
    expect(ids).toContain('g-term-hybrid-cloud');
    expect(quiz.items.every((item) => item.question.terms.includes('hybrid-cloud'))).toBe(true);
  });

  it('builds "My weak spots" from the last mistakes, and is empty with none', () => {
    expect(buildQuiz(route('weak'), 'w', content, noHistory).items).toEqual([]);
    const attempt: QuizAttempt = {
      id: 'a1',
      quizId: 'mixed',
      seed: 's',
      startedAt: NOW - 60_000,
      finishedAt: NOW,
      answers: [
        { questionId: 'q-cloud-basics-hybrid-cloud-typed', topic: 'deployment-models', termIds: ['hybrid-cloud'], correct: false },
        { questionId: 'q-cloud-basics-wikipedia-internet-based', topic: 'basics', termIds: ['cloud-computing'], correct: true },
        { questionId: 'g-def-taobao', topic: 'c2b-alibaba', termIds: ['taobao'], correct: false },
      ],
    };
    const quiz = buildQuiz(route('weak', { n: '50' }), 'w', content, { attempts: [attempt], missed: { 'hybrid-cloud': NOW, taobao: NOW } });
    const ids = quiz.items.map((item) => item.question.id);
    expect(ids).toContain('q-cloud-basics-hybrid-cloud-typed');
    expect(ids).toContain('g-def-taobao');
    expect(ids).not.toContain('q-cloud-basics-wikipedia-internet-based');
    expect(quiz.items.every((item) => item.question.terms.some((t) => t === 'hybrid-cloud' || t === 'taobao'))).toBe(true);
  });

  it('retries exactly the wrong answers of an attempt', () => {
    const first = buildQuiz(route('service-models'), 'r', content, noHistory);
    const graded: GradedAnswer[] = first.items.map((_, index) => ({ correct: index % 3 !== 0, credit: index % 3 !== 0 ? 1 : 0 }));
    const attempt = toAttempt(first, graded, { id: 'a', startedAt: NOW - 1000, finishedAt: NOW });
    const retry = buildQuiz(route('service-models'), 'r2', content, noHistory, attempt);
    const wrongIds = first.items.filter((_, index) => index % 3 === 0).map((item) => item.question.id);
    expect(retry.items.map((item) => item.question.id).sort()).toEqual([...wrongIds].sort());
    // A generated question comes back with the same options as when it was missed.
    for (const item of retry.items) {
      const before = first.items.find((i) => i.question.id === item.question.id);
      if (item.question.origin === 'generated' && before?.question.kind === 'single' && item.question.kind === 'single') {
        expect(new Set(item.question.choices.map((c) => c.text.en))).toEqual(new Set(before.question.choices.map((c) => c.text.en)));
      }
    }
  });

  it('never shows a matching already solved', () => {
    for (const seed of ['1', '2', '3', '4', '5', '6', '7', '8', '9']) {
      const quiz = buildQuiz(route('c2b-alibaba', { n: '69' }), seed, content, noHistory);
      for (const item of quiz.items) {
        if (item.question.kind !== 'matching') continue;
        expect(item.rightOrder?.every((value, index) => value === index)).toBe(false);
        expect([...(item.rightOrder ?? [])].sort()).toEqual(item.question.pairs.map((_, i) => i));
      }
    }
  });
});

describe('generated questions', () => {
  it('ask term → definition and definition → term with the answer among four distinct options', () => {
    for (const term of terms) {
      for (const direction of ['term-to-definition', 'definition-to-term'] as const) {
        const q = generateQuestion(term, direction, terms, 'seed');
        expect(q, term.id).not.toBeNull();
        if (!q) continue;
        expect(q.choices).toHaveLength(4);
        const right = q.choices.find((c) => c.id === q.answer);
        expect(right?.text).toEqual(direction === 'term-to-definition' ? maskedDefinition(term) : term.term);
        expect(new Set(q.choices.map((c) => normalizeAnswer(c.text.zh))).size).toBe(4);
        expect(parseGeneratedId(q.id)).toEqual({ direction, termId: term.id });
      }
    }
    // Generates two questions for every term of the glossary: its time grows with the content.
  }, 30_000);
});

describe('gradeAnswer', () => {
  it('grades a single choice', () => {
    const q = firstOfKind('single');
    const wrong = q.choices.find((c) => c.id !== q.answer)?.id ?? null;
    expect(gradeAnswer(q, { kind: 'single', choice: q.answer }, context)).toEqual({ correct: true, credit: 1 });
    expect(gradeAnswer(q, { kind: 'single', choice: wrong }, context)).toEqual({ correct: false, credit: 0 });
    expect(gradeAnswer(q, { kind: 'single', choice: null }, context).correct).toBe(false);
  });

  it('grades a multiple select: all the right ones and none of the others, with partial credit', () => {
    const q = bank('q-cloud-basics-cloud-words-multiple'); // answers a, c, e, f
    expect(gradeAnswer(q, { kind: 'multiple', choices: ['f', 'e', 'c', 'a'] }, context)).toEqual({ correct: true, credit: 1 });
    expect(gradeAnswer(q, { kind: 'multiple', choices: ['a', 'c', 'e'] }, context)).toEqual({ correct: false, credit: 0.75 });
    expect(gradeAnswer(q, { kind: 'multiple', choices: ['a', 'c', 'e', 'f', 'b'] }, context)).toEqual({ correct: false, credit: 0.75 });
    expect(gradeAnswer(q, { kind: 'multiple', choices: ['b', 'd'] }, context)).toEqual({ correct: false, credit: 0 });
  });

  it('grades true or false', () => {
    const q = firstOfKind('true-false');
    expect(gradeAnswer(q, { kind: 'true-false', value: q.answer }, context).correct).toBe(true);
    expect(gradeAnswer(q, { kind: 'true-false', value: !q.answer }, context).correct).toBe(false);
  });

  it('grades a matching pair by pair', () => {
    const q = firstOfKind('matching');
    const n = q.pairs.length;
    const all = q.pairs.map((_, i) => i);
    expect(gradeAnswer(q, { kind: 'matching', pairs: all }, context)).toEqual({ correct: true, credit: 1 });
    const swapped = [1, 0, ...all.slice(2)];
    expect(gradeAnswer(q, { kind: 'matching', pairs: swapped }, context)).toEqual({ correct: false, credit: (n - 2) / n });
  });

  it('grades a typed answer in either language, forgiving a typo and saying so', () => {
    const q = bank('q-cloud-basics-hybrid-cloud-typed');
    expect(gradeAnswer(q, { kind: 'typed', text: '混合云' }, context).correct).toBe(true);
    expect(gradeAnswer(q, { kind: 'typed', text: 'Hybrid Cloud' }, context).correct).toBe(true);
    expect(gradeAnswer(q, { kind: 'typed', text: 'hybird cloud' }, context)).toMatchObject({ correct: true, typed: { forgiven: true, matched: 'hybrid cloud' } });
    expect(gradeAnswer(q, { kind: 'typed', text: 'private cloud' }, context).correct).toBe(false);
  });

  it('never accepts an answer of another kind', () => {
    expect(gradeAnswer(firstOfKind('single'), { kind: 'true-false', value: true }, context).correct).toBe(false);
  });
});

describe('acceptedAnswers', () => {
  it('adds the aliases of the term an answer names, but not what the prompt gives away', () => {
    const saas = bank('q-cloud-basics-saas-fullname-typed');
    if (saas.kind !== 'typed') throw new Error('expected a typed question');
    const accepted = acceptedAnswers(saas, termById).map(normalizeAnswer);
    expect(accepted).toContain('softwareasaservice');
    expect(accepted).not.toContain('saas'); // "What does SaaS stand for?"

    const iaas = bank('q-cloud-basics-iaas-abbrev-typed'); // "What is the abbreviation for Infrastructure as a Service?"
    expect(gradeAnswer(iaas, { kind: 'typed', text: 'IaaS' }, context).correct).toBe(true);
    expect(gradeAnswer(iaas, { kind: 'typed', text: '基础设施服务' }, context).correct).toBe(false);

    const hybrid = bank('q-cloud-basics-hybrid-cloud-typed'); // the prompt describes it without naming it
    expect(gradeAnswer(hybrid, { kind: 'typed', text: 'hybrid clouds' }, context).correct).toBe(true);

    const weinman = bank('q-cloud-basics-weinman-typed');
    if (weinman.kind !== 'typed') throw new Error('expected a typed question');
    expect(gradeAnswer(weinman, { kind: 'typed', text: 'Joe Weinman' }, context).correct).toBe(true);
  });

  it('does not let a count question accept the name of the term it tests', () => {
    const count = bank('q-cloud-basics-deployment-count-typed');
    expect(gradeAnswer(count, { kind: 'typed', text: 'deployment model' }, context).correct).toBe(false);
    expect(gradeAnswer(count, { kind: 'typed', text: '四' }, context).correct).toBe(true);
  });
});

describe('responses', () => {
  it('start empty and count as answered once complete', () => {
    for (const kind of ['single', 'multiple', 'true-false', 'matching', 'typed'] as const) {
      expect(isAnswered(emptyResponse(firstOfKind(kind)))).toBe(false);
    }
    expect(isAnswered({ kind: 'matching', pairs: [0, null, 2] })).toBe(false);
    expect(isAnswered({ kind: 'typed', text: ' x ' })).toBe(true);
  });
});

describe('scoring and history', () => {
  const quiz = buildQuiz(route('mixed', { n: '6' }), 'score', content, noHistory);
  const graded: (GradedAnswer | undefined)[] = [
    { correct: true, credit: 1 },
    { correct: false, credit: 0.5 },
    { correct: true, credit: 1 },
    undefined,
    { correct: true, credit: 1 },
    { correct: false, credit: 0 },
  ];

  it('counts right answers, by topic, and collects the terms behind the wrong ones, not the unanswered', () => {
    const score = scoreQuiz(quiz.items, graded);
    expect(score).toMatchObject({ correct: 3, total: 6, percent: 50, wrong: [1, 3, 5] });
    expect(score.byTopic.reduce((sum, t) => sum + t.total, 0)).toBe(6);
    expect(score.byTopic.reduce((sum, t) => sum + t.correct, 0)).toBe(3);
    // Question 4 (index 3) was left unanswered: scored wrong, but its terms are not mistakes.
    const expectedTerms = new Set([1, 5].flatMap((i) => quiz.items[i]?.question.terms ?? []));
    expect(new Set(score.missedTerms)).toEqual(expectedTerms);
  });

  it('records an attempt and finds the best score of each quiz', () => {
    const attempt = toAttempt(quiz, graded, { id: 'x', startedAt: NOW - 5000, finishedAt: NOW });
    expect(attempt).toMatchObject({ id: 'x', quizId: 'mixed', seed: 'score', startedAt: NOW - 5000, finishedAt: NOW });
    expect(attempt.answers.map((a) => a.correct)).toEqual([true, false, true, false, true, false]);
    const perfect = { ...attempt, id: 'y', answers: attempt.answers.map((a) => ({ ...a, correct: true })) };
    const other = { ...attempt, id: 'z', quizId: 'numbers' };
    const best = bestScores([attempt, perfect, other]);
    expect(best.get('mixed')).toEqual({ correct: 6, total: 6, percent: 100 });
    expect(best.get('numbers')).toEqual({ correct: 3, total: 6, percent: 50 });
    expect(best.get('exam')).toBeUndefined();
  });
});
