/**
 * A definition shown in a generated question must not give its own term away: the term's names
 * and aliases, in either language, are blanked out of it. 22 of the first 72 definitions name
 * their own term ("The C in C-L-O-U-D: the cloud is common…").
 */
import type { Localized, Term } from './content';

export const BLANK: Localized = { zh: '＿＿', en: '___' };

const HAN = /\p{Script=Han}/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every name of a term: its names in both languages, its aliases, and their bracketed parts. */
export function namesToMask(term: Term): string[] {
  const names = [term.term.zh, term.term.en, ...term.aliases].flatMap((name) => {
    const parts = /^(.*?)\s*[(（]([^()（）]+)[)）]\s*$/.exec(name);
    return parts ? [name, parts[1] ?? '', parts[2] ?? ''] : [name];
  });
  return [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))].sort((a, b) => b.length - a.length);
}

/**
 * Blanks `names` out of `text`. A Chinese name is blanked wherever it occurs; a Latin one only
 * as a whole word, ignoring case (a single letter keeps its case, and is left alone inside
 * "C-L-O-U-D").
 */
export function maskNames(text: string, names: readonly string[], blank: string): string {
  let masked = text;
  for (const name of names) {
    if (HAN.test(name)) {
      masked = masked.split(name).join(blank);
      continue;
    }
    const single = [...name].length === 1;
    const edge = single ? '[\\p{L}\\p{N}-]' : '[\\p{L}\\p{N}]';
    const pattern = new RegExp(`(?<!${edge})${escapeRegExp(name)}(?!${edge})`, single ? 'gu' : 'giu');
    masked = masked.replace(pattern, blank);
  }
  return masked;
}

/** A term's definition with its own names blanked out, for use as a question or an option. */
export function maskedDefinition(term: Term): Localized {
  const names = namesToMask(term);
  return { zh: maskNames(term.definition.zh, names, BLANK.zh), en: maskNames(term.definition.en, names, BLANK.en) };
}
