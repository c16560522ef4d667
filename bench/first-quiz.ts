/**
 * One mixed quiz built from all the content in a fresh process, as a page builds its first quiz:
 * nothing derived yet, no code optimised yet. Prints the milliseconds. Run by quiz.bench.ts.
 */
import { performance } from 'node:perf_hooks';
import { buildQuiz, parseQuizRoute, type QuizRoute } from '../src/domain/quiz';
import { realQuestions, realTerms, realTopics } from '../tests/factories/real-content';

const known = { topics: realTopics.map((topic) => topic.id), termIds: new Set(realTerms.map((term) => term.id)) };
const route = parseQuizRoute('mixed', {}, known) as QuizRoute;
const start = performance.now();
buildQuiz(route, 'first', { terms: realTerms, questions: realQuestions }, { attempts: [], missed: {} });
console.log(performance.now() - start);
