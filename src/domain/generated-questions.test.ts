/**
 * Questions generated from the real glossary, every term in both directions over many seeds:
 * a wrong option is never a term the content declares as overlapping the answer (or another
 * wrong option), and a definition never names its own term.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentDir } from '../../scripts/check-data';
import { normalizeAnswer } from './answer-matching';
import { TermSchema, type Term } from './content';
import type { GeneratedDirection } from './distractors';
import { overlapIndex, termsOverlap, type OverlapIndex } from './overlaps';
import { generateQuestion } from './quiz';
import { maskedDefinition, maskNames, namesToMask } from './term-masking';

const SEEDS = Array.from({ length: 30 }, (_, index) => `seed-${index}`);
const DIRECTIONS: GeneratedDirection[] = ['term-to-definition', 'definition-to-term'];
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

let terms: Term[] = [];
let overlaps: OverlapIndex;
/** Option text (English, normalized) → the term it belongs to, per direction. */
let termOfOption: Record<GeneratedDirection, Map<string, string>>;

beforeAll(async () => {
  const content = await readContentDir(join(root, 'data'));
  terms = content.files
    .filter((file) => /\/terms(?:\.json|\/[^/]+\.json)$/.test(file.path.replaceAll('\\', '/')))
    .flatMap((file) => file.json as unknown[])
    .map((item) => TermSchema.parse(item));
  overlaps = overlapIndex(terms);
  termOfOption = {
    'term-to-definition': new Map(terms.map((term) => [normalizeAnswer(maskedDefinition(term).en), term.id])),
    'definition-to-term': new Map(terms.map((term) => [normalizeAnswer(term.term.en), term.id])),
  };
}, 60_000);

/** The terms behind a generated question's wrong options. */
function wrongOptionTerms(term: Term, direction: GeneratedDirection, seed: string): string[] {
  const question = generateQuestion(term, direction, terms, seed);
  if (question === null) throw new Error(`no question for ${term.id} (${direction}, ${seed})`);
  return question.choices
    .filter((choice) => choice.id !== question.answer)
    .map((choice) => {
      const id = termOfOption[direction].get(normalizeAnswer(choice.text.en));
      if (id === undefined) throw new Error(`option "${choice.text.en}" is no term's`);
      return id;
    });
}

describe('generated questions over every term, both directions and many seeds', () => {
  it('declares overlaps in the glossary, so the test has something to hold', () => {
    expect([...overlaps.values()].reduce((sum, set) => sum + set.size, 0)).toBeGreaterThanOrEqual(60);
  });

  it('never offers a declared overlap of the answer, or two overlapping terms, as wrong options', () => {
    const found: string[] = [];
    let asked = 0;
    for (const term of terms) {
      for (const direction of DIRECTIONS) {
        for (const seed of SEEDS) {
          const wrong = wrongOptionTerms(term, direction, seed);
          asked++;
          for (const [index, id] of wrong.entries()) {
            if (termsOverlap(overlaps, term.id, id)) found.push(`${term.id} (${direction}, ${seed}): wrong option ${id} overlaps the answer`);
            for (const other of wrong.slice(index + 1)) {
              if (termsOverlap(overlaps, id, other)) found.push(`${term.id} (${direction}, ${seed}): wrong options ${id} and ${other} overlap`);
            }
          }
        }
      }
    }
    expect(asked).toBe(terms.length * DIRECTIONS.length * SEEDS.length);
    expect(found).toEqual([]);
  }, 600_000);

  it('never offers the NIST definition as a wrong definition of cloud computing, nor AWS as the wrong term for its revenue', () => {
    const cloud = terms.find((term) => term.id === 'cloud-computing');
    const revenue = terms.find((term) => term.id === 'amazon-cloud-revenue');
    if (cloud === undefined || revenue === undefined) throw new Error('glossary lacks the known cases');
    for (const seed of SEEDS) {
      for (const direction of DIRECTIONS) {
        expect(wrongOptionTerms(cloud, direction, seed)).not.toContain('nist-cloud-definition');
        expect(wrongOptionTerms(revenue, direction, seed)).not.toContain('amazon-web-services');
      }
    }
  }, 120_000);

  it('never shows a definition that names its own term, as the question or as an option', () => {
    for (const term of terms) {
      for (const direction of DIRECTIONS) {
        const question = generateQuestion(term, direction, terms, 'seed-0');
        const texts = direction === 'definition-to-term' ? [question?.stem] : (question?.choices.map((choice) => choice.text) ?? []);
        for (const text of texts) {
          if (text === undefined) throw new Error(`no question for ${term.id}`);
          const owner = terms.find((candidate) => candidate.id === termOfOption['term-to-definition'].get(normalizeAnswer(text.en))) ?? term;
          const names = namesToMask(owner);
          expect({ term: owner.id, zh: maskNames(text.zh, names, '＿＿'), en: maskNames(text.en, names, '___') }).toEqual({ term: owner.id, ...text });
        }
      }
    }
  }, 120_000);
});
