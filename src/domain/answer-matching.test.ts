import { describe, expect, it } from 'vitest';
import {
  bracketedParts,
  editDistance,
  matchTypedAnswer,
  normalizeAnswer,
  promptVocabulary,
  readChineseNumeral,
  readEnglishNumber,
  readQuantity,
  sameQuantity,
  typoAllowance,
  type Quantity,
} from './answer-matching';

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

describe('step 2: a full form with its abbreviation in brackets', () => {
  it('splits the text outside and inside the brackets, in either width', () => {
    expect(bracketedParts('Platform as a Service (PaaS)')).toEqual({ outside: 'Platform as a Service', inside: 'PaaS' });
    expect(bracketedParts('国家开发银行（国开行）')).toEqual({ outside: '国家开发银行', inside: '国开行' });
    expect(bracketedParts('PaaS')).toBeNull();
    expect(bracketedParts('(PaaS)')).toBeNull();
  });

  it('accepts both parts right, or one right and the other a name of the right term', () => {
    expect(matchTypedAnswer('Platform as a Service (PaaS)', ['PaaS', 'Platform as a Service']).correct).toBe(true);
    expect(matchTypedAnswer('Infrastructure as a Service (IaaS)', ['IaaS'], { equivalents: ['Infrastructure as a Service'] }).correct).toBe(true);
    expect(matchTypedAnswer('IaaS (PaaS)', ['IaaS'], { equivalents: ['Infrastructure as a Service'] }).correct).toBe(false);
  });

  it('accepts either half of an accepted answer written with brackets', () => {
    expect(matchTypedAnswer('Amazon Web Services', ['Amazon Web Services (AWS)'])).toMatchObject({ correct: true, matched: 'Amazon Web Services' });
    expect(matchTypedAnswer('AWS', ['Amazon Web Services (AWS)']).correct).toBe(true);
  });
});

