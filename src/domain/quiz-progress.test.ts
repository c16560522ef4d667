import { describe, expect, it } from 'vitest';
import basicsQuestions from '../../data/questions/cloud-basics.json';
import { realTerms } from '../../tests/factories/real-content';
import type { Question, Term } from './content';
import { buildQuiz, emptyResponse, parseQuizRoute, type Quiz, type QuizItem, type QuizResponse } from './quiz';
import {
  fitsQuestion,
  MAX_TYPED_LENGTH,
  parseSavedQuiz,
  resumeQuiz,
  savedQuizSummary,
  snapshotQuiz,
  type QuizSession,
  type SavedQuiz,
} from './quiz-progress';

const content = { terms: realTerms as Term[], questions: basicsQuestions as Question[] };
const known = { topics: ['basics' as const], termIds: new Set(content.terms.map((t) => t.id)) };
const noHistory = { attempts: [], missed: {} };
const NOW = Date.UTC(2026, 10, 22, 9);
const MINUTE = 60_000;

function quizAt(quizId: string, params: Record<string, string>): Quiz {
  const route = parseQuizRoute(quizId, params, known);
  if ('problem' in route) throw new Error(route.problem);
  return buildQuiz(route, params['seed'] ?? 'seed', content, noHistory);
}

const practice = quizAt('basics', { seed: 'resume', n: '6' });
const PRACTICE_URL = '/quiz/basics?seed=resume&n=6';
const exam = quizAt('exam', { seed: 'resume', n: '5', minutes: '10' });
const EXAM_URL = '/quiz/exam?seed=resume&n=5&minutes=10';

/** A response that answers the question (not necessarily rightly). */
function answer(quiz: Quiz, index: number): QuizResponse {
  const question = quiz.items[index]!.question;
  switch (question.kind) {
    case 'single':
      return { kind: 'single', choice: question.choices[0]!.id };
    case 'multiple':
      return { kind: 'multiple', choices: [question.choices[0]!.id] };
    case 'true-false':
      return { kind: 'true-false', value: true };
    case 'matching':
      return { kind: 'matching', pairs: question.pairs.map((_, i) => i) };
    case 'typed':
      return { kind: 'typed', text: 'cloud' };
  }
}

/** A practice session with the first `answered` questions answered and checked, on question `index`. */
function practiceSession(answered: number, index = answered): QuizSession {
  return {
    index,
    responses: practice.items.map((item, i) => (i < answered ? answer(practice, i) : emptyResponse(item.question))),
    checked: practice.items.map((_, i) => i < answered),
    startedAt: NOW - 5 * MINUTE,
  };
}

/** What the store would hold: the snapshot written at `savedAt`, as text. */
function stored(quiz: Quiz, url: string, session: QuizSession, savedAt: number): string {
  const snapshot = snapshotQuiz(quiz, url, session);
  if (!snapshot) throw new Error('nothing to save');
  return JSON.stringify({ ...snapshot, savedAt });
}

function edited(raw: string, change: (saved: Record<string, unknown>) => void): string {
  const value = JSON.parse(raw) as Record<string, unknown>;
  change(value);
  return JSON.stringify(value);
}

describe('snapshotQuiz', () => {
  it('keeps nothing until there is something to lose: an answer, or an exam whose clock has started', () => {
    expect(snapshotQuiz(practice, PRACTICE_URL, practiceSession(0))).toBeNull();
    const unstarted = { index: 0, responses: exam.items.map((item) => emptyResponse(item.question)), checked: exam.items.map(() => false), startedAt: null };
    expect(snapshotQuiz(exam, EXAM_URL, unstarted)).toBeNull();
    expect(snapshotQuiz(exam, EXAM_URL, { ...unstarted, startedAt: NOW })).toMatchObject({ url: EXAM_URL, index: 0, startedAt: NOW });
  });

  it('keeps an answer chosen but not yet checked', () => {
    const session = practiceSession(2);
    const responses = session.responses.map((r, i) => (i === 2 ? answer(practice, 2) : r));
    const snapshot = snapshotQuiz(practice, PRACTICE_URL, { ...session, responses });
    expect(snapshot?.responses[2]).toEqual(answer(practice, 2));
    expect(snapshot?.checked.slice(0, 3)).toEqual([true, true, false]);
    expect(snapshot?.questionIds).toEqual(practice.items.map((item) => item.question.id));
  });
});

