/**
 * Every URL of the app, defined once. Links are built with these helpers, never by hand.
 * (Kept in lib rather than app/ so that features, which may not import the app, can link.)
 */
import type { Track } from '../domain/tracks';

const segment = (value: string) => encodeURIComponent(value);

export const paths = {
  home: () => '/',
  glossary: (query?: { q?: string; topic?: string }) => withSearch('/glossary', query),
  term: (termId: string) => `/glossary/${segment(termId)}`,
  vendors: (query?: { q?: string }) => withSearch('/vendors', query),
  study: () => '/study',
  /** A deck's session; `term` comes first, or with `only` is all the session studies. */
  deck: (deckId: string, options?: { cram?: boolean; term?: string; only?: boolean }) =>
    withSearch(`/study/${segment(deckId)}`, { cram: options?.cram ? '1' : undefined, term: options?.term, only: options?.term && options.only ? '1' : undefined }),
  quizzes: () => '/quiz',
  /** A quiz; `track` narrows mixed, scenarios, numbers, weak spots and exams to one track's topics. */
  quiz: (quizId: string, options?: { seed?: string; term?: string; n?: number; minutes?: number; retry?: string; track?: Track | null }) =>
    withSearch(`/quiz/${segment(quizId)}`, {
      seed: options?.seed,
      term: options?.term,
      n: options?.n === undefined ? undefined : String(options.n),
      minutes: options?.minutes ? String(options.minutes) : undefined,
      retry: options?.retry,
      track: options?.track ?? undefined,
    }),
  progress: () => '/progress',
  settings: () => '/settings',
} as const;

function withSearch(path: string, params: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
