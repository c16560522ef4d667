declare module 'virtual:cloudcards-content' {
  import type { Question, Source, Term, Topic } from '../domain/content';
  /** Every topic, and each term's id, topic and names: what counting and listing need. */
  export type ContentIndex = { topics: Topic[]; terms: Pick<Term, 'id' | 'topic' | 'term'>[] };
  export const loadIndex: () => Promise<ContentIndex>;
  export const loadSources: () => Promise<Source[]>;
  /** One loader per topic that has terms (or questions): its own lazily loaded chunk. */
  export const termLoaders: Record<string, () => Promise<Term[]>>;
  export const questionLoaders: Record<string, () => Promise<Question[]>>;
}

declare module 'virtual:cloudcards-content/index' {
  import type { ContentIndex } from 'virtual:cloudcards-content';
  const index: ContentIndex;
  export default index;
}
