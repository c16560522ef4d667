import { use } from 'react';
import type { Question, Source, SourceId, Term, Topic, TopicId } from '../domain/content';
import { TRACKS } from '../domain/tracks';
import sourcesUrl from '../../data/sources.json?url';
import topicsUrl from '../../data/topics.json?url';

/*
 * The learning content is data, not code: JSON files fetched (and precached for offline use)
 * when a screen first needs them, so they never weigh on the first page's JavaScript.
 * `npm run check:data` validates every file against the schema at test time; here we trust
 * the types.
 */
const termUrls = Object.values(import.meta.glob<string>('../../data/terms/*.json', { query: '?url', import: 'default', eager: true }));
const questionUrls = Object.values(
  import.meta.glob<string>('../../data/questions/*.json', { query: '?url', import: 'default', eager: true }),
);

/** Everything but the question bank: what the glossary, flashcards, Today and Progress show. */
export type Glossary = {
  sources: Source[];
  topics: Topic[];
  terms: Term[];
  termById: ReadonlyMap<string, Term>;
  topicById: ReadonlyMap<TopicId, Topic>;
  sourceById: ReadonlyMap<SourceId, Source>;
};

/** The glossary and the question bank: what quizzes need. */
export type Content = Glossary & { questions: Question[] };

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (${response.status})`);
  return (await response.json()) as T;
}

/**
 * Indexes the glossary. Topics come in study order (Foundations, then Readings, each by
 * `order`); a topic with no terms yet is left out, so no screen offers an empty deck.
 */
export function indexGlossary(parts: Pick<Glossary, 'sources' | 'topics' | 'terms'>): Glossary {
  const used = new Set(parts.terms.map((term) => term.topic));
  const topics = parts.topics
    .filter((topic) => used.has(topic.id))
    .sort((a, b) => TRACKS.indexOf(a.track) - TRACKS.indexOf(b.track) || a.order - b.order);
  return {
    ...parts,
    topics,
    termById: new Map(parts.terms.map((term) => [term.id, term])),
    topicById: new Map(topics.map((topic) => [topic.id, topic])),
    sourceById: new Map(parts.sources.map((source) => [source.id, source])),
  };
}

export function indexContent(parts: Pick<Content, 'sources' | 'topics' | 'terms' | 'questions'>): Content {
  return { ...indexGlossary(parts), questions: parts.questions };
}

/** Runs a load once; a failed load is forgotten so that "Try again" really retries. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/**
 * Sources, topics and terms, indexed: about a third of the content. Screens that show no
 * questions load only this, so the question bank never delays them.
 */
export const loadGlossary = once(async (): Promise<Glossary> => {
  const [sources, topics, terms] = await Promise.all([
    fetchJson<Source[]>(sourcesUrl),
    fetchJson<Topic[]>(topicsUrl),
    Promise.all(termUrls.map((url) => fetchJson<Term[]>(url))),
  ]);
  return indexGlossary({ sources, topics, terms: terms.flat() });
});

/** Everything: the glossary and the question bank. */
export const loadContent = once(async (): Promise<Content> => {
  const [glossary, questionFiles] = await Promise.all([
    loadGlossary(),
    Promise.all(questionUrls.map((url) => fetchJson<Question[]>(url))),
  ]);
  return { ...glossary, questions: questionFiles.flat() };
});

/** The content, for a component inside a screen's boundary: suspends while it loads. */
export function useContent(): Content {
  return use(loadContent());
}

/** The glossary (sources, topics, terms), suspending while it loads. */
export function useGlossary(): Glossary {
  return use(loadGlossary());
}
