import { describe, expect, it } from 'vitest';
import { editDistance, matchTypedAnswer, normalizeAnswer, typoAllowance } from './answer-matching';

/** Accepted answers as the question bank writes them, and names of other terms. */
const IAAS = ['IaaS', '基础设施即服务', 'Infrastructure as a Service', 'Infrastructure-as-a-Service'];
const SAAS_FULL = ['Software as a Service', 'Software-as-a-Service', '软件即服务'];
const HYBRID = ['hybrid cloud', 'hybrid', '混合云'];
const INVENTORY = ['inventory', 'inventories', 'stock', '存货', '库存'];
const CONFUSABLES = ['PaaS', 'SaaS', 'Public cloud', 'Private cloud', '私有云', '公有云', 'Platform as a Service', 'Forrester'];

type Case = [label: string, input: string, accepted: string[], expected: 'exact' | 'forgiven' | 'wrong', matched?: string];

const CASES: Case[] = [
  // Exact, in either language, ignoring case, width, punctuation and spacing
  ['English abbreviation', 'IaaS', IAAS, 'exact', 'IaaS'],
  ['lower case', 'iaas', IAAS, 'exact', 'IaaS'],
  ['full-width Latin', 'ＩａａＳ', IAAS, 'exact', 'IaaS'],
  ['Chinese answer to the same question', '基础设施即服务', IAAS, 'exact', '基础设施即服务'],
  ['Chinese with spaces', '基础设施 即 服务', IAAS, 'exact', '基础设施即服务'],
  ['Chinese with full-width punctuation', '基础设施即服务。', IAAS, 'exact', '基础设施即服务'],
  ['hyphens instead of spaces', 'infrastructure-as-a-service', IAAS, 'exact'],
  ['trailing full stop and extra spaces', '  Software  as a service. ', SAAS_FULL, 'exact', 'Software as a Service'],
  ['leading article dropped', 'the inventory', INVENTORY, 'exact', 'inventory'],
  ['quotes around the answer', '“hybrid cloud”', HYBRID, 'exact', 'hybrid cloud'],
  ['Chinese quotes', '「混合云」', HYBRID, 'exact', '混合云'],
  ['an alias', 'stock', INVENTORY, 'exact', 'stock'],
  ['Chinese alias', '库存', INVENTORY, 'exact', '库存'],
  ['full-width digits', '２０１１', ['2011', '2011年'], 'exact', '2011'],
  ['number with Chinese unit', '2011年', ['2011', '2011年'], 'exact', '2011年'],
  ['decimal kept', '6.6亿元', ['6.6亿元', '6.6亿'], 'exact', '6.6亿元'],
  ['full-width percent', '35％', ['35%', '35 percent'], 'exact', '35%'],
  ['thousands separators ignored', '1000000000', ['1,000,000,000', 'one billion'], 'exact', '1,000,000,000'],
  ['en dash and hyphen in a range are the same', '700-800', ['700–800', 'seven or eight hundred'], 'exact', '700–800'],
  ['dollar sign kept', '$286 million', ['US$286 million', '$286 million'], 'exact', '$286 million'],

  // Forgiven typos: Latin letters only, one in short answers, two in long ones
  ['one letter swapped (transposition)', 'hybird cloud', HYBRID, 'forgiven', 'hybrid cloud'],
  ['one letter missing in a short answer', 'stok', INVENTORY, 'forgiven', 'stock'],
  ['one wrong letter', 'inventary', INVENTORY, 'forgiven', 'inventory'],
  ['two typos in a long answer', 'Sofware as a Servise', SAAS_FULL, 'forgiven', 'Software as a Service'],
  ['two typos, full width and case', 'ＩＮＦＲＡＳＴＲＵＣＴＵＲ ＡＳ Ａ ＳＥＲＶＩＣ', IAAS, 'forgiven', 'Infrastructure as a Service'],

  // Not forgiven
  ['two typos in a short answer', 'hibird', HYBRID, 'wrong'],
  ['three typos in a long answer', 'Sofwar as a Servise', SAAS_FULL, 'wrong'],
  ['very short answers must be exact (IaaS vs PaaS)', 'PaaS', IAAS, 'wrong'],
  ['a letter off in a four-letter answer', 'IaaZ', IAAS, 'wrong'],
  ['a digit is never a typo', '2012', ['2011', '2011年'], 'wrong'],
  ['a year off by one with its unit', '2012年', ['2011', '2011年'], 'wrong'],
  ['digits inside words are exact', '50 years', ['60 years', 'sixty years'], 'wrong'],
  ['a decimal point matters', '66亿元', ['6.6亿元', '6.6亿'], 'wrong'],
  ['a wrong Chinese character is not a typo', '混和云', HYBRID, 'wrong'],
  ['another Chinese term', '私有云', HYBRID, 'wrong'],
  ['empty', '   ', HYBRID, 'wrong'],
  ['only punctuation', '…？', HYBRID, 'wrong'],
  ['another term in English', 'Platform as a Service', IAAS, 'wrong'],
];

