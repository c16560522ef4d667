/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export const THEME_COLOR = '#0b5cad';

/**
 * Starts downloading the glossary data (sources, topics, terms) with the page itself, rather than
 * after the scripts that ask for it: nearly every screen shows terms, and the chain
 * HTML → script → screen → data was most of a slow phone's wait for the first card.
 */
function preloadGlossary(): Plugin {
  const GLOSSARY = /^(sources|topics|terms)\.json$/;
  return {
    name: 'cloudcards:preload-glossary',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        return Object.values(bundle ?? {})
          .filter((file) => file.type === 'asset' && file.originalFileNames.some((name) => GLOSSARY.test(name.split('/').pop() ?? '')))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `/${file.fileName}`, as: 'fetch', type: 'application/json', crossorigin: 'anonymous' },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    preloadGlossary(),
    VitePWA({
      // Never reload on its own: a half-graded card must not vanish. The app asks first.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'logo.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'CloudCards 云卡 — learn cloud computing',
        short_name: 'CloudCards',
        description:
          'Learn cloud computing in Chinese and English: a glossary, spaced-repetition flashcards and quizzes that work offline.',
        lang: 'en',
        theme_color: THEME_COLOR,
        background_color: '#f6f8fb',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        categories: ['education'],
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every screen's chunk, the styles, the content JSON and the icons: the whole app offline.
        globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest}'],
        globIgnores: ['**/.vite/**'],
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
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    restoreMocks: true,
  },
});
