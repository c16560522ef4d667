import { describe, expect, it } from 'vitest';
import { gradeTypedRecall, recallAnswers, recallConfusables } from './typed-recall';

const cloud = { term: { zh: '云计算', en: 'Cloud computing' }, aliases: ['cloud'], pinyin: 'yún jì suàn' };
const iaas = { term: { zh: '基础设施即服务', en: 'Infrastructure as a Service (IaaS)' }, aliases: ['IaaS', '基础设施服务'], pinyin: 'jī chǔ shè shī jí fú wù' };
const paas = { term: { zh: '平台即服务', en: 'Platform as a Service (PaaS)' }, aliases: ['PaaS'], pinyin: 'píng tái jí fú wù' };
const green = { term: { zh: '蓝绿部署', en: 'Blue-green deployment' }, aliases: [], pinyin: 'lán lǜ bù shǔ' };
const terms = [cloud, iaas, paas, green];

describe('typed recall', () => {
  it('takes the name in the language asked, and its aliases in that language only', () => {
    expect(recallAnswers(iaas, 'en')).toEqual(['Infrastructure as a Service (IaaS)', 'IaaS']);
    expect(recallAnswers(iaas, 'zh')).toEqual(['基础设施即服务', '基础设施服务', 'jī chǔ shè shī jí fú wù', 'ji chu she shi ji fu wu']);
    expect(gradeTypedRecall(iaas, 'zh', 'IaaS', recallConfusables(terms, 'zh')).suggested).toBe(1);
  });

  it('suggests Good for the name, Hard for a forgiven typo, Again for a wrong or blank answer', () => {
    const en = recallConfusables(terms, 'en');
    expect(gradeTypedRecall(cloud, 'en', 'cloud computing', en)).toMatchObject({ suggested: 3, match: { correct: true, forgiven: false } });
    expect(gradeTypedRecall(cloud, 'en', 'clowd computing', en)).toMatchObject({ suggested: 2, match: { correct: true, forgiven: true } });
    expect(gradeTypedRecall(cloud, 'en', 'grid computing', en)).toMatchObject({ suggested: 1, match: { correct: false, reason: 'wrong' } });
    expect(gradeTypedRecall(cloud, 'en', '  ', en)).toMatchObject({ suggested: 1, match: { correct: false, reason: 'empty' } });
  });

  it('says when the answer is another term’s name, never forgiving it as a typo (IaaS for PaaS)', () => {
    const result = gradeTypedRecall(paas, 'en', 'IaaS', recallConfusables(terms, 'en'));
    expect(result).toMatchObject({ suggested: 1, match: { correct: false, confusedWith: 'IaaS' } });
  });

  it('takes Chinese as characters or pinyin, with or without tones, ü as v or u', () => {
    const zh = recallConfusables(terms, 'zh');
    for (const typed of ['云计算', 'yún jì suàn', 'yunjisuan', 'Yun Ji Suan']) expect(gradeTypedRecall(cloud, 'zh', typed, zh).suggested).toBe(3);
    for (const typed of ['lanlvbushu', 'lan lu bu shu', 'lán lǜ bù shǔ']) expect(gradeTypedRecall(green, 'zh', typed, zh).suggested).toBe(3);
    expect(gradeTypedRecall(cloud, 'zh', '平台即服务', zh)).toMatchObject({ suggested: 1, match: { confusedWith: '平台即服务' } });
  });
});
