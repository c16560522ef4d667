import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Question, Term } from '../../src/domain/content';

/** The real content in data/, read from disk, for tests and benchmarks that use it as it ships. */
const data = resolve(import.meta.dirname, '../../data');

function readFolder<T>(folder: string): T[] {
  const dir = resolve(data, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as T[]);
}

/** Every term, from data/terms/*.json. */
export const realTerms: Term[] = readFolder<Term>('terms');

/** Every question, from data/questions/*.json. */
export const realQuestions: Question[] = readFolder<Question>('questions');
