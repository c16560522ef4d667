import { describe, expect, it } from 'vitest';
import { groupByLetter, letterOf, sortLetters } from './alphabetical';

const term = (id: string, zh: string, en: string, pinyin?: string) => ({ id, term: { zh, en }, ...(pinyin ? { pinyin } : {}) });

const terms = [
  term('cloud-computing', '云计算', 'Cloud computing', 'yún jì suàn'),
  term('zeng-ming', '曾鸣', 'Zeng Ming', 'Zēng Míng'),
  term('kubernetes', 'Kubernetes', 'Kubernetes'),
  term('vcpu', '虚拟 CPU', 'vCPU', 'xū nǐ CPU'),
  term('nines', '可用性的“几个 9”', '“Nines” of availability', 'kě yòng xìng de “jǐ gè 9”'),
  term('c2b', 'C2B（消费者到企业）', 'C2B (consumer to business)', 'C2B (xiāo fèi zhě dào qǐ yè)'),
  term('region', '地域', 'Region', 'dì yù'),
  term('nine', '9 个 9', '9 nines', '9 gè 9'),
];

const order = (groups: ReturnType<typeof groupByLetter>) => groups.map((group) => [group.letter, group.terms.map((t) => t.id)]);

describe('the A–Z view', () => {
  it('sorts Chinese by pinyin and heads each letter, the data’s pinyin winning (曾鸣 under Z, not C)', () => {
    expect(order(groupByLetter(terms, 'zh'))).toEqual([
      ['C', ['c2b']],
      ['D', ['region']],
      ['K', ['nines', 'kubernetes']],
      ['X', ['vcpu']],
      ['Y', ['cloud-computing']],
      ['Z', ['zeng-ming']],
      ['#', ['nine']],
    ]);
  });

  it('sorts English by the English name, quotes and case aside, digits under #', () => {
    expect(order(groupByLetter(terms, 'en'))).toEqual([
      ['C', ['c2b', 'cloud-computing']],
      ['K', ['kubernetes']],
      ['N', ['nines']],
      ['R', ['region']],
      ['V', ['vcpu']],
      ['Z', ['zeng-ming']],
      ['#', ['nine']],
    ]);
  });

  it('orders syllables by letters first, then by tone', () => {
    const tones = [term('d', '吗', 'd', 'ma'), term('b', '买', 'b', 'mǎi'), term('a', '卖', 'a', 'mài'), term('c', '埋', 'c', 'mái')];
    expect(groupByLetter(tones, 'zh')[0]!.terms.map((t) => t.id)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('reads letters without their marks', () => {
    expect(sortLetters('Lǜ Zēng')).toBe('lv zeng');
    expect(letterOf('“Ēn”')).toBe('E');
    expect(letterOf('42')).toBe('#');
  });
});
