/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPlugin } from './scripts/content-plugin';
import { prerenderPlugin } from './scripts/prerender';
import { paths } from './src/lib/paths';

export const THEME_COLOR = '#0b5cad';

/** The installed app's shortcuts (its icon's menu); each opens its screen, offline too. */
export const SHORTCUTS = [
  { name: 'Study what is due · 学习到期卡片', en: 'Study what is due', zh: '学习到期卡片', url: paths.deck('all') },
  { name: 'Quick quiz · 快速测验', en: 'Quick quiz', zh: '快速测验', url: paths.quiz('mixed', { n: 10 }) },
  { name: 'Search the glossary · 搜索术语表', en: 'Search the glossary', zh: '搜索术语表', url: paths.glossary() },
] as const;

/** A text in each language, as the manifest's `*_localized` members give it (BCP 47 tags). */
const localized = (en: string, zh: string) => ({ en, 'zh-CN': zh });

/** The name and description in each language (members vite-plugin-pwa's types do not list yet). */
const LOCALIZED_NAMES = {
  name_localized: localized('CloudCards — learn cloud computing', '云卡 — 学习云计算'),
  short_name_localized: localized('CloudCards', '云卡'),
  description_localized: localized(
    'Learn cloud computing in Chinese and English: a glossary, spaced-repetition flashcards and quizzes that work offline.',
    '用中文和英文学习云计算：术语表、间隔重复闪卡和测验，离线可用。',
  ),
};

/**
 * Starts downloading the content index with the page itself, rather than after the scripts
 * that ask for it: Today counts from it, and the chain HTML → script → screen → data was most
 * of a slow phone's wait for the first screen.
 */
