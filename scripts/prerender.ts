/**
 * Prerenders every screen at build time: after the client bundle is written, the app is built
 * once more for Node (scripts/prerender-entry.tsx) and each route is rendered with React's
 * `prerender` into a copy of dist/index.html, in English at the route and in Chinese under /zh/
 * (scripts/site-map.ts names the files). Each document carries its title, description,
 * canonical and hreflang links, and `data-route` (with `data-search` for a quiz, drawn with its seed), by which the browser hydrates it rather than
 * drawing the page again; a script in its head (src/lib/document-choice.ts) first makes sure it
 * is the learner's route in the learner's language. That script is inline, allowed by its hash in
 * the Content-Security-Policy: a script file there would hold up the first paint by a round trip. Also writes
 * dist/sitemap.xml. The site's origin for canonical links and the sitemap: SITE_URL.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { minifySync } from 'rolldown/experimental';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { loadAppAfterPaint, type AppScripts } from '../src/lib/app-loader';
import { bootDocument, chooseDocument, documentPath, routeOfPath } from '../src/lib/document-choice';
import { detectLanguage, LANGUAGES, languageTag, type Language } from '../src/lib/i18n';
import { STORAGE_KEYS } from '../src/lib/storage';
import { contentPlugin } from './content-plugin';
import type * as PrerenderEntry from './prerender-entry';
import { alternateLinks, documentFile, documentSearch, isListedRoute, isTermRoute, prerenderRoutes, routeModule, siteOrigin, sitemap } from './site-map';

/** Where the site is served, for canonical links and the sitemap. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4173';

/** The head script: bootDocument and the functions it uses, written out as they are. */
function bootScript(): string {
  const helpers = `{ detectLanguage: ${detectLanguage.toString()}, documentPath: ${documentPath.toString()}, routeOfPath: ${routeOfPath.toString()}, chooseDocument: ${chooseDocument.toString()} }`;
  const code = `(${bootDocument.toString()})(${JSON.stringify(STORAGE_KEYS.state)}, ${helpers});\n`;
  // Minified: every first visit waits for it before the first paint.
  return minifySync('boot.js', code).code;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Replaces exactly one occurrence, or says which piece of the template went missing. */
function replaceOnce(html: string, search: string | RegExp, replacement: string): string {
  const matches = html.match(typeof search === 'string' ? new RegExp(search.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : search);
  if (matches?.length !== 1) throw new Error(`prerender: dist/index.html should have one ${String(search)}, has ${matches?.length ?? 0}`);
  return html.replace(search, () => replacement);
}

type Page = { route: string; search?: string; language: Language; html: string; title: string; description: string };

/** Allows one inline script by its hash in the Content-Security-Policy (script-src keeps 'self' for all else). */
function allowScript(html: string, code: string): string {
  const hash = createHash('sha256').update(code).digest('base64');
  return replaceOnce(html, /script-src 'self'/g, `script-src 'self' 'sha256-${hash}'`);
}

/** The element a document's first paint waits for: the app's loader, after the screen (below). */
const LOADER_ID = 'app-loader';

/**
 * The head script inline, before anything is painted; and no paint until the whole screen is
 * parsed (`rel=expect` on the loader that follows it, where the browser knows it): a long
 * document is otherwise drawn while its HTML is still arriving, and the header or a menu moves
 * as the rest comes in. (It names the loader, not #root: Chromium lets the paint go once #root
 * has begun.)
 */
function withBootScript(html: string, boot: string): string {
  const head = `<script>${boot}</script>\n    <link rel="expect" href="#${LOADER_ID}" blocking="render" />\n    <meta name="viewport"`;
  return replaceOnce(allowScript(html, boot), '<meta name="viewport"', head);
}

const ENTRY_SCRIPT = /\s*<script type="module" crossorigin src="[^"]+"><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"( crossorigin)? href="([^"]+)">/g;

/**
 * The app's code asked for after the first paint (src/lib/app-loader.ts): the entry's script and
 * its module preloads leave the head, and a loader at the end of the body adds them once the
 * document has been drawn.
 */
