import { use, useMemo } from 'react';
import type { Question, Source, SourceId, Term, Topic, TopicId } from '../domain/content';
import { isVendorDeck } from '../domain/vendor-cards';
import { loadIndexModule, once, orderContent } from './content-index';
import { useLanguage } from './i18n';

export { loadIndex, useIndex, type Index, type TermEntry } from './content-index';

/*
 * The learning content is data, not code, split by topic at build time (scripts/content-plugin.ts):
 * a compact index (topics, and each term's id, topic and names) that Today, decks and progress
 * count from, and one chunk per topic of terms and of questions, fetched (and precached for
 * offline use) when a screen first needs them, so they never weigh on the first page.
 * `npm run check:data` validates every file against the schema at test time; here we trust
 * the types.
 */

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

/** The loaders of every topic's chunks, themselves loaded only by the screens that need them. */
const loaders = () => import('virtual:cloudcards-content');

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
