/**
 * The prerendered documents: which routes, in which files, and the sitemap that lists them.
 * Pure, so that the build (scripts/prerender.ts) and its tests share them.
 */
import { documentPath } from '../src/lib/document-choice';
import { LANGUAGES, languageTag, type Language } from '../src/lib/i18n';
import { paths } from '../src/lib/paths';

/** Every screen that needs no id, in their first-visit state. */
export const SCREEN_ROUTES: readonly string[] = [
  paths.home(),
  paths.glossary(),
  paths.vendors(),
  paths.study(),
  paths.quizzes(),
  paths.progress(),
  paths.settings(),
];

/**
 * The module under src/routes/ that draws a prerendered route, as src/app/router.tsx lazy-loads
 * it: its document links that module's stylesheets, so that the prerendered HTML is drawn
 * styled in the first paint and does not move when the screen's code arrives (the build fails
 * on a route whose module it cannot find).
 */
export function routeModule(route: string): string {
  if (isTermRoute(route)) return 'term';
  if (isDeckRoute(route)) return 'deck';
  if (isQuizRoute(route)) return 'quiz';
  const modules: Record<string, string> = {
    [paths.home()]: 'home',
    [paths.glossary()]: 'glossary',
    [paths.vendors()]: 'vendors',
    [paths.study()]: 'study',
    [paths.quizzes()]: 'quizzes',
    [paths.progress()]: 'progress',
    [paths.settings()]: 'settings',
  };
  const name = modules[route];
  if (name === undefined) throw new Error(`prerender: no screen module is known for ${route} (scripts/site-map.ts)`);
  return name;
}

/**
 * The screens, a page per term, a study session per deck of every learner (`deckIds`: all
 * cards, each track, each topic) and the quizzes the list offers (`quizIds`), each in its
 * first-visit state: the first new card or question, drawn in the HTML rather than once every
 * topic's terms (and questions) have loaded.
 */
export function prerenderRoutes(termIds: readonly string[], deckIds: readonly string[] = [], quizIds: readonly string[] = []): string[] {
  return [...SCREEN_ROUTES, ...termIds.map((id) => paths.term(id)), ...deckIds.map((id) => paths.deck(id)), ...quizIds.map((id) => paths.quiz(id))];
}

/** The routes search engines are told of: screens and terms; a study session or a quiz is no page to find. */
export const isListedRoute = (route: string): boolean => !isDeckRoute(route) && !isQuizRoute(route);

/**
 * The seed of the quiz a first visit to a quiz's address is given, drawn in its document: a quiz
 * without a seed would get a random one, which no build can draw. Only a first visit sees it (a
 * returning learner's quiz is drawn by the app, with a seed of its own), so it can be one word.
 */
export const FIRST_VISIT_SEED = 'first';

/** The search a route's document is drawn with: a quiz's seed (see FIRST_VISIT_SEED), or none. */
export const documentSearch = (route: string): string => (isQuizRoute(route) ? `?seed=${FIRST_VISIT_SEED}` : '');

/**
 * The file under dist/ that serves a route's document: `/glossary` → `glossary.html`, as both
 * `vite preview` and the service worker's precache (`cleanURLs`) look a path up, and static hosts
 * with "pretty URLs" do; `/` → `index.html`, `/zh/` → `zh/index.html`.
 */
export function documentFile(route: string, language: Language): string {
  const path = documentPath(route, language);
  return path.endsWith('/') ? `${path.slice(1)}index.html` : `${path.slice(1)}.html`;
}

/** Whether a route is a term's page (many: cached when visited rather than precached). */
export const isTermRoute = (route: string): boolean => route.startsWith(`${paths.glossary()}/`);

/** Whether a route is a deck's study session (many too: cached when visited, as term pages are). */
export const isDeckRoute = (route: string): boolean => route.startsWith(`${paths.study()}/`);

/** Whether a route is one quiz (a few dozen, each drawn with its seed; cached when visited too). */
export const isQuizRoute = (route: string): boolean => route.startsWith(`${paths.quizzes()}/`);

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The site's origin without a trailing slash; a clear error for something that is not one. */
export function siteOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://cloudcards.example, not "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be http(s), not "${value}".`);
  return url.origin;
}

/** `<link rel="alternate" hreflang>` for each language's document of a route, and x-default (the English one). */
export function alternateLinks(origin: string, route: string): string {
  const links = LANGUAGES.map((language) => `<link rel="alternate" hreflang="${languageTag(language)}" href="${escapeXml(origin + documentPath(route, language))}" />`);
  return [...links, `<link rel="alternate" hreflang="x-default" href="${escapeXml(origin + documentPath(route, 'en'))}" />`].join('\n    ');
}

/** sitemap.xml (sitemaps.org 0.9): every document of every route, each with its other-language alternates. */
export function sitemap(origin: string, routes: readonly string[]): string {
  const entries = routes.flatMap((route) =>
    LANGUAGES.map((language) => {
      const alternates = LANGUAGES.map(
        (other) => `    <xhtml:link rel="alternate" hreflang="${languageTag(other)}" href="${escapeXml(origin + documentPath(route, other))}"/>`,
      );
      return [`  <url>`, `    <loc>${escapeXml(origin + documentPath(route, language))}</loc>`, ...alternates, `  </url>`].join('\n');
    }),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}