export function withScriptsAfterPaint(html: string): string {
  const entry = /<script type="module" crossorigin src="([^"]+)">/.exec(html)?.[1];
  if (entry === undefined) throw new Error('prerender: dist/index.html should have the entry\'s module script');
  const preloads = [...html.matchAll(MODULE_PRELOAD)];
  // React's chunk (vite.config.ts names it) runs a task before the entry (AppScripts.first).
  const first = preloads.map(([, , href]) => href!).find((href) => /\/react-[\w-]+\.js$/.test(href));
  const scripts: AppScripts = { entry, preloads: preloads.map(([link]) => link.trim()).join(''), first };
  const loader = minifySync('loader.js', `(${loadAppAfterPaint.toString()})(${JSON.stringify(scripts)});\n`).code;
  if (/<\/script/i.test(loader)) throw new Error('prerender: the loader cannot be written into a <script> (it holds "</script")');
  const without = replaceOnce(html, ENTRY_SCRIPT, '').replace(MODULE_PRELOAD, '');
  return replaceOnce(allowScript(without, loader), '</body>', `<script id="${LOADER_ID}">${loader}</script>\n  </body>`);
}

const STYLESHEET_LINK = /<link rel="stylesheet" crossorigin href="([^"]+)">/g;

/**
 * Every stylesheet the document links, written into it instead, each allowed by its hash in the
 * Content-Security-Policy (style-src keeps 'self' for the other screens' files, which the app
 * links as it loads their code): the first paint then waits for the HTML alone, not for a round
 * trip per stylesheet behind it. `readAsset`: a file's text by its URL path.
 */
function withInlineStyles(html: string, readAsset: (href: string) => string): string {
  const hashes: string[] = [];
  const inlined = html.replace(STYLESHEET_LINK, (_link, href: string) => {
    const css = readAsset(href);
    if (/<\/style/i.test(css)) throw new Error(`prerender: ${href} cannot be written into a <style> (it holds "</style")`);
    hashes.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    // The link stays, disabled (never fetched nor applied): the app's loader sees the stylesheet
    // as there and does not add it again after the others, which would change their order.
    return `<style>${css}</style><link rel="stylesheet" crossorigin href="${href}" disabled>`;
  });
  return hashes.length === 0 ? inlined : replaceOnce(inlined, "style-src 'self';", `style-src 'self' ${[...new Set(hashes)].join(' ')};`);
}

export function documentHtml(
  template: string,
  page: Page,
  origin: string,
  boot: string,
  { stylesheets = [], readAsset }: { stylesheets?: readonly string[]; readAsset?: (href: string) => string } = {},
): string {
  let html = withScriptsAfterPaint(withBootScript(template, boot));
  // The screen's own styles after the app's, where the browser would add them with the screen's code.
  const links = stylesheets.map((href) => `  <link rel="stylesheet" crossorigin href="${escapeHtml(href)}">\n  `).join('');
  if (links !== '') html = replaceOnce(html, '</head>', `${links}</head>`);
  if (readAsset) html = withInlineStyles(html, readAsset);
  const search = page.search ? ` data-search="${escapeHtml(page.search)}"` : '';
  html = replaceOnce(html, '<html lang="en">', `<html lang="${languageTag(page.language)}" data-route="${escapeHtml(page.route)}"${search}>`);
  html = replaceOnce(html, /<meta name="description" content="[^"]*" \/>/g, `<meta name="description" content="${escapeHtml(page.description)}" />`);
  html = replaceOnce(
    html,
    '<title>CloudCards</title>',
    `<title>${escapeHtml(page.title)}</title>\n    <link rel="canonical" href="${escapeHtml(origin + documentPath(page.route, page.language))}" />\n    ${alternateLinks(origin, page.route)}`,
  );
  return replaceOnce(html, '<div id="root"></div>', `<div id="root">${page.html}</div>`);
}

