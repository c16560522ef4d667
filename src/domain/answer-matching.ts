/**
 * Typed answers: does what the learner typed match one of the accepted answers?
 *
 * Accepted in either language and as any alias, ignoring case, character width (full-width
 * ＩａａＳ is IaaS), punctuation and spacing, and a leading English article. A typo is forgiven
 * only in answers written in Latin letters without digits: one in short answers, two in long
 * ones, none in very short ones (IaaS and PaaS differ by one letter and are different things).
 * A number is never "almost right", and neither is a Chinese character. A typo is not forgiven
 * when what was typed is as close to another term of the glossary (a "confusable") as to the
 * answer.
 */

export type TypedMatch =
  | { correct: true; forgiven: false; matched: string }
  /** Right but misspelled: `matched` is the exact spelling to show. */
  | { correct: true; forgiven: true; matched: string; typos: number }
  /** `confusedWith` is set when the input is (nearly) another term's name. */
  | { correct: false; reason: 'empty' | 'wrong'; confusedWith?: string };

/** Letters (without spaces) below which no typo is forgiven, and from which two are. */
export const TYPO_LIMITS = { minLettersForOne: 5, minLettersForTwo: 12 } as const;

const DASHES = /[\u2010-\u2015\u2212\u30fc\ufe58\ufe63]/g;
const ARTICLE = /^(?:the|an|a)\s+/;

/**
 * The comparable form of an answer: NFKC (width), lower case, punctuation dropped except where
 * it carries meaning in a number (6.6, 700-800, 35%, 1,000 → 1000), a leading article dropped,
 * and no spaces at all.
 */
export function normalizeAnswer(text: string): string {
  let value = text.normalize('NFKC').toLowerCase().replace(DASHES, '-');
  value = value.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  value = value.replace(/\p{P}/gu, (mark, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + 1] ?? '';
    if (mark === '%') return '%';
    if ((mark === '.' || mark === '-') && /\d/.test(before) && /\d/.test(after)) return mark;
    return ' ';
  });
  value = value.replace(/\s+/g, ' ').trim().replace(ARTICLE, '');
  return value.replace(/\s+/g, '');
}

/** How many typos an accepted answer forgives, from its normalized form. */
export function typoAllowance(normalized: string): number {
  if (!/^[a-z]+$/.test(normalized)) return 0; // digits, CJK or symbols: exact only
  if (normalized.length >= TYPO_LIMITS.minLettersForTwo) return 2;
  if (normalized.length >= TYPO_LIMITS.minLettersForOne) return 1;
  return 0;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), so "hybird" is one
 * typo from "hybrid". Stops early and returns `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const current = new Array<number>(cols).fill(0);
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (prevPrev[j - 2] ?? 0) + 1);
      current[j] = best;
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = current;
  }
  return prev[cols - 1] ?? 0;
}

/**
 * Matches a typed answer against every accepted spelling (both languages and aliases).
 * `confusables` are other terms' names: typing one of them is a mistake, never a typo.
 */
export function matchTypedAnswer(
  input: string,
  accepted: readonly string[],
  { confusables = [] }: { confusables?: readonly string[] } = {},
): TypedMatch {
  const typed = normalizeAnswer(input);
  if (typed === '') return { correct: false, reason: 'empty' };
  const answers = accepted.map((text) => ({ text, key: normalizeAnswer(text) })).filter((answer) => answer.key !== '');
  const exact = answers.find((answer) => answer.key === typed);
  if (exact) return { correct: true, forgiven: false, matched: exact.text };

  const acceptedKeys = new Set(answers.map((answer) => answer.key));
  const others = confusables
    .map((text) => ({ text, key: normalizeAnswer(text) }))
    .filter((other) => other.key !== '' && !acceptedKeys.has(other.key));
  const sameAsOther = others.find((other) => other.key === typed);
  if (sameAsOther) return { correct: false, reason: 'wrong', confusedWith: sameAsOther.text };

  let best: { text: string; typos: number } | undefined;
  if (/^[a-z]+$/.test(typed)) {
    for (const answer of answers) {
      const allowance = typoAllowance(answer.key);
      if (allowance === 0) continue;
      const typos = editDistance(typed, answer.key, allowance);
      if (typos <= allowance && (!best || typos < best.typos)) best = { text: answer.text, typos };
    }
  }
  if (!best) return { correct: false, reason: 'wrong' };
  const typos = best.typos;
  const rival = others.find((other) => editDistance(typed, other.key, typos) <= typos);
  if (rival) return { correct: false, reason: 'wrong', confusedWith: rival.text };
  return { correct: true, forgiven: true, matched: best.text, typos };
}
