/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPlugin } from './scripts/content-plugin';
import { paths } from './src/lib/paths';

export const THEME_COLOR = '#0b5cad';

/** The installed app's shortcuts (its icon's menu); each opens its screen, offline too. */
export const SHORTCUTS = [
  { name: 'Study what is due · 学习到期卡片', url: paths.deck('all') },
  { name: 'Quick quiz · 快速测验', url: paths.quiz('mixed', { n: 10 }) },
  { name: 'Search the glossary · 搜索术语表', url: paths.glossary() },
] as const;

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

/** Refuses framing by any other site (clickjacking of Settings' reset and import). */
const FRAME_HEADERS = { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };

export default defineConfig({
  plugins: [
    react(),
    contentPlugin(),
    preloadIndex(),
    VitePWA({
      // Never reload on its own: a half-graded card must not vanish. The app asks first.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'logo.svg', 'apple-touch-icon.png'],
      manifest: {
        // The platform takes one name and description (manifests are not localized), so both
        // languages share them; shortcut names likewise.
        id: '/',
        name: 'CloudCards 云卡 — learn cloud computing',
        short_name: 'CloudCards',
        description:
          'Learn cloud computing in Chinese and English: a glossary, spaced-repetition flashcards and quizzes that work offline. 用中文和英文学习云计算：术语表、间隔重复闪卡和测验，离线可用。',
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
        shortcuts: SHORTCUTS.map(({ name, url }) => ({
          name,
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
        globIgnores: ['**/.vite/**', 'screenshots/**', 'assets/sync-runner-*.js'],
        runtimeCaching: [{ urlPattern: /\/assets\/sync-runner-[^/]*\.js$/, handler: 'CacheFirst', options: { cacheName: 'cloudcards-sync-code' } }],
        navigateFallback: 'index.html',
        // The first visit's worker takes control at once, so the app works offline right away;
        // later versions wait for the learner to accept the reload prompt.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    manifest: true,
    // Content JSON is fetched as data, never inlined into a script.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  // No other site may frame the app (a meta CSP cannot say frame-ancestors): the same headers as
  // public/_headers gives static hosts that read it (Netlify, Cloudflare Pages).
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: FRAME_HEADERS },
  server: { host: '127.0.0.1', headers: FRAME_HEADERS },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    restoreMocks: true,
    // Component tests render whole screens; a busy 2-core machine needs more than 5 s for some.
    testTimeout: 20_000,
  },
});
