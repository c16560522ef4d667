/**
 * The app as the build renders it (scripts/prerender.ts bundles this for Node): the same tree
 * the browser hydrates (src/app/app.tsx), in React Router's static mode at one address, in the
 * first-visit state of a learner of one language.
 */
import type { ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { App } from '../src/app/app';
import { EXAM_PRESETS, presetQuizId } from '../src/domain/exam';
import { TRACKS } from '../src/domain/tracks';
import { loadGlossary, type Glossary } from '../src/lib/content';
import type { Language } from '../src/lib/i18n';
import { prerenderedTitle } from '../src/lib/use-document-title';
import { useAppStore } from '../src/stores/app-store';

export { loadGlossary };

/** The decks every learner has, whose study sessions are prerendered: all cards, each track, each topic. */
export function prerenderedDecks(glossary: Glossary): string[] {
  const tracks = TRACKS.filter((track) => glossary.topics.some((topic) => topic.track === track));
  return ['all', ...tracks, ...glossary.topics.map((topic) => topic.id)];
}

/**
 * The quizzes the list offers every learner on a first visit (all tracks): mixed, scenarios,
 * numbers, each preset exam and each topic's. Weak spots has nothing to ask yet, and a custom exam
 * or a term's quiz is chosen with its search.
 */
export function prerenderedQuizzes(glossary: Glossary): string[] {
  return ['mixed', 'scenarios', 'numbers', ...EXAM_PRESETS.map((preset) => presetQuizId(preset.id)), ...glossary.topics.map((topic) => topic.id)];
}

/** The HTML inside #root for `url`, and the title its screen asked for. */
export async function renderRoute(url: string, language: Language): Promise<{ html: string; title: string }> {
  // Hydration reads the store's initial state (zustand's server snapshot), as the server does:
  // a first visit in the document's language (src/stores/settings-slice.ts starts there too).
  useAppStore.getInitialState().settings.language = language;
  const Router = ({ children }: { children: ReactNode }) => <StaticRouter location={url}>{children}</StaticRouter>;
  const { prelude } = await prerenderToNodeStream(<App router={Router} />, {
    // Every boundary inline and complete: React's scripts that would reveal outlined ones are
    // inline scripts, which the Content-Security-Policy (script-src 'self') refuses.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
    onError: (error) => {
      throw error instanceof Error ? error : new Error(String(error));
    },
  });
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return { html: Buffer.concat(chunks).toString('utf8'), title: prerenderedTitle() };
}
