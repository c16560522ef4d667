import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium against the production build served by `vite preview`.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Two spec files at a time (one per core): they share the one preview server, and the specs
    // that start servers of their own (update, sync) use ports of their own.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    // A poll waits for what a learner would wait for: a page loading and hydrating, which on two
    // busy cores can take more than vitest's default second (a back navigation to the glossary
    // did, once in CI). It still fails when the thing never comes.
    expect: { poll: { timeout: 5_000 } },
    hookTimeout: 60_000,
  },
});