describe('parseSavedQuiz', () => {
  const good = stored(practice, PRACTICE_URL, practiceSession(3), NOW);

  it('reads back what was written', () => {
    expect(parseSavedQuiz(good)).toEqual({ ...snapshotQuiz(practice, PRACTICE_URL, practiceSession(3)), savedAt: NOW });
  });

  it.each([
    ['nothing', null],
    ['not JSON', '{"version": 1, "url":'],
    ['JSON of another kind', '[1, 2, 3]'],
    ['another version', edited(good, (v) => (v['version'] = 2))],
    ['a URL that is not a quiz', edited(good, (v) => (v['url'] = 'https://example.com/quiz/basics'))],
    ['no questions', edited(good, (v) => Object.assign(v, { questionIds: [], responses: [], checked: [], index: 0 }))],
    ['an index past the end', edited(good, (v) => (v['index'] = 6))],
    ['a fractional index', edited(good, (v) => (v['index'] = 1.5))],
    ['one response too few', edited(good, (v) => (v['responses'] = (v['responses'] as unknown[]).slice(1)))],
    ['a response of no known kind', edited(good, (v) => ((v['responses'] as unknown[])[0] = { kind: 'essay', text: 'x' }))],
    ['a matching pair that is not an index', edited(good, (v) => ((v['responses'] as unknown[])[0] = { kind: 'matching', pairs: [-1] }))],
    ['a typed answer no one typed', edited(good, (v) => ((v['responses'] as unknown[])[0] = { kind: 'typed', text: 'x'.repeat(MAX_TYPED_LENGTH + 1) }))],
    ['"checked" that is not a boolean', edited(good, (v) => ((v['checked'] as unknown[])[0] = 'yes'))],
    ['a start that is not a time', edited(good, (v) => (v['startedAt'] = 'yesterday'))],
    ['no time of saving', edited(good, (v) => delete v['savedAt'])],
    ['something huge', JSON.stringify({ junk: 'x'.repeat(300_000) })],
  ])('ignores %s', (_, raw) => {
    expect(parseSavedQuiz(raw)).toBeNull();
  });
});

describe('resumeQuiz', () => {
  const resume = (raw: string, quiz = practice, url = PRACTICE_URL, now = NOW) => resumeQuiz(parseSavedQuiz(raw), quiz, url, now);

  it('lands on the first question not yet checked, with the answers given so far', () => {
    const resumed = resume(stored(practice, PRACTICE_URL, practiceSession(3), NOW - MINUTE));
    expect(resumed?.index).toBe(3);
    expect(resumed?.checked).toEqual([true, true, true, false, false, false]);
    expect(resumed?.responses.slice(0, 3)).toEqual([0, 1, 2].map((i) => answer(practice, i)));
    expect(resumed?.handIn).toBeNull();
  });

  it('moves past a question checked just before the tab closed', () => {
    const resumed = resume(stored(practice, PRACTICE_URL, practiceSession(3, 2), NOW - MINUTE));
    expect(resumed?.index).toBe(3);
  });

  it('does not count the time away from an untimed quiz', () => {
    // Began at NOW − 5 min, last saved at NOW − 4 min (1 minute in), back at NOW: 1 minute spent.
    const resumed = resume(stored(practice, PRACTICE_URL, practiceSession(2), NOW - 4 * MINUTE));
    expect(resumed?.startedAt).toBe(NOW - MINUTE);
  });

  it('hands in a practice quiz whose every answer was checked', () => {
    const resumed = resume(stored(practice, PRACTICE_URL, practiceSession(6, 5), NOW - MINUTE));
    expect(resumed?.handIn).toEqual({ reason: 'complete', finishedAt: NOW });
  });

  it('belongs only to its own URL and its own questions', () => {
    const raw = stored(practice, PRACTICE_URL, practiceSession(3), NOW - MINUTE);
    expect(resume(raw, practice, '/quiz/basics?seed=other&n=6')).toBeNull();
    const other = quizAt('basics', { seed: 'other', n: '6' });
    expect(resume(raw, other, PRACTICE_URL)).toBeNull();
  });

  it('refuses answers that could not have been given on screen', () => {
    const good = stored(practice, PRACTICE_URL, practiceSession(3), NOW - MINUTE);
    const single = practice.items.findIndex((item) => item.question.kind === 'single');
    expect(single).toBeGreaterThanOrEqual(0);
    expect(resume(good)).not.toBeNull();
    expect(resume(edited(good, (v) => ((v['responses'] as unknown[])[single] = { kind: 'single', choice: 'z' })))).toBeNull();
    expect(resume(edited(good, (v) => ((v['responses'] as unknown[])[single] = { kind: 'typed', text: 'a' })))).toBeNull();
  });

  it('refuses a practice quiz that skipped an unchecked question, or a check without an answer', () => {
    const good = stored(practice, PRACTICE_URL, practiceSession(3), NOW - MINUTE);
    expect(resume(edited(good, (v) => ((v['checked'] as boolean[])[1] = false)))).toBeNull();
    expect(resume(edited(good, (v) => ((v['checked'] as boolean[])[4] = true)))).toBeNull();
  });

  describe('a timed exam', () => {
    const examSession = (startedAt: number): QuizSession => ({
      index: 2,
      responses: exam.items.map((item, i) => (i < 2 ? answer(exam, i) : emptyResponse(item.question))),
      checked: exam.items.map(() => false),
      startedAt,
    });

    it('keeps counting while the tab is closed: its deadline is absolute', () => {
      const startedAt = NOW - 7 * MINUTE; // 10 minutes allowed, saved after 1, back after 7
      const resumed = resume(stored(exam, EXAM_URL, examSession(startedAt), startedAt + MINUTE), exam, EXAM_URL);
      expect(resumed).toMatchObject({ index: 2, startedAt, handIn: null });
      expect(resumed?.responses.slice(0, 2)).toEqual([answer(exam, 0), answer(exam, 1)]);
    });

    it('is handed in on return, at its deadline, when the time ran out while away', () => {
      const startedAt = NOW - 12 * MINUTE;
      const resumed = resume(stored(exam, EXAM_URL, examSession(startedAt), startedAt + MINUTE), exam, EXAM_URL);
      expect(resumed?.handIn).toEqual({ reason: 'time-up', finishedAt: startedAt + 10 * MINUTE });
      expect(resumed?.responses[0]).toEqual(answer(exam, 0));
    });

    it('keeps the questions flagged for review, and reads older saves as none flagged', () => {
      const flagged = exam.items.map((_, i) => i === 1 || i === 3);
      const raw = stored(exam, EXAM_URL, { ...examSession(NOW - MINUTE), flagged }, NOW);
      expect(resume(raw, exam, EXAM_URL)?.flagged).toEqual(flagged);
      const older = edited(raw, (v) => delete v['flagged']);
      expect(resume(older, exam, EXAM_URL)?.flagged).toEqual(exam.items.map(() => false));
      expect(resume(edited(raw, (v) => (v['flagged'] = [true])), exam, EXAM_URL)).toBeNull();
      expect(resume(edited(raw, (v) => (v['flagged'] = flagged.map(() => 'yes'))), exam, EXAM_URL)).toBeNull();
    });

    it('never has checked answers', () => {
      const raw = stored(exam, EXAM_URL, examSession(NOW - MINUTE), NOW);
      expect(resume(edited(raw, (v) => ((v['checked'] as boolean[])[0] = true)), exam, EXAM_URL)).toBeNull();
    });
  });
});

