import { describe, expect, it } from 'vitest';
import { chooseDocument, documentPath, routeOfPath, type DocumentFacts } from './document-choice';

const choose = (facts: Partial<DocumentFacts>) =>
  chooseDocument({ route: '/glossary', documentSearch: '', documentLanguage: 'en', pathname: '/glossary', search: '', wanted: 'en', returning: false, ...facts }, documentPath, routeOfPath);

describe('documentPath and routeOfPath', () => {
  it('put the Chinese document under /zh/ and read the route back from either', () => {
    expect(documentPath('/', 'zh')).toBe('/zh/');
    expect(documentPath('/glossary/iaas', 'zh')).toBe('/zh/glossary/iaas');
    expect(documentPath('/glossary/iaas', 'en')).toBe('/glossary/iaas');
    for (const route of ['/', '/glossary', '/glossary/iaas']) {
      expect(routeOfPath(documentPath(route, 'zh'))).toBe(route);
      expect(routeOfPath(documentPath(route, 'en'))).toBe(route);
    }
    expect(routeOfPath('/glossary/')).toBe('/glossary');
    expect(routeOfPath('/zhong')).toBe('/zhong'); // only the /zh segment itself
  });
});

describe('chooseDocument', () => {
  it('hydrates the route’s own document in the learner’s language', () => {
    expect(choose({})).toEqual({ kind: 'hydrate', url: null });
  });

  it('goes to the other language’s document when the learner reads the other language', () => {
    expect(choose({ wanted: 'zh' })).toEqual({ kind: 'redirect', url: '/zh/glossary' });
    expect(choose({ pathname: '/zh/glossary', documentLanguage: 'zh', wanted: 'en' })).toEqual({ kind: 'redirect', url: '/glossary' });
  });

  it('shows the app’s own address, without /zh, once the Chinese document is the one kept', () => {
    expect(choose({ pathname: '/zh/glossary', documentLanguage: 'zh', wanted: 'zh' })).toEqual({ kind: 'hydrate', url: '/glossary' });
    expect(choose({ route: '/', pathname: '/zh/', documentLanguage: 'zh', wanted: 'zh' })).toEqual({ kind: 'hydrate', url: '/' });
  });

  it('leaves another route’s page, or a search the build could not know, to the app', () => {
    expect(choose({ route: '/', pathname: '/study/all' })).toEqual({ kind: 'client', url: null });
    expect(choose({ search: '?q=iaas' })).toEqual({ kind: 'client', url: null });
    expect(choose({ route: undefined })).toEqual({ kind: 'client', url: null });
    // Never a redirect for a page that is not the route's: the app draws it in the learner's language.
    expect(choose({ route: '/', pathname: '/zh/study/all', wanted: 'zh' })).toEqual({ kind: 'client', url: '/study/all' });
  });

  it('shows a quiz at the seed its page was drawn with, so that the app draws the same quiz', () => {
    const quiz = { route: '/quiz/mixed', pathname: '/quiz/mixed', documentSearch: '?seed=first' };
    expect(choose(quiz)).toEqual({ kind: 'hydrate', url: '/quiz/mixed?seed=first' });
    expect(choose({ ...quiz, pathname: '/zh/quiz/mixed', documentLanguage: 'zh', wanted: 'zh' })).toEqual({ kind: 'hydrate', url: '/quiz/mixed?seed=first' });
    // Reloaded at that address: kept as it is.
    expect(choose({ ...quiz, search: '?seed=first' })).toEqual({ kind: 'hydrate', url: null });
    // Another seed (a shared quiz) is another quiz: the app draws it.
    expect(choose({ ...quiz, search: '?seed=abc' })).toEqual({ kind: 'client', url: null });
    expect(choose({ ...quiz, wanted: 'zh' })).toEqual({ kind: 'redirect', url: '/zh/quiz/mixed' });
    expect(choose({ ...quiz, returning: true })).toEqual({ kind: 'client', url: null });
  });

  it('draws a returning learner’s own screen, never the first-visit page the build drew, in their language', () => {
    expect(choose({ returning: true })).toEqual({ kind: 'client', url: null });
    // No trip to the other language's document either: the app draws in the learner's language.
    expect(choose({ returning: true, wanted: 'zh' })).toEqual({ kind: 'client', url: null });
    expect(choose({ returning: true, pathname: '/zh/glossary', documentLanguage: 'zh', wanted: 'en' })).toEqual({ kind: 'client', url: '/glossary' });
  });
});
