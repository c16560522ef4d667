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
  for (const name of names) masked = HAN.test(name) ? masked.split(name).join(blank) : blankWholeWords(masked, name, blank);
  return masked;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER_DIGIT_OR_HYPHEN = /[\p{L}\p{N}-]/u;

// The word edges are tested on the characters either side of each match, not with look-arounds
// in the pattern: a case-insensitive Unicode pattern with letter classes takes about 2 ms to
// compile, and a quiz compiles one per name it masks; a plain literal pattern takes microseconds.
function blankWholeWords(text: string, name: string, blank: string): string {
  const single = [...name].length === 1;
  const edge = single ? LETTER_DIGIT_OR_HYPHEN : LETTER_OR_DIGIT;
  const pattern = new RegExp(escapeRegExp(name), single ? 'gu' : 'giu');
  return text.replace(pattern, (match: string, offset: number) => {
    // Two UTF-16 units either side hold the whole neighbouring character, even outside the BMP.
    const before = [...text.slice(Math.max(0, offset - 2), offset)].at(-1) ?? '';
    const after = [...text.slice(offset + match.length, offset + match.length + 2)][0] ?? '';
    return edge.test(before) || edge.test(after) ? match : blank;
  });
}

// Terms are immutable content: each definition is masked once.
const masked = new WeakMap<Term, Localized>();

/** A term's definition with its own names blanked out, for use as a question or an option. */
export function maskedDefinition(term: Term): Localized {
  let definition = masked.get(term);
  if (!definition) {
    const names = namesToMask(term);
    definition = { zh: maskNames(term.definition.zh, names, BLANK.zh), en: maskNames(term.definition.en, names, BLANK.en) };
    masked.set(term, definition);
  }
  return definition;
}
