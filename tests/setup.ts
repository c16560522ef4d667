import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';

// A screen loads its content asynchronously; on a busy 2-core machine that can take over the
// default second, so queries wait up to ten before they fail.
configure({ asyncUtilTimeout: 10_000 });

// Content is fetched as data in the browser; in tests, "fetch" reads the same files from disk.
const root = resolve(import.meta.dirname, '..');
beforeEach(() => {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost/');
    const body = await readFile(resolve(root, `.${decodeURIComponent(url.pathname)}`), 'utf8');
    return new Response(body, { headers: { 'content-type': 'application/json' } });
  });
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// jsdom lacks these; components read them.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
