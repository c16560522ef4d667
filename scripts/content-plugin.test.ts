import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPlugin } from './content-plugin';

const fixture = resolve(import.meta.dirname, '../tests/fixtures/content/valid');

/** Runs the plugin's resolve and load hooks as the bundler would. */
function load(id: string): string {
  const plugin = contentPlugin(fixture);
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const loadHook = plugin.load as (this: { addWatchFile: (file: string) => void }, id: string) => string | undefined;
  const resolved = resolveId(id);
  if (resolved === undefined) throw new Error(`not resolved: ${id}`);
  const code = loadHook.call({ addWatchFile: () => undefined }, resolved);
  if (code === undefined) throw new Error(`not loaded: ${id}`);
  return code;
}

const parsed = (code: string): unknown => {
  const match = /^export default JSON\.parse\((.*)\);\n$/s.exec(code);
  if (!match?.[1]) throw new Error('not a JSON module');
  return JSON.parse(JSON.parse(match[1]) as string);
};

describe('the content plugin', () => {
  it('offers one lazy chunk per topic for terms and for questions', () => {
    const code = load('virtual:cloudcards-content');
    expect(code).toContain('"basics": () => import("virtual:cloudcards-content/terms-basics")');
    expect(code).toContain('"service-models": () => import("virtual:cloudcards-content/terms-service-models")');
    expect(code).toContain('import("virtual:cloudcards-content/questions-basics")');
  });

  it('puts only a topic\u2019s own terms in its chunk', () => {
    const terms = parsed(load('virtual:cloudcards-content/terms-service-models')) as { id: string; topic: string }[];
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.every((term) => term.topic === 'service-models')).toBe(true);
  });

  it('writes each term\u2019s pinyin into its chunk at build time, and not into the index', () => {
    const terms = parsed(load('virtual:cloudcards-content/terms-basics')) as { id: string; pinyin?: string }[];
    expect(terms.find((term) => term.id === 'cloud-computing')?.pinyin).toBe('yún jì suàn');
    const index = parsed(load('virtual:cloudcards-content/index')) as { terms: Record<string, unknown>[] };
    expect(index.terms.some((term) => 'pinyin' in term)).toBe(false);
  });

  it('keeps the index compact: ids, topics and names, no definitions', () => {
    const index = parsed(load('virtual:cloudcards-content/index')) as { topics: unknown[]; terms: Record<string, unknown>[] };
    expect(index.topics).toHaveLength(2);
    expect(index.terms[0]).toEqual({ id: 'cloud-computing', topic: 'basics', term: { zh: '云计算', en: 'Cloud computing' } });
    expect(index.terms.every((term) => !('definition' in term))).toBe(true);
  });

  it('leaves other modules alone', () => {
    const plugin = contentPlugin(fixture);
    expect((plugin.resolveId as (id: string) => string | undefined)('react')).toBeUndefined();
  });
});
