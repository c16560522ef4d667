import { describe, expect, it } from 'vitest';
import { realTerms } from '../../tests/factories/real-content';
import { normalizeAnswer } from './answer-matching';
import type { Term, TopicId } from './content';
import { lookAlike, lookAlikes, pickDistractors, type GeneratedDirection } from './distractors';
import { createRandom } from './random';

function term(id: string, topic: TopicId, en: string, zh: string, extra: Partial<Term> = {}): Term {
  return {
    id,
    topic,
    term: { en, zh },
    aliases: [],
    definition: { en: `Definition of ${en}.`, zh: `${zh}的定义。` },
    explanation: { en: `About ${en}.`, zh: `关于${zh}。` },
    examples: [],
    related: [],
    source: { source: 'nist-sp-800-145', quote: 'quote' },
    ...extra,
  };
}

const PUBLIC = term('public-cloud', 'deployment-models', 'Public cloud', '公有云', { related: ['private-cloud'] });
const TERMS: Term[] = [
  PUBLIC,
  term('private-cloud', 'deployment-models', 'Private cloud', '私有云'),
  term('community-cloud', 'deployment-models', 'Community cloud', '社区云'),
  term('hybrid-cloud', 'deployment-models', 'Hybrid cloud', '混合云'),
  term('iaas', 'service-models', 'Infrastructure as a Service', '基础设施即服务', { aliases: ['IaaS'] }),
  term('paas', 'service-models', 'Platform as a Service', '平台即服务', { aliases: ['PaaS'] }),
  term('saas', 'service-models', 'Software as a Service', '软件即服务', { aliases: ['SaaS'] }),
  term('taobao', 'c2b-alibaba', 'Taobao', '淘宝'),
  term('inventory', 'c2b-alibaba', 'Inventory', '存货'),
  term('zeng-ming', 'c2b-alibaba', 'Zeng Ming', '曾鸣'),
  term('forrester', 'market-figures', 'Forrester', 'Forrester'),
];

const DIRECTIONS: GeneratedDirection[] = ['term-to-definition', 'definition-to-term'];
const optionText = (t: Term, direction: GeneratedDirection) => (direction === 'term-to-definition' ? t.definition : t.term);

describe('pickDistractors', () => {
  it('prefers terms from the same topic over random others', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const picked = pickDistractors(PUBLIC, TERMS, { count: 3, direction: 'definition-to-term', random: createRandom(seed) });
      expect(picked.map((t) => t.topic)).toEqual(['deployment-models', 'deployment-models', 'deployment-models']);
    }
  });

  it('puts related and look-alike terms first', () => {
    const picked = pickDistractors(PUBLIC, TERMS, { count: 1, direction: 'definition-to-term', random: createRandom('x') });
    expect(picked[0]?.id).toBe('private-cloud');
    const iaas = TERMS.find((t) => t.id === 'iaas') as Term;
    const twoForIaas = pickDistractors(iaas, TERMS, { count: 2, direction: 'term-to-definition', random: createRandom('x') });
    expect(twoForIaas.map((t) => t.id).sort()).toEqual(['paas', 'saas']);
  });

  it('is deterministic from the seed', () => {
    const a = pickDistractors(PUBLIC, TERMS, { count: 3, direction: 'term-to-definition', random: createRandom('seed-1') });
    const b = pickDistractors(PUBLIC, TERMS, { count: 3, direction: 'term-to-definition', random: createRandom('seed-1') });
    expect(a.map((t) => t.id)).toEqual(b.map((t) => t.id));
  });

  it('varies the choice among equally good terms with the seed', () => {
    const many = Array.from({ length: 12 }, (_, i) => term(`t${i}`, 'market-figures', `Figure ${String.fromCharCode(65 + i)}x`, `数字${i}`));
    const target = term('target', 'market-figures', 'Something else', '别的');
    const sets = new Set(
      ['1', '2', '3', '4', '5', '6'].map((seed) =>
        pickDistractors(target, many, { count: 3, direction: 'definition-to-term', random: createRandom(seed) })
          .map((t) => t.id)
          .sort()
          .join(),
      ),
    );
    expect(sets.size).toBeGreaterThan(1);
  });

  it('never offers the answer, a synonym of it, or the same text twice', () => {
    const synonym = term('public-cloud-2', 'deployment-models', 'Open cloud', '开放云', { aliases: ['public cloud'] });
    const twin = term('public-twin', 'deployment-models', 'Public cloud (again)', '公有云（重复）', {
      definition: PUBLIC.definition,
    });
    const sameName = term('private-twin', 'deployment-models', 'Private cloud', '私有云');
    const terms = [...TERMS, synonym, twin, sameName];
    for (const direction of DIRECTIONS) {
      for (const seed of ['1', '2', '3', '4', '5', '6', '7', '8']) {
        const picked = pickDistractors(PUBLIC, terms, { count: 3, direction, random: createRandom(seed) });
        const ids = picked.map((t) => t.id);
        expect(ids).not.toContain('public-cloud');
        expect(ids).not.toContain('public-cloud-2');
        if (direction === 'term-to-definition') expect(ids).not.toContain('public-twin');
        const texts = [PUBLIC, ...picked].flatMap((t) => [normalizeAnswer(optionText(t, direction).en), normalizeAnswer(optionText(t, direction).zh)]);
        expect(new Set(texts).size).toBe(texts.length);
      }
    }
  });

  it('returns fewer when the glossary has too few terms', () => {
    expect(pickDistractors(PUBLIC, TERMS.slice(0, 2), { count: 3, direction: 'term-to-definition', random: createRandom('s') })).toHaveLength(1);
  });
});

