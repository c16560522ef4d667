import { describe, expect, it } from 'vitest';
import type { Term } from './content';
import { maskedDefinition, maskNames, namesToMask } from './term-masking';

const COMMON: Term = {
  id: 'cloud-common',
  topic: 'basics',
  term: { zh: '共用（Common）', en: 'Common' },
  aliases: ['C', '共用'],
  definition: {
    zh: 'C-L-O-U-D 中的 C：云是共用的，资源由许多用户共享。',
    en: 'The C in C-L-O-U-D: the cloud is common, its resources shared by many users. Commonly so.',
  },
  explanation: { zh: '说明', en: 'About' },
  examples: [],
  related: [],
  source: { source: 'weinman-cloudonomics', quote: 'Common' },
};

describe('masking a term out of its own definition', () => {
  it('lists every name, bracketed parts too, longest first', () => {
    expect(namesToMask(COMMON)).toEqual(['共用（Common）', 'Common', '共用', 'C']);
  });

  it('blanks the names in both languages', () => {
    expect(maskedDefinition(COMMON)).toEqual({
      zh: 'C-L-O-U-D 中的 ＿＿：云是＿＿的，资源由许多用户共享。',
      en: 'The ___ in C-L-O-U-D: the cloud is ___, its resources shared by many users. Commonly so.',
    });
  });

  it('blanks Latin names only as whole words, ignoring case except for single letters', () => {
    expect(maskNames('IaaS, iaas and IaaSes', ['IaaS'], '___')).toBe('___, ___ and IaaSes');
    expect(maskNames('c and C but not C-L', ['C'], '___')).toBe('c and ___ but not C-L');
  });

  it('leaves a definition that does not name its term as it is', () => {
    expect(maskNames('A way of computing over the internet.', ['Cloud computing', '云计算'], '___')).toBe('A way of computing over the internet.');
  });
});
