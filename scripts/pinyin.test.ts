import { describe, expect, it } from 'vitest';
import type { ContentFile } from '../src/domain/content';
import { pinyinProblems, readContentDir } from './check-data';
import { generatePinyin, pinyinOverrideProblem, termPinyin } from './pinyin';

const term = (id: string, zh: string, pinyin?: string) => ({
  id,
  topic: 'basics',
  term: { zh, en: id },
  ...(pinyin === undefined ? {} : { pinyin }),
  aliases: [],
  definition: { zh: '定义。', en: 'A definition.' },
  explanation: { zh: '解释。', en: 'An explanation.' },
  examples: [],
  related: [],
  source: { source: 'nist-800-145', section: '2' },
});

const file = (...items: unknown[]): ContentFile => ({ path: 'data/terms/sample.json', json: items });

describe('pinyin at build time', () => {
  it('reads words as words, in citation tones, one spaced syllable per character', () => {
    expect(generatePinyin('云计算')).toBe('yún jì suàn');
    expect(generatePinyin('重新托管')).toBe('chóng xīn tuō guǎn');
    // 一 is written in its own tone, as a dictionary gives it, not as it is spoken before 致.
    expect(generatePinyin('最终一致性')).toBe('zuì zhōng yī zhì xìng');
  });

  it('keeps the letters, digits and punctuation of a name where they stand', () => {
    expect(generatePinyin('虚拟 CPU')).toBe('xū nǐ CPU');
    expect(generatePinyin('托管Kubernetes')).toBe('tuō guǎn Kubernetes');
    expect(generatePinyin('C2B（消费者到企业）')).toBe('C2B (xiāo fèi zhě dào qǐ yè)');
    expect(generatePinyin('Weinman 的“云”定义（C-L-O-U-D）')).toBe('Weinman de “yún” dìng yì (C-L-O-U-D)');
  });

  it('gives no pinyin to a name without Chinese characters', () => {
    expect(generatePinyin('Kubernetes')).toBeNull();
    expect(termPinyin({ term: { zh: 'FinOps' } })).toBeNull();
  });

  it('lets the data correct the library: 曾鸣 is the surname Zēng, not céng', () => {
    expect(generatePinyin('曾鸣')).toBe('céng míng');
    expect(termPinyin({ term: { zh: '曾鸣' }, pinyin: 'Zēng Míng' })).toBe('Zēng Míng');
    expect(pinyinOverrideProblem('曾鸣', 'Zēng Míng')).toBeNull();
  });

  it('refuses an override that does not fit its name', () => {
    expect(pinyinOverrideProblem('曾鸣', 'Zēng')).toMatch(/has 1 words where "曾鸣" needs 2/);
    expect(pinyinOverrideProblem('曾鸣', 'Zeng1 Ming2')).toMatch(/"Zeng1" is not a syllable/);
    expect(pinyinOverrideProblem('虚拟 CPU', 'xū nǐ GPU')).toMatch(/"GPU" should be "CPU"/);
    expect(pinyinOverrideProblem('云计算', 'yún jì suàn')).toMatch(/remove "pinyin"/);
    expect(pinyinOverrideProblem('FinOps', 'fin ops')).toMatch(/no Chinese characters/);
  });
});

describe('check:data on pinyin', () => {
  it('names the file and path of a bad override, and passes a good one', () => {
    const problems = pinyinProblems([file(term('zeng-ming', '曾鸣', 'Zēng Míng'), term('cloud', '云计算', 'yun')), { path: 'data/topics.json', json: [] }]);
    expect(problems).toEqual([{ file: 'data/terms/sample.json', path: '$[1].pinyin', message: expect.stringMatching(/has 1 words where "云计算" needs 3/) as unknown as string }]);
  });

  it('finds no problem in the valid fixture', async () => {
    const content = await readContentDir('tests/fixtures/content/valid');
    expect(content.files.length).toBeGreaterThan(0);
    expect(pinyinProblems(content.files)).toEqual([]);
  });
});