describe('lookAlike', () => {
  it('sees public and private cloud, or IaaS and PaaS, as alike, and Taobao and Forrester as not', () => {
    const byId = (id: string) => TERMS.find((t) => t.id === id) as Term;
    expect(lookAlike(byId('public-cloud'), byId('private-cloud'))).toBeGreaterThan(0.3);
    expect(lookAlike(byId('iaas'), byId('paas'))).toBeGreaterThanOrEqual(0.5);
    expect(lookAlike(byId('taobao'), byId('forrester'))).toBeLessThan(0.1);
  });

  it('gives, through the bigram index, the same score for every pair of real terms as comparing them name by name', () => {
    const terms = realTerms as Term[];
    for (const target of terms) {
      const indexed = lookAlikes(target, terms);
      for (const other of terms) expect(indexed.get(other) ?? 0, `${target.id} ~ ${other.id}`).toBe(lookAlike(target, other));
    }
  });
});

describe('on the real glossary', () => {
  const terms = realTerms as Term[];

  it('finds three distinct, same-topic-or-related, never-correct distractors for every term', () => {
    for (const target of terms) {
      for (const direction of DIRECTIONS) {
        const picked = pickDistractors(target, terms, { count: 3, direction, random: createRandom(`real:${target.id}`) });
        expect(picked, target.id).toHaveLength(3);
        expect(picked.map((t) => t.id)).not.toContain(target.id);
        const texts = [target, ...picked].map((t) => normalizeAnswer(optionText(t, direction).en));
        expect(new Set(texts).size, target.id).toBe(4);
        const close = picked.filter((t) => t.topic === target.topic || target.related.includes(t.id) || t.related.includes(target.id) || lookAlike(target, t) > 0.2);
        expect(close.length, `${target.id}: ${picked.map((t) => t.id).join(', ')}`).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe('declared overlaps', () => {
  const C2B = term('c2b', 'c2b-alibaba', 'C2B', 'C2B', { overlaps: ['customization'] });
  const GLOSSARY: Term[] = [
    C2B,
    term('customization', 'c2b-alibaba', 'Customization', '定制', { overlaps: ['personalized-demand'] }),
    term('personalized-demand', 'c2b-alibaba', 'Personalized demand', '个性化需求'),
    term('small-batch', 'c2b-alibaba', 'Small batches', '小批量'),
    term('inventory', 'c2b-alibaba', 'Inventory', '存货'),
    term('zeng-ming', 'c2b-alibaba', 'Zeng Ming', '曾鸣'),
    term('taobao', 'c2b-alibaba', 'Taobao', '淘宝'),
  ];

  it('never offers a term overlapping the answer, declared on either side', () => {
    const customization = GLOSSARY[1] as Term;
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      for (const direction of DIRECTIONS) {
        expect(pickDistractors(C2B, GLOSSARY, { count: 3, direction, random: createRandom(seed) }).map((t) => t.id)).not.toContain('customization');
        const forCustomization = pickDistractors(customization, GLOSSARY, { count: 3, direction, random: createRandom(seed) }).map((t) => t.id);
        expect(forCustomization).not.toContain('c2b');
        expect(forCustomization).not.toContain('personalized-demand');
      }
    }
  });

  it('never offers two overlapping terms side by side', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const ids = pickDistractors(GLOSSARY[3] as Term, GLOSSARY, { count: 5, direction: 'definition-to-term', random: createRandom(seed) }).map((t) => t.id);
      expect(ids.includes('customization') && (ids.includes('c2b') || ids.includes('personalized-demand'))).toBe(false);
    }
  });
});