describe('fitsQuestion', () => {
  const bank = (kind: Question['kind']): QuizItem => {
    const question = content.questions.find((q) => q.kind === kind);
    if (!question) throw new Error(`no ${kind} question`);
    return { question: { ...question, origin: 'bank' } };
  };

  it('takes a matching with each match used once, of the right length', () => {
    const item = bank('matching');
    const size = item.question.kind === 'matching' ? item.question.pairs.length : 0;
    const order = Array.from({ length: size }, (_, i) => i);
    expect(fitsQuestion(item, { kind: 'matching', pairs: order })).toBe(true);
    expect(fitsQuestion(item, { kind: 'matching', pairs: [...order.slice(0, -1), null] })).toBe(true);
    expect(fitsQuestion(item, { kind: 'matching', pairs: order.map(() => 0) })).toBe(false);
    expect(fitsQuestion(item, { kind: 'matching', pairs: [...order, null] })).toBe(false);
    expect(fitsQuestion(item, { kind: 'matching', pairs: order.map((i) => (i === 0 ? size : i)) })).toBe(false);
  });

  it('takes a multiple select of its own options, each once', () => {
    const item = bank('multiple');
    const ids = item.question.kind === 'multiple' ? item.question.choices.map((c) => c.id) : [];
    expect(fitsQuestion(item, { kind: 'multiple', choices: ids.slice(0, 2) })).toBe(true);
    expect(fitsQuestion(item, { kind: 'multiple', choices: [ids[0]!, ids[0]!] })).toBe(false);
    expect(fitsQuestion(item, { kind: 'multiple', choices: ['zz'] })).toBe(false);
    expect(fitsQuestion(item, { kind: 'single', choice: ids[0]! })).toBe(false);
  });
});

describe('savedQuizSummary', () => {
  it('says which quiz is in progress and the question it resumes at', () => {
    const saved = parseSavedQuiz(stored(practice, PRACTICE_URL, practiceSession(3, 2), NOW)) as SavedQuiz;
    expect(savedQuizSummary(saved)).toEqual({ url: PRACTICE_URL, question: 4, total: 6 });
    expect(savedQuizSummary(null)).toBeNull();
  });
});