/** The app's own description, in each language: every screen but a term's page says it. */
const DESCRIPTIONS: Record<Language, string> = {
  en: 'CloudCards: learn cloud computing in Chinese and English with a glossary, spaced-repetition flashcards and quizzes. Works offline.',
  zh: '云卡：用中文和英文学习云计算——术语表、间隔重复闪卡和测验，离线可用。',
};

/**
 * The stylesheets the chunk of a route's screen imports, itself or through the chunks it
 * imports, that the document (`linked`, the build's index.html) does not link already.
 */
function routeStylesheets(bundle: OutputBundle, route: string, base: string, linked: string): string[] {
  const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
  const suffix = `/src/routes/${routeModule(route)}.tsx`;
  const screen = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(suffix)));
  if (!screen) throw new Error(`prerender: the build has no chunk for ${suffix} (the screen of ${route})`);
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (chunk: OutputChunk | undefined) => {
    if (!chunk || seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(base + file);
    for (const name of chunk.imports) visit(chunks.find((other) => other.fileName === name));
  };
  visit(screen);
  return [...css].filter((href) => !linked.includes(`href="${href}"`));
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  const boot = bootScript();
  return {
    name: 'cloudcards:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // After the files are written and before vite-plugin-pwa lists them for the precache (closeBundle).
    async writeBundle(_options, bundle) {
      if (config.build.ssr) return;
      const started = Date.now();
      const outDir = resolve(config.root, config.build.outDir);
      const serverDir = resolve(config.root, 'node_modules/.cache/cloudcards-prerender');
      const origin = siteOrigin(process.env.SITE_URL ?? DEFAULT_SITE_URL);
      await build({
        configFile: false,
        root: config.root,
        logLevel: 'warn',
        mode: config.mode,
        publicDir: false,
        plugins: [react(), contentPlugin()],
        build: {
          ssr: resolve(import.meta.dirname, 'prerender-entry.tsx'),
          outDir: serverDir,
          emptyOutDir: true,
          target: 'node20',
          rolldownOptions: { output: { entryFileNames: 'entry.js' } },
        },
      });
      // Imported by its plain URL: the screens' chunks import it back, and must meet the same module.
      const entry = (await import(pathToFileURL(join(serverDir, 'entry.js')).href)) as typeof PrerenderEntry;
      const glossary = await entry.loadGlossary();
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      // Each read once: the same few sheets go into every one of the 2 × 238 documents.
      const assets = new Map<string, string>();
      const readAsset = (href: string) => {
        let text = assets.get(href);
        if (text === undefined) assets.set(href, (text = readFileSync(join(outDir, href.slice(config.base.length)), 'utf8')));
        return text;
      };
      // Per screen module, not per document: every term's page is the one `term` screen.
      const sheetsByModule = new Map<string, string[]>();
      const stylesheetsOf = (route: string) => {
        let sheets = sheetsByModule.get(routeModule(route));
        if (sheets === undefined) sheetsByModule.set(routeModule(route), (sheets = routeStylesheets(bundle, route, config.base, template)));
        return sheets;
      };
      const routes = prerenderRoutes(
        glossary.terms.map((term) => term.id),
        entry.prerenderedDecks(glossary),
        entry.prerenderedQuizzes(glossary),
      );
      for (const language of LANGUAGES) {
        for (const route of routes) {
          const search = documentSearch(route);
          const { html, title } = await entry.renderRoute(route + search, language);
          const term = isTermRoute(route) ? glossary.termById.get(decodeURIComponent(route.split('/')[2] ?? '')) : undefined;
          const description = term ? term.definition[language] : DESCRIPTIONS[language];
          const file = join(outDir, documentFile(route, language));
          mkdirSync(dirname(file), { recursive: true });
          const stylesheets = stylesheetsOf(route);
          writeFileSync(file, documentHtml(template, { route, search, language, html, title, description }, origin, boot, { stylesheets, readAsset }));
        }
      }
      writeFileSync(join(outDir, 'sitemap.xml'), sitemap(origin, routes.filter(isListedRoute)));
      config.logger.info(`prerendered ${routes.length} routes × ${LANGUAGES.length} languages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    },
  };
}
