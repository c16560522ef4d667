import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Question, Source, Term, Topic } from '../../src/domain/content';
import { inTrack } from '../../src/domain/tracks';

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

/** The topics and sources, from data/topics.json and data/sources.json. */
export const realTopics: Topic[] = JSON.parse(readFileSync(resolve(data, 'topics.json'), 'utf8')) as Topic[];
export const realSources: Source[] = JSON.parse(readFileSync(resolve(data, 'sources.json'), 'utf8')) as Source[];

/** The terms of one track, in file order (a topic in both tracks gives its terms to both). */
export const realTermsOf = (track: Topic['track']): Term[] =>
  realTerms.filter((term) => inTrack(track, realTopics.find((topic) => topic.id === term.topic)));
