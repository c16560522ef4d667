import { describe, expect, it } from 'vitest';
import { alternateLinks, documentFile, documentSearch, isDeckRoute, isListedRoute, isQuizRoute, isTermRoute, prerenderRoutes, routeModule, SCREEN_ROUTES, siteOrigin, sitemap } from './site-map';

describe('the prerendered routes', () => {
  it('are every screen without an id, then a page per term', () => {
    const routes = prerenderRoutes(['iaas', 'cloud-computing']);
    expect(routes).toEqual(['/', '/glossary', '/vendors', '/study', '/quiz', '/progress', '/settings', '/glossary/iaas', '/glossary/cloud-computing']);
    expect(routes.filter(isTermRoute)).toEqual(['/glossary/iaas', '/glossary/cloud-computing']);
    expect(SCREEN_ROUTES.some(isTermRoute)).toBe(false);
  });

  it('take a study session per deck, drawn by the deck screen and kept out of the sitemap', () => {
    const routes = prerenderRoutes(['iaas'], ['all', 'basics']);
    expect(routes.filter(isDeckRoute)).toEqual(['/study/all', '/study/basics']);
    expect(routes.filter((route) => !isListedRoute(route))).toEqual(['/study/all', '/study/basics']);
    expect(routeModule('/study/all')).toBe('deck');
    expect(routeModule('/study')).toBe('study');
    expect(documentFile('/study/all', 'zh')).toBe('zh/study/all.html');
  });

  it('take the quizzes the list offers, each drawn with the seed a first visit is given, kept out of the sitemap', () => {
    const routes = prerenderRoutes(['iaas'], [], ['mixed', 'exam-short']);
    expect(routes.filter(isQuizRoute)).toEqual(['/quiz/mixed', '/quiz/exam-short']);
    expect(routes.filter((route) => !isListedRoute(route))).toEqual(['/quiz/mixed', '/quiz/exam-short']);
    expect(routeModule('/quiz/mixed')).toBe('quiz');
    expect(routeModule('/quiz')).toBe('quizzes');
    expect(documentSearch('/quiz/mixed')).toBe('?seed=first');
    expect(documentSearch('/quiz')).toBe('');
    expect(documentSearch('/study/all')).toBe('');
    expect(documentFile('/quiz/mixed', 'zh')).toBe('zh/quiz/mixed.html');
  });

  it('are written where a static server and the service worker look a path up, Chinese under zh/', () => {
    expect(documentFile('/', 'en')).toBe('index.html');
    expect(documentFile('/', 'zh')).toBe('zh/index.html');
    expect(documentFile('/glossary', 'en')).toBe('glossary.html');
    expect(documentFile('/glossary/iaas', 'zh')).toBe('zh/glossary/iaas.html');
  });
});

describe('the site origin', () => {
  it('is taken from an absolute URL without its path', () => {
    expect(siteOrigin('https://cards.example.org/')).toBe('https://cards.example.org');
    expect(siteOrigin('http://127.0.0.1:4173')).toBe('http://127.0.0.1:4173');
  });

  it('refuses what is not an http(s) URL, saying what to give', () => {
    expect(() => siteOrigin('cards.example.org')).toThrow(/SITE_URL must be an absolute http\(s\) URL/);
    expect(() => siteOrigin('ftp://cards.example.org')).toThrow(/SITE_URL must be http\(s\)/);
  });
});

describe('the sitemap', () => {
  const xml = sitemap('https://cards.example.org', ['/', '/glossary/iaas']);

  it('lists each route in both languages, each with its alternates', () => {
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locs).toEqual([
      'https://cards.example.org/zh/',
      'https://cards.example.org/',
      'https://cards.example.org/zh/glossary/iaas',
      'https://cards.example.org/glossary/iaas',
    ]);
    expect(xml.match(/<xhtml:link rel="alternate" hreflang="zh-CN" href="https:\/\/cards.example.org\/zh\/glossary\/iaas"\/>/g)).toHaveLength(2);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"/);
  });

  it('escapes what XML would misread', () => {
    expect(sitemap('https://a.example', ['/glossary/a&b'])).toContain('<loc>https://a.example/glossary/a&amp;b</loc>');
  });

  it('gives a document its alternates in the head, English as the default', () => {
    expect(alternateLinks('https://a.example', '/study')).toBe(
      [
        '<link rel="alternate" hreflang="zh-CN" href="https://a.example/zh/study" />',
        '<link rel="alternate" hreflang="en" href="https://a.example/study" />',
        '<link rel="alternate" hreflang="x-default" href="https://a.example/study" />',
      ].join('\n    '),
    );
  });
});
