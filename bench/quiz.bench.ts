/**
 * Quizzes: building a quiz from its URL (with generated questions and distractors), and
 * grading typed answers.
 */
import c2bQuestions from '../data/questions/c2b-alibaba.json';
import basicsQuestions from '../data/questions/cloud-basics.json';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { realTerms } from '../tests/factories/real-content';
import { matchTypedAnswer } from '../src/domain/answer-matching';
import type { Question, Term } from '../src/domain/content';
import { buildQuiz, confusableNames, generateQuestion, parseQuizRoute, type QuizRoute } from '../src/domain/quiz';
import { formatTiming, measure, summarize } from './measure';

export default function run() {
  const terms = realTerms as Term[];
  const content = { terms, questions: [...(basicsQuestions as Question[]), ...(c2bQuestions as Question[])] };
  const known = { topics: ['basics', 'service-models', 'deployment-models', 'characteristics', 'cloud-marketing', 'c2b-alibaba', 'market-figures'] as const, termIds: new Set(terms.map((t) => t.id)) };
  const route = (id: string, params: Record<string, string> = {}) => parseQuizRoute(id, params, { ...known, topics: [...known.topics] }) as QuizRoute;
  const history = { attempts: [], missed: {} };
  let seed = 0;
  const confusables = confusableNames(terms);

  console.log(formatTiming('buildQuiz topic (10 of ~50, ~30% generated)', measure(() => buildQuiz(route('service-models'), `s${seed++}`, content, history), { runs: 200 }), 50));
  console.log(formatTiming('buildQuiz mixed (15 of ~300)', measure(() => buildQuiz(route('mixed'), `s${seed++}`, content, history), { runs: 100 }), 100));
  console.log(formatTiming('buildQuiz exam (50 of ~300)', measure(() => buildQuiz(route('exam', { n: '50' }), `s${seed++}`, content, history), { runs: 100 }), 100));
  // The first quiz a page builds derives everything afresh, in code not yet optimised: each run
  // is a fresh process (bench/first-quiz.ts).
  const firstBuilds = Array.from({ length: 7 }, () => Number(execFileSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'first-quiz.ts')], { encoding: 'utf8' })));
  console.log(formatTiming(`first mixed quiz, fresh process (${realTerms.length} terms)`, summarize(firstBuilds), 150));
  const term = terms[0] as Term;
  console.log(formatTiming(`generateQuestion (3 distractors of ${terms.length} terms)`, measure(() => generateQuestion(term, 'term-to-definition', terms, `s${seed++}`), { runs: 500 })));
  console.log(formatTiming(`matchTypedAnswer (typo, ${confusables.length} confusables)`, measure(() => matchTypedAnswer('Sofware as a Servise', ['Software as a Service', '软件即服务'], { confusables }), { runs: 500 }), 5));
}