function preloadIndex(): Plugin {
  return {
    name: 'cloudcards:preload-index',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        return Object.values(bundle ?? {})
          .filter((file) => file.type === 'chunk' && file.facadeModuleId === '\0virtual:cloudcards-content/index')
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', href: `/${file.fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * React Router in production: its `production` build (the package's default is the one with
 * development warnings), without the `displayName`s that only developer tools read, and with its
 * component and context factories marked pure, so that what the app never renders (Form, the
 * data router's pieces) is left out. 2 KB gzipped of the first visit.
 */
function leanRouter(): Plugin {
  const dist = new URL('./node_modules/react-router/dist/production/', import.meta.url).pathname;
  const entries: Record<string, string> = { 'react-router': `${dist}index.mjs`, 'react-router/dom': `${dist}dom-export.mjs` };
  return {
    name: 'cloudcards:lean-router',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => entries[id] ?? null,
    transform(code, id) {
      if (!id.startsWith(dist)) return null;
      return code
        .replace(/^[A-Za-z0-9_$]+\.displayName = "[^"]*";$/gm, '')
        .replace(/= (React\d*\.(?:forwardRef|memo|createContext)\()/g, '= /* @__PURE__ */ $1');
    },
  };
}

/** The pages kept once visited rather than precached: a term's page, a deck's study session and a quiz, in either language. */
const VISITED_PAGES = /^\/(zh\/)?(glossary|study|quiz)\/[^/]+\/?$/;

/** Refuses framing by any other site (clickjacking of Settings' reset and import). */
const FRAME_HEADERS = { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };

export default defineConfig({
  plugins: [
    react(),
    leanRouter(),
    contentPlugin(),
    preloadIndex(),
    prerenderPlugin(),
    VitePWA({
      // Never reload on its own: a half-graded card must not vanish. The app asks first.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'logo.svg', 'apple-touch-icon.png'],
      manifest: {
        // Browsers take one name and description today, so both languages share them (shortcut
        // names likewise); the manifest spec's `*_localized` members give each language its own,
        // for the browsers that come to read them.
        id: '/',
        name: 'CloudCards 云卡 — learn cloud computing',
        short_name: 'CloudCards',
        description:
          'Learn cloud computing in Chinese and English: a glossary, spaced-repetition flashcards and quizzes that work offline. 用中文和英文学习云计算：术语表、间隔重复闪卡和测验，离线可用。',
        ...LOCALIZED_NAMES,
        lang: 'en',
        dir: 'ltr',
        theme_color: THEME_COLOR,
        background_color: '#f6f8fb',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        categories: ['education'],
        // A second launch (a shortcut, a file, a share) comes to the open window; the app routes
        // it from the launch queue (src/app/use-launch-queue.ts).
        launch_handler: { client_mode: ['focus-existing', 'auto'] },
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // Taken from the real app: `npx tsx scripts/screenshots.ts --manifest`.
        screenshots: [
          {
            src: 'screenshots/narrow.png',
            sizes: '390x844',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'The glossary on a phone: terms in English and Chinese · 手机上的术语表',
          },
          {
            src: 'screenshots/wide.png',
            sizes: '1280x800',
            type: 'image/png',
            form_factor: 'wide',
            label: 'Studying a card: the answer and the four grades · 学习卡片：答案与四个评分',
          },
        ],
        shortcuts: SHORTCUTS.map(({ name, en, zh, url }) => ({
          name,
          name_localized: localized(en, zh),
          url,
          icons: [{ src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' }],
        })),
        // A backup file opened with CloudCards goes to Settings → Import, with its preview.
        file_handlers: [{ action: '/settings', accept: { 'application/json': ['.json'] } }],
        // Text shared to CloudCards searches the glossary.
        share_target: { action: paths.glossary(), method: 'GET', enctype: 'application/x-www-form-urlencoded', params: { text: 'q' } },
      },
      workbox: {
        // Every screen's chunk, the styles, the content JSON and the icons: the whole app offline.
        globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest}'],
        // The manifest's screenshots are for the install dialog only, which is online; sync
        // (PouchDB) is only for learners who set it up: downloaded on first use, then kept.
        // A page per term, a study session per deck and a page per quiz, in each language, are too many to
        // precache (their content is precached anyway): each is kept once visited, and offline
        // an unvisited one is drawn by the app.
        globIgnores: ['**/.vite/**', 'screenshots/**', 'assets/sync-runner-*.js', 'glossary/**', 'zh/glossary/**', 'study/**', 'zh/study/**', 'quiz/**', 'zh/quiz/**', 'sitemap.xml'],
        runtimeCaching: [
          {
            // Written into the service worker as source, so the pattern is spelled out (VISITED_PAGES).
            urlPattern: ({ request, url }) => request.mode === 'navigate' && /^\/(zh\/)?(glossary|study|quiz)\/[^/]+\/?$/.test(url.pathname),
            handler: 'NetworkFirst',
            // The cache's name is older than the study pages in it: renamed, it would be left behind in every browser.
            options: { cacheName: 'cloudcards-term-pages', networkTimeoutSeconds: 3, precacheFallback: { fallbackURL: 'index.html' } },
          },
          { urlPattern: /\/assets\/sync-runner-[^/]*\.js$/, handler: 'CacheFirst', options: { cacheName: 'cloudcards-sync-code' } }],
        navigateFallback: 'index.html',
        // Term, study and quiz pages go to the network first (above); every other route's page is precached.
        navigateFallbackDenylist: [VISITED_PAGES],
        // The first visit's worker takes control at once, so the app works offline right away;
        // later versions wait for the learner to accept the reload prompt.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Every browser of es2022 but Safari 16 preloads modules itself; there a screen's chunks load
    // one after another instead, which the first visit's budget prefers to 0.5 KB of polyfill.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        advancedChunks: {
          includeDependenciesRecursively: false,
          groups: [
            // React and the router change least: one chunk, cached across deploys of our code.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
            // Today and what it counts with, one chunk rather than six: each file fetched costs its own headers and compresses alone.
            // The shell's small shared modules, one chunk rather than five (each file fetched compresses alone).
            { name: 'shell', test: /src[\\/](lib[\\/](i18n|paths|use-document-title)\.ts|components[\\/](page|track-chooser)\.tsx|domain[\\/](tracks|vendor-cards)\.ts)|vite[\\/]preload-helper/ },
            { name: 'today', test: /src[\\/](routes[\\/]home|features[\\/]today[\\/]|domain[\\/](queue|study-days)\.ts|lib[\\/](use-now|content-index)\.ts)/ },
          ],
        },
      },
    },
    manifest: true,
    // Content JSON is fetched as data, never inlined into a script.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  // No other site may frame the app (a meta CSP cannot say frame-ancestors): the same headers as
  // public/_headers gives static hosts that read it (Netlify, Cloudflare Pages).
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: FRAME_HEADERS },
  server: { host: '127.0.0.1', headers: FRAME_HEADERS },
  test: {
    restoreMocks: true,
    // Component tests render whole screens; a busy 2-core machine needs more than 5 s for some.
    testTimeout: 20_000,
    // The domain and the build scripts are plain functions: they run without a DOM, which saves
    // setting up jsdom for each of their files (about a minute of CI on 2 cores).
    projects: [
      { extends: true, test: { name: 'domain', environment: 'node', include: ['src/domain/**/*.test.ts', 'scripts/**/*.test.ts'] } },
      { extends: true, test: { name: 'ui', environment: 'jsdom', setupFiles: ['tests/setup.ts'], include: ['src/**/*.test.{ts,tsx}'], exclude: ['**/node_modules/**', 'src/domain/**'] } },
    ],
  },
});
