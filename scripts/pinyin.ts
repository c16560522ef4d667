/**
 * Pinyin for the Chinese name of every term, made when the content is built (content-plugin.ts)
 * and checked by `npm run check:data`. pinyin-pro and its dictionary (some 300 KB) run only
 * here, in Node: the browser receives the finished text inside each topic's chunk, so no
 * learner downloads the library.
 *
 * The pinyin is in citation tones (as a dictionary prints them: 一致 yī zhì, not the spoken
 * yí zhì), one syllable per character, spaced; letters, digits and punctuation in the name are
 * kept where they stand. Where the library reads a character wrongly (曾鸣 is Zēng Míng, a
 * surname, not céng), a term gives its own `pinyin` in the data, and that wins.
 */
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;

/** Whether a text has any Chinese character, and so a pinyin. */
export const hasHan = (text: string): boolean => HAN.test(text);

/** Quotes and brackets set apart as in Latin text, full-width brackets made half-width: de “yún” dìng yì (C-L-O-U-D). */
const spaceQuotes = (text: string) =>
  text
    .replaceAll('（', '(')
    .replaceAll('）', ')')
    .replace(/[“‘《(]/g, ' $&')
    .replace(/[”’》)]/g, '$& ');

/** A name's parts in order: each Chinese character's syllable, and the text between them as written. */
function pinyinParts(text: string): { text: string; syllable: boolean }[] {
  return pinyin(text, { type: 'all', toneType: 'symbol', toneSandhi: false, nonZh: 'consecutive' }).map((item) =>
    item.isZh ? { text: item.pinyin, syllable: true } : { text: item.origin, syllable: false },
  );
}

/** The pinyin pinyin-pro reads for `text` (its whole text at once, so that words choose their readings); null without Chinese characters. */
export function generatePinyin(text: string): string | null {
  if (!hasHan(text)) return null;
  let out = '';
  let previous: { text: string; syllable: boolean } | null = null;
  for (const part of pinyinParts(text)) {
    // A syllable stands apart from the one before it; a syllable and a letter or digit next to
    // each other are set apart too (虚拟 CPU, 托管Kubernetes); punctuation stays where it is.
    const startsWord = part.syllable || LATIN_OR_DIGIT.test(part.text[0] ?? '');
    const endsWord = previous !== null && (previous.syllable || LATIN_OR_DIGIT.test(previous.text.at(-1) ?? ''));
    if (endsWord && startsWord && (previous?.syllable || part.syllable)) out += ' ';
    out += part.syllable ? part.text : spaceQuotes(part.text);
    previous = part;
  }
  return out.replace(/\s+/g, ' ').replace(/ ([+,.;:!?])/g, '$1').trim();
}

/** A term's pinyin as the app shows it: its own override, else the library's; null for a name without Chinese characters. */
export function termPinyin(term: { term: { zh: string }; pinyin?: string | undefined }): string | null {
  return term.pinyin ?? generatePinyin(term.term.zh);
}

/** Letters a pinyin syllable is written with: a–z, ü, and the vowels with tone marks. */
const SYLLABLE = /^[a-zü\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc]+$/iu;

/** The words of a text, without the spaces and punctuation around them. */
const words = (text: string) => text.split(/[\s\p{P}\p{S}]+/u).filter((word) => word !== '');

/** Marks off, to compare the letters only (and in lower case). */
const bare = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * What is wrong with a term's own `pinyin`, or null. It must be for this name: one syllable per
 * Chinese character, the name's other words unchanged, written in pinyin letters; and it must
 * differ from what the library reads (else it is a copy to remove).
 */
export function pinyinOverrideProblem(zh: string, override: string): string | null {
  const generated = generatePinyin(zh);
  if (generated === null) return 'this name has no Chinese characters, so no pinyin: remove "pinyin"';
  const expected = pinyinParts(zh).flatMap((part) => words(part.text).map((word) => ({ word, syllable: part.syllable })));
  const given = words(override);
  if (given.length !== expected.length) {
    return `has ${given.length} words where "${zh}" needs ${expected.length} (a syllable per character, its other words kept): "${generated}"`;
  }
  for (const [i, { word, syllable }] of expected.entries()) {
    const got = given[i]!;
    if (syllable && !SYLLABLE.test(got)) return `"${got}" is not a syllable written in pinyin letters (a–z, ü and tone marks)`;
    if (!syllable && bare(got) !== bare(word)) return `"${got}" should be "${word}", as the name writes it`;
  }
  if (override === generated) return 'is what pinyin-pro reads already: remove "pinyin"';
  return null;
}
