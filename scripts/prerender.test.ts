import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { documentHtml } from './prerender';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" />
    <meta name="viewport" content="width=device-width" />
    <meta name="description" content="" />
    <title>CloudCards</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-abc.js">
    <link rel="modulepreload" href="/assets/content-index-abc.js">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const page = { route: '/glossary', language: 'en' as const, html: '<main>Glossary</main>', title: 'Glossary', description: 'Terms' };
const html = documentHtml(TEMPLATE, page, 'https://cloudcards.example', 'window.booted = true;');
const inlineScripts = [...html.matchAll(/<script(?: id="[^"]+")?>(.*?)<\/script>/gs)].map(([, code]) => code!);
const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

describe('a prerendered document', () => {
  it('asks for no code before its first paint: the entry and its preloads are the loader’s to add', () => {
    const withoutScripts = html.replace(/<script[^>]*>.*?<\/script>/gs, '');
    expect(withoutScripts).not.toMatch(/<script type="module"/);
    expect(withoutScripts).not.toMatch(/<link rel="modulepreload"/);
    const loader = inlineScripts.at(-1)!;
    expect(loader).toContain('/assets/index-abc.js');
    // In the order the build wrote them, each with its own crossorigin.
    expect(loader.indexOf('/assets/react-abc.js')).toBeLessThan(loader.indexOf('/assets/content-index-abc.js'));
    expect(loader).toContain('<link rel="modulepreload" crossorigin href="/assets/react-abc.js"><link rel="modulepreload" href="/assets/content-index-abc.js">');
    // React's chunk is run a task before the entry (src/lib/app-loader.ts, AppScripts.first).
    expect(loader).toMatch(/first["`]?:["`]\/assets\/react-abc\.js["`]/);
  });

  it('allows exactly its two inline scripts, the boot script and the loader, by their hashes', () => {
    expect(inlineScripts).toHaveLength(2);
    const policy = /script-src ([^;]+);/.exec(html)?.[1];
    expect(policy).toBe(`'self' ${sha(inlineScripts[1]!)} ${sha(inlineScripts[0]!)}`);
    expect(inlineScripts[0]).toBe('window.booted = true;');
  });

  it('is not painted before the whole screen is parsed: its head expects the loader after #root', () => {
    const expectLink = html.indexOf('<link rel="expect" href="#app-loader" blocking="render" />');
    expect(expectLink).toBeGreaterThan(0);
    expect(expectLink).toBeLessThan(html.indexOf('</head>'));
    expect(html.indexOf('<main>Glossary</main>')).toBeLessThan(html.indexOf('<script id="app-loader">'));
  });
});
