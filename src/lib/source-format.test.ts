import { describe, expect, it } from 'vitest';
import { realSources } from '../../tests/factories/real-content';
import { formatSourceDate, sourceByline } from './source-format';

describe('one source format per language', () => {
  it('writes dates as each language writes them', () => {
    expect(formatSourceDate('2016-09-25', 'zh')).toBe('2016年9月25日');
    expect(formatSourceDate('2016-09-25', 'en')).toBe('September 25, 2016');
    expect(formatSourceDate('2011-09', 'zh')).toBe('2011年9月');
    expect(formatSourceDate('2011-09', 'en')).toBe('September 2011');
    expect(formatSourceDate('2012', 'en')).toBe('2012');
  });

  it('writes every date of every source as Intl.DateTimeFormat would, in both languages', () => {
    for (const { date } of realSources) {
      const [year = 0, month, day] = date.split('-').map(Number);
      for (const [language, tag] of [['zh', 'zh-CN'], ['en', 'en']] as const) {
        const intl = month === undefined ? date : new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', ...(day === undefined ? {} : { day: 'numeric' }), timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day ?? 1));
        expect(formatSourceDate(date, language), `${date} ${language}`).toBe(intl);
      }
    }
  });

  it('joins author and date with the punctuation of the language', () => {
    const source = { author: { zh: '初尘', en: 'Chu Chen' }, date: '2016-09-25' };
    expect(sourceByline(source, 'zh')).toBe('初尘，2016年9月25日');
    expect(sourceByline(source, 'en')).toBe('Chu Chen, September 25, 2016');
  });
});