describe('matchTypedAnswer: a table of answers in both languages', () => {
  it('has at least 30 cases with forgiven and not-forgiven typos', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(CASES.filter((c) => c[3] === 'forgiven').length).toBeGreaterThanOrEqual(5);
    expect(CASES.filter((c) => /\p{Script=Han}/u.test(c[1])).length).toBeGreaterThanOrEqual(8);
  });

  it.each(CASES)('%s: %j', (_label, input, accepted, expected, matched) => {
    const result = matchTypedAnswer(input, accepted, { confusables: CONFUSABLES });
    if (expected === 'wrong') {
      expect(result.correct).toBe(false);
      return;
    }
    expect(result).toMatchObject({ correct: true, forgiven: expected === 'forgiven' });
    if (matched !== undefined && result.correct) expect(result.matched).toBe(matched);
  });
});

describe('typos that are really another term', () => {
  it('does not forgive a spelling that is as close to another term as to the answer', () => {
    // "Privat cloud" is one typo from the confusable "Private cloud": not a typo of "Public cloud".
    const result = matchTypedAnswer('Privat cloud', ['Public cloud', 'public', '公有云'], { confusables: CONFUSABLES });
    expect(result.correct).toBe(false);
  });

  it('names the other term when the learner typed it exactly', () => {
    expect(matchTypedAnswer('private cloud', ['Public cloud'], { confusables: CONFUSABLES })).toEqual({
      correct: false,
      reason: 'wrong',
      confusedWith: 'Private cloud',
    });
  });

  it('ignores a confusable that is itself an accepted answer', () => {
    expect(matchTypedAnswer('Forrester', ['Forrester', 'Forrester Research'], { confusables: CONFUSABLES }).correct).toBe(true);
  });

  it('reports how many typos it forgave', () => {
    expect(matchTypedAnswer('Sofware as a Servise', SAAS_FULL)).toEqual({ correct: true, forgiven: true, matched: 'Software as a Service', typos: 2 });
  });
});

describe('the pieces', () => {
  it('normalizes width, case, punctuation and spacing', () => {
    expect(normalizeAnswer(' Ｔｈｅ  Hybrid-Cloud！ ')).toBe('hybridcloud');
    expect(normalizeAnswer('6.6 亿元')).toBe('6.6亿元');
    expect(normalizeAnswer('700—800')).toBe('700-800');
    expect(normalizeAnswer('on-demand')).toBe('ondemand');
  });

  it('allows typos by length, for Latin letters only', () => {
    expect(typoAllowance('iaas')).toBe(0);
    expect(typoAllowance('stock')).toBe(1);
    expect(typoAllowance('hybridcloud')).toBe(1);
    expect(typoAllowance('softwareasaservice')).toBe(2);
    expect(typoAllowance('60years')).toBe(0);
    expect(typoAllowance('混合云')).toBe(0);
  });

  it('counts a swap of neighbours as one edit and stops early past the limit', () => {
    expect(editDistance('hybrid', 'hybird')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });
});
