import { describe, expect, it } from 'vitest';
import { citeSource, exportFileName, localIsoTime } from './export-content';
import type { Source } from './content';

const NOW = Date.UTC(2026, 11, 1, 20, 30); // 04:30 on 2 December in UTC+8, 15:30 on 1 December in UTC−5

describe('export files', () => {
  it('are named by kind, scope and the local date', () => {
    expect(exportFileName('anki', null, NOW, 480)).toBe('cloudcards-anki-all-2026-12-02.txt');
    expect(exportFileName('anki', 'compute', NOW, -300)).toBe('cloudcards-anki-compute-2026-12-01.txt');
    expect(exportFileName('glossary', 'networking', NOW, 0)).toBe('cloudcards-glossary-networking-2026-12-01.csv');
    expect(exportFileName('review-log', 'networking', NOW, 480)).toBe('cloudcards-review-log-2026-12-02.csv');
  });

  it('give times in ISO 8601 with the local offset', () => {
    expect(localIsoTime(NOW, 480)).toBe('2026-12-02T04:30:00+08:00');
    expect(localIsoTime(NOW, -330)).toBe('2026-12-01T15:00:00-05:30');
    expect(localIsoTime(NOW, 0)).toBe('2026-12-01T20:30:00+00:00');
  });

  it('cite a source by its work, then the section or the quoted passage, then the address', () => {
    const source: Source = {
      id: 'nist',
      kind: 'standard',
      title: { en: 'The NIST Definition', zh: 'NIST 定义' },
      author: { en: 'Mell and Grance', zh: 'Mell、Grance' },
      date: '2011-09',
      url: 'https://example.org/nist',
    };
    expect(citeSource({ source: 'nist', section: 'Section 2' }, source, 'en')).toBe('The NIST Definition, Mell and Grance, 2011-09; section: Section 2 https://example.org/nist');
    expect(citeSource({ source: 'nist', quote: '按需自助' }, source, 'zh')).toBe('NIST 定义，Mell、Grance，2011-09；原文：“按需自助” https://example.org/nist');
    expect(citeSource({ source: 'nist', quote: 'on demand' }, source, 'en', { quote: false })).toBe('The NIST Definition, Mell and Grance, 2011-09');
    expect(citeSource({ source: 'gone', section: 'S' }, undefined, 'en')).toBe('gone; section: S');
  });
});
