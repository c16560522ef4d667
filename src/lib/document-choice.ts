import type { Language } from './i18n';

/*
 * Every screen is prerendered at build time in both languages (scripts/prerender.ts): the
 * English document at the route itself (`/glossary`), the Chinese one under `/zh/`
 * (`/zh/glossary`). Before the first paint, a small render-blocking script (`bootDocument`)
 * keeps the document when it is the learner's route in the learner's language, goes to the
 * other language's document when it is not, and hides a document made for another route (a
 * host's fallback page) until the app has drawn the right one. A learner who has stored
 * anything is never shown the first-visit page the build drew (nothing due, no progress): the
 * app draws their own screen, from what is stored, before anything shows. The functions here have no
 * imports and touch nothing outside their arguments, so the build writes them into that
 * script as they are, and the build and the browser share one rule.
 */

/** Where the prerendered document of `route` in `language` is served. */
export function documentPath(route: string, language: Language): string {
  if (language === 'en') return route;
  return route === '/' ? '/zh/' : `/zh${route}`;
}

/** The app's route for the path a document was asked for: without `/zh` and any trailing slash. */
export function routeOfPath(pathname: string): string {
  const route = pathname.replace(/^\/zh(?=\/|$)/, '').replace(/\/+$/, '');
  return route === '' ? '/' : route;
}

export type DocumentFacts = {
  /** The route the document was prerendered for (its `data-route`); undefined for the bare shell. */
  route: string | undefined;
  /**
   * The search it was drawn with (its `data-search`), or '': a quiz is drawn with the seed a
   * first visit takes (`?seed=…`), since a quiz without one would get a random one.
   */
  documentSearch: string;
  /** The language the document was prerendered in. */
  documentLanguage: Language;
  pathname: string;
  search: string;
  /** The learner's language: their setting, else the browser's. */
  wanted: Language;
  /** Whether this browser holds the learner's state: their screens are not the first visit's. */
  returning: boolean;
};

/**
 * What to do with a document before it is painted: `hydrate` it (its HTML is this route's, in
 * the learner's language), `redirect` to the document in the learner's language, or leave the
 * screen to the `client` (another route's HTML, or a search the build could not know). `url`:
 * the address to show instead (the route without `/zh`, with the search the page was drawn
 * with), or null to keep it.
 */
export type DocumentChoice = { kind: 'hydrate' | 'client'; url: string | null } | { kind: 'redirect'; url: string };

export function chooseDocument(
  facts: DocumentFacts,
  pathOf: (route: string, language: Language) => string,
  routeOf: (pathname: string) => string,
): DocumentChoice {
  const route = routeOf(facts.pathname);
  const asked = facts.pathname + facts.search;
  const address = (search: string) => (route + search === asked ? null : route + search);
  const known = facts.search === '' || facts.search === facts.documentSearch;
  if (facts.returning || facts.route !== route || !known) return { kind: 'client', url: address(facts.search) };
  if (facts.documentLanguage !== facts.wanted) return { kind: 'redirect', url: pathOf(route, facts.wanted) };
  // The address the page was drawn at, which the app then reads: `/quiz/mixed` → `/quiz/mixed?seed=…`.
  return { kind: 'hydrate', url: address(facts.documentSearch) };
}

type Helpers = {
  detectLanguage: (preferred: readonly string[] | undefined) => Language;
  documentPath: typeof documentPath;
  routeOfPath: typeof routeOfPath;
  chooseDocument: typeof chooseDocument;
};

/**
 * Runs in `<head>` before the first paint. Applies the stored theme, then keeps, swaps or hides
 * the prerendered document as `chooseDocument` says. `storageKey`: where the app keeps its state.
 */
export function bootDocument(storageKey: string, helpers: Helpers): void {
  const html = document.documentElement;
  let stored: string | null = null;
  let settings: { language?: unknown; theme?: unknown } | undefined;
  try {
    // Its own script, before the app: it can import no adapter, and only reads (guarded here).
    // eslint-disable-next-line no-restricted-globals
    stored = localStorage.getItem(storageKey);
    settings = JSON.parse(stored ?? 'null')?.state?.settings;
  } catch {
    settings = undefined; // unreadable: the app says so; blocked storage is a first visit, as the app sees it
  }
  if (settings?.theme === 'light' || settings?.theme === 'dark') html.dataset.theme = settings.theme;
  const wanted = settings?.language === 'zh' || settings?.language === 'en' ? settings.language : helpers.detectLanguage(navigator.languages);
  const choice = helpers.chooseDocument(
    { route: html.dataset.route, documentSearch: html.dataset.search ?? '', documentLanguage: helpers.detectLanguage([html.lang]), pathname: location.pathname, search: location.search, wanted, returning: stored !== null },
    helpers.documentPath,
    helpers.routeOfPath,
  );
  if (choice.kind === 'redirect') {
    location.replace(choice.url + location.search + location.hash);
    return;
  }
  if (choice.kind === 'client') {
    delete html.dataset.route;
    html.dataset.stale = '';
  }
  if (choice.url !== null) history.replaceState(history.state, '', choice.url + location.hash);
}

/** Whether this page is a prerendered document that React should hydrate (bootDocument kept it). */
export function isPrerendered(): boolean {
  return typeof document !== 'undefined' && document.documentElement.dataset.route !== undefined;
}
