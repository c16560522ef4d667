import { use } from 'react';
import type { ContentIndex } from 'virtual:cloudcards-content';
import type { Topic, TopicId } from '../domain/content';
import { TRACKS } from '../domain/tracks';

/*
 * The compact index of the content (topics, and each term's id, topic and names): what Today,
 * decks and progress count from, a few KB however large the content grows. Its own module, apart
 * from the loaders of every topic's terms and questions (content.ts), so that a first visit to
 * Today carries none of those.
 */

/** A term as the index knows it: enough to count, list and link, not to study. */
export type TermEntry = ContentIndex['terms'][number];

/** Topics in study order and the terms' entries: what counting and listing need. */
export type Index = {
  topics: Topic[];
  terms: TermEntry[];
  topicById: ReadonlyMap<TopicId, Topic>;
};

/**
 * Topics in study order (Foundations, then Readings, each by `order`), leaving out a topic
 * with no terms yet, so no screen offers an empty deck; terms follow their topics' order.
 */
export function orderContent<T extends { topic: string }>(allTopics: readonly Topic[], allTerms: readonly T[]): { topics: Topic[]; terms: T[] } {
  const used = new Set(allTerms.map((term) => term.topic));
  const topics = allTopics
    .filter((topic) => used.has(topic.id))
    .sort((a, b) => TRACKS.indexOf(a.track) - TRACKS.indexOf(b.track) || a.order - b.order);
  const rank = new Map(topics.map((topic, index) => [topic.id, index]));
  const terms = allTerms
    .filter((term) => rank.has(term.topic))
    .map((term, index) => ({ term, index }))
    .sort((a, b) => (rank.get(a.term.topic) ?? 0) - (rank.get(b.term.topic) ?? 0) || a.index - b.index)
    .map(({ term }) => term);
  return { topics, terms };
}

/** Runs a load once; a failed load is forgotten so that "Try again" really retries. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/** The compact index straight from its chunk: Today's first page must not carry every topic's loader. */
export const loadIndexModule = async (): Promise<ContentIndex> => (await import('virtual:cloudcards-content/index')).default;
/** The compact index: a few KB however large the content grows. */
export const loadIndex = once(async (): Promise<Index> => {
  const index = await loadIndexModule();
  const { topics, terms } = orderContent(index.topics, index.terms);
  return { topics, terms, topicById: new Map(topics.map((topic) => [topic.id, topic])) };
});

/** The compact index, for a component inside a screen's boundary: suspends while it loads. */
export function useIndex(): Index {
  return use(loadIndex());
}
