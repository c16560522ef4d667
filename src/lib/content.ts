import { use, useMemo } from 'react';
import type { ContentIndex } from 'virtual:cloudcards-content';
import type { Question, Source, SourceId, Term, Topic, TopicId } from '../domain/content';
import { TRACKS } from '../domain/tracks';
import { isVendorDeck } from '../domain/vendor-cards';
import { useLanguage } from './i18n';

/*
 * The learning content is data, not code, split by topic at build time (scripts/content-plugin.ts):
 * a compact index (topics, and each term's id, topic and names) that Today, decks and progress
 * count from, and one chunk per topic of terms and of questions, fetched (and precached for
 * offline use) when a screen first needs them, so they never weigh on the first page.
 * `npm run check:data` validates every file against the schema at test time; here we trust
 * the types.
 */

/** A term as the index knows it: enough to count, list and link, not to study. */
export type TermEntry = ContentIndex['terms'][number];

/** Topics in study order and the terms' entries: what counting and listing need. */
export type Index = {
  topics: Topic[];
  terms: TermEntry[];
  topicById: ReadonlyMap<TopicId, Topic>;
};

/** Everything but the question bank: what the glossary, flashcards and term pages show. */
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

/**
 * Topics in study order (Foundations, then Readings, each by `order`), leaving out a topic
 * with no terms yet, so no screen offers an empty deck; terms follow their topics' order.
 */
function orderContent<T extends { topic: string }>(allTopics: readonly Topic[], allTerms: readonly T[]): { topics: Topic[]; terms: T[] } {
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

export function indexGlossary(parts: Pick<Glossary, 'sources' | 'topics' | 'terms'>): Glossary {
  const { topics, terms } = orderContent(parts.topics, parts.terms);
  return {
    sources: parts.sources,
    topics,
    terms,
    termById: new Map(terms.map((term) => [term.id, term])),
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

/** The compact index straight from its chunk: Today's first page must not carry every topic's loader. */
const loadIndexModule = async (): Promise<ContentIndex> => (await import('virtual:cloudcards-content/index')).default;
/** The loaders of every topic's chunks, themselves loaded only by the screens that need them. */
const loaders = () => import('virtual:cloudcards-content');

/** The compact index: a few KB however large the content grows. */
export const loadIndex = once(async (): Promise<Index> => {
  const index = await loadIndexModule();
  const { topics, terms } = orderContent(index.topics, index.terms);
  return { topics, terms, topicById: new Map(topics.map((topic) => [topic.id, topic])) };
});

/** Sources, topics and every topic's terms, indexed. Screens that show no questions load only this. */
export const loadGlossary = once(async (): Promise<Glossary> => {
  const { loadSources, termLoaders } = await loaders();
  const [index, sources, terms] = await Promise.all([
    loadIndexModule(),
    loadSources(),
    Promise.all(Object.values(termLoaders).map((load) => load())),
  ]);
  return indexGlossary({ sources, topics: index.topics, terms: terms.flat() });
});

/** Everything: the glossary and the question bank. */
export const loadContent = once(async (): Promise<Content> => {
  const { questionLoaders } = await loaders();
  const [glossary, questionFiles] = await Promise.all([loadGlossary(), Promise.all(Object.values(questionLoaders).map((load) => load()))]);
  return { ...glossary, questions: questionFiles.flat() };
});

/** The compact index, for a component inside a screen's boundary: suspends while it loads. */
export function useIndex(): Index {
  return use(loadIndex());
}

/** The content, suspending while it loads. */
export function useContent(): Content {
  return use(loadContent());
}

/** The glossary (sources, topics, terms), suspending while it loads. */
export function useGlossary(): Glossary {
  return use(loadGlossary());
}

/**
 * What a deck's session studies from: the glossary, or for a provider's deck (`vendors-aws`) its
 * product names from the vendor table in place of the terms, with the deck's name and where a
 * card's link leads.
 */
export type DeckGlossary = Glossary & { deckName?: string; more?: (product: string) => { to: string; label: string } };

/** The vendor decks and the vendor table's rows (vendor-decks.ts), loaded only for a screen that shows them. */
export const loadVendorDecks = once(() => import('./vendor-decks'));

export type VendorDecksModule = Awaited<ReturnType<typeof loadVendorDecks>>;

/** The vendor decks, suspending while they load. */
export function useVendorDecks(): VendorDecksModule {
  return use(loadVendorDecks());
}

/** A deck's glossary (see DeckGlossary), suspending while it loads; a vendor deck loads its chunk only then. */
export function useDeckGlossary(deckId: string): DeckGlossary {
  const glossary = useGlossary();
  const language = useLanguage();
  const vendorDecks = isVendorDeck(deckId) ? use(loadVendorDecks()) : null;
  return useMemo(() => (vendorDecks ? vendorDecks.vendorDeckGlossary(glossary, deckId, language) : glossary), [glossary, deckId, language, vendorDecks]);
}