describe('step 3: the same number, written another way', () => {
  const value = (low: number, high = low, extra: Partial<Quantity> = {}): Quantity => ({ low, high, currency: null, percent: false, unit: null, ...extra });

  it('reads Chinese numerals, with Arabic digits mixed in', () => {
    expect(readChineseNumeral('十五')).toEqual({ low: 15, high: 15 });
    expect(readChineseNumeral('六十')).toEqual({ low: 60, high: 60 });
    expect(readChineseNumeral('一百零五')).toEqual({ low: 105, high: 105 });
    expect(readChineseNumeral('二零一一')).toEqual({ low: 2011, high: 2011 });
    expect(readChineseNumeral('六点六亿')).toEqual({ low: 6.6e8, high: 6.6e8 });
    expect(readChineseNumeral('2.86亿')).toEqual({ low: 2.86e8, high: 2.86e8 });
    expect(readChineseNumeral('1500万')).toEqual({ low: 1.5e7, high: 1.5e7 });
    expect(readChineseNumeral('3千万')).toEqual({ low: 3e7, high: 3e7 });
    expect(readChineseNumeral('七八百')).toEqual({ low: 700, high: 800 });
    expect(readChineseNumeral('七九百')).toBeNull();
    expect(readChineseNumeral('亿')).toBeNull();
  });

  it('reads English number words', () => {
    expect(readEnglishNumber(['five'])).toBe(5);
    expect(readEnglishNumber(['thirty', 'five'])).toBe(35);
    expect(readEnglishNumber(['nineteen', 'hundred'])).toBe(1900);
    expect(readEnglishNumber(['a', 'billion'])).toBe(1e9);
    expect(readEnglishNumber(['a', 'thousand', 'million'])).toBe(1e9);
    expect(readEnglishNumber(['one', 'hundred', 'and', 'five'])).toBe(105);
    expect(readEnglishNumber(['and'])).toBeNull();
    expect(readEnglishNumber(['hundred'])).toBeNull();
  });

  it('reads measure words, units, approximations, ranges, currencies, scales and percentages', () => {
    expect(readQuantity('5个')).toEqual(value(5));
    expect(readQuantity('60 yrs')).toEqual(value(60, 60, { unit: 'year' }));
    expect(readQuantity('nearly a billion')).toEqual(value(1e9));
    expect(readQuantity('近10亿')).toEqual(value(1e9));
    expect(readQuantity('700~800')).toEqual(value(700, 800));
    expect(readQuantity('seven or eight hundred')).toEqual(value(700, 800));
    expect(readQuantity('1500-2000万')).toEqual(value(1.5e7, 2e7));
    expect(readQuantity('700 to 800 million')).toEqual(value(7e8, 8e8));
    expect(readQuantity('$286m')).toEqual(value(2.86e8, 2.86e8, { currency: 'usd' }));
    expect(readQuantity('2.86亿美元')).toEqual(value(2.86e8, 2.86e8, { currency: 'usd' }));
    expect(readQuantity('人民币6.6亿元')).toEqual(value(6.6e8, 6.6e8, { currency: 'cny' }));
    expect(readQuantity('百分之三十五')).toEqual(value(35, 35, { percent: true }));
    expect(readQuantity('thirty-five per cent')).toEqual(value(35, 35, { percent: true }));
  });

  it('reads nothing when the text is more than a number', () => {
    expect(readQuantity('more than a billion')).toBeNull();
    expect(readQuantity('800-145')).toBeNull(); // not a range: a document number
    expect(readQuantity('$5 ¥5')).toBeNull(); // two currencies
    expect(readQuantity('5 6')).toBeNull();
    expect(readQuantity('C-L-O-U-D')).toBeNull();
  });

  it('lets words of the question follow a number, but not short ones', () => {
    const vocabulary = promptVocabulary(['How many pilot cities did it go to?', '下拨到了几个试点城市？']);
    expect(readQuantity('5 cities', vocabulary)).toEqual(value(5));
    expect(readQuantity('5个试点城市', vocabulary)).toEqual(value(5));
    expect(readQuantity('5 towns', vocabulary)).toBeNull();
    expect(readQuantity('5 it', vocabulary)).toBeNull();
    expect(vocabulary.chars.has('几')).toBe(true);
  });

  it('matches the same value or range, never another currency, unit or a percentage not asked for', () => {
    const accepted = [value(2.86e8, 2.86e8, { currency: 'usd' }), value(2.86e8)];
    expect(sameQuantity(value(2.86e8), accepted)).toBe(0); // a currency left out is not a wrong one
    expect(sameQuantity(value(2.86e8, 2.86e8, { currency: 'usd' }), accepted)).toBe(0);
    expect(sameQuantity(value(2.86e8, 2.86e8, { currency: 'cny' }), accepted)).toBe(-1);
    expect(sameQuantity(value(2.86e9), accepted)).toBe(-1);
    expect(sameQuantity(value(5, 5, { unit: 'month' }), [value(5, 5, { unit: 'year' }), value(5)])).toBe(-1);
    expect(sameQuantity(value(5, 5, { percent: true }), [value(5)])).toBe(-1);
    expect(sameQuantity(value(700), [value(700, 800)])).toBe(-1);
  });

  it('grades numbers through the whole match, naming the accepted answer it matched', () => {
    expect(matchTypedAnswer('$286m', ['US$286 million', '2.86亿美元'])).toEqual({ correct: true, forgiven: false, matched: 'US$286 million' });
    expect(matchTypedAnswer('286 million yuan', ['US$286 million', '2.86亿美元']).correct).toBe(false);
  });
});

describe('step 4: another term, and the right term under another name', () => {
  it('never calls another name of the right term a different term', () => {
    const result = matchTypedAnswer('Infrastructure as a Service', ['IaaS'], {
      confusables: ['Infrastructure as a Service', 'PaaS'],
      equivalents: ['Infrastructure as a Service', 'IaaS'],
    });
    expect(result).toEqual({ correct: false, reason: 'wrong' });
  });

  it('still names another term', () => {
    expect(matchTypedAnswer('PaaS', ['IaaS'], { confusables: ['PaaS'], equivalents: ['Infrastructure as a Service'] })).toEqual({
      correct: false,
      reason: 'wrong',
      confusedWith: 'PaaS',
    });
  });
});
