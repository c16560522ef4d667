/**
 * The A–Z view of the glossary: terms in the order of the learner's language, under letter
 * headings. English sorts by the English name; Chinese by the name's pinyin (written into the
 * content at build time, so the order and the headings agree with the pinyin the learner reads,
 * 曾鸣 under Z), then by tone, then by the characters. A name with no pinyin (Kubernetes) sorts
 * by its own letters. Whatever does not start with a letter A–Z is gathered under "#".
 */
export type Alphabetical = { id: string; term: { zh: string; en: string }; pinyin?: string | undefined };

export const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'] as const;
export type Letter = (typeof LETTERS)[number];

export type LetterGroup<T> = { letter: Letter; terms: T[] };

/** Tone marks and accents off, lower case: the letters a name sorts by. */
export function sortLetters(text: string): string {
  return text.normalize('NFD').replace(/u\u0308/g, 'v').replace(/\p{M}/gu, '').toLowerCase();
}

const TONES: Record<string, string> = { '\u0304': '1', '\u0301': '2', '\u030c': '3', '\u0300': '4' };

/** The tones as digits after their vowels (mǎi → ma3i), so that one spelling sorts in tone order 1–4, the neutral tone last. */
function toneOrder(text: string): string {
  return text
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0304\u0301\u030c\u0300]/g, (mark) => TONES[mark]!)
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** What a term sorts by in a language: its English name, or its Chinese name's pinyin. */
export function alphabeticalKey(term: Alphabetical, language: 'zh' | 'en'): string {
  return language === 'en' ? term.term.en : (term.pinyin ?? term.term.zh);
}

/** The heading a key goes under. */
export function letterOf(key: string): Letter {
  const first = sortLetters(key).replace(/^[^\p{L}\p{N}]+/u, '')[0]?.toUpperCase() ?? '';
  return (LETTERS as readonly string[]).includes(first) && first !== '#' ? (first as Letter) : '#';
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Terms in A–Z order for a language, grouped under their letters ("#" last); only letters that have terms. */
export function groupByLetter<T extends Alphabetical>(terms: readonly T[], language: 'zh' | 'en'): LetterGroup<T>[] {
  const base = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const keyed = terms.map((term) => ({ term, key: alphabeticalKey(term, language) }));
  keyed.sort(
    (a, b) =>
      base.compare(sortLetters(a.key), sortLetters(b.key)) ||
      compareText(toneOrder(a.key), toneOrder(b.key)) ||
      a.term.term.zh.localeCompare(b.term.term.zh, 'zh-CN') ||
      a.term.term.en.localeCompare(b.term.term.en, 'en'),
  );
  const groups = new Map<Letter, T[]>();
  for (const { term, key } of keyed) {
    const letter = letterOf(key);
    let list = groups.get(letter);
    if (!list) groups.set(letter, (list = []));
    list.push(term);
  }
  return LETTERS.flatMap((letter) => {
    const list = groups.get(letter);
    return list ? [{ letter, terms: list }] : [];
  });
}
