/**
 * Checks on the question bank that need the grading rules, so they live beside them rather than
 * in the schema: what `npm run check:data` adds to `checkContent`.
 *
 * - A typed question accepts its canonical answers (the first in each language) and every name
 *   of the term its answer names, unless its prompt names that term (then it asks for one form).
 * - The choices of a number question are mutually exclusive: no "more than US$286 million"
 *   beside a right "more than US$1 billion".
 * - A multiple-select prompt says how many to choose, and the number is right.
 */
import { readQuantity } from './answer-matching';
import type { Problem, Question, Term } from './content';
import { confusableNames, gradeAnswer, type QuizQuestion } from './quiz';

export type LocatedQuestion = { file: string; index: number; question: Question };

// ---------------------------------------------------------------------------------------------
// Typed answers that must be accepted

export function checkTypedAcceptance(located: LocatedQuestion, terms: readonly Term[], termById: ReadonlyMap<string, Term>, confusables = confusableNames(terms)): Problem[] {
  const { file, index, question } = located;
  if (question.kind !== 'typed') return [];
  const problems: Problem[] = [];
  const asked: QuizQuestion = { ...question, origin: 'bank' };
  const right = (text: string) => gradeAnswer(asked, { kind: 'typed', text }, { termById, confusables }).correct;
  for (const language of ['en', 'zh'] as const) {
    const canonical = question.answers[language][0];
    if (canonical !== undefined && !right(canonical)) {
      problems.push({ file, path: `$[${index}].answers.${language}[0]`, message: `canonical answer "${canonical}" is not accepted` });
    }
  }
  const answers = new Set([...question.answers.en, ...question.answers.zh]);
  const prompt = `${question.prompt.en} ${question.prompt.zh}`.toLowerCase();
  for (const termId of question.terms) {
    const term = termById.get(termId);
    if (!term) continue;
    const names = [term.term.en, term.term.zh, ...term.aliases];
    if (!names.some((name) => answers.has(name))) continue;
    if (names.some((name) => name.length >= 2 && prompt.includes(name.toLowerCase()))) continue;
    for (const name of names) {
      if ([...name].length >= 2 && !right(name)) problems.push({ file, path: `$[${index}].answers`, message: `"${name}", a name of the answer's term "${term.id}", is not accepted` });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Number choices that must not overlap

/** A choice read as a range of numbers: "more than US$1 billion" is (10⁹, ∞). Null when it is not a number. */
export type NumberRange = { low: number; high: number; lowOpen: boolean; highOpen: boolean };

const ABOVE = /^(?:more than|over|above|exceeding|greater than|超过|多于|高于|大于)\s*/i;
const AT_LEAST = /^(?:at least|no less than|不少于|至少)\s*/i;
const BELOW = /^(?:less than|under|below|fewer than|不到|少于|低于|小于)\s*/i;
const AT_MOST = /^(?:at most|no more than|up to|不超过|至多|最多)\s*/i;

export function readNumberRange(text: string): NumberRange | null {
  const value = text.trim().replace(/[.。]$/, '');
  for (const [pattern, make] of [
    [ABOVE, (v: number) => ({ low: v, high: Infinity, lowOpen: true, highOpen: true })],
    [AT_LEAST, (v: number) => ({ low: v, high: Infinity, lowOpen: false, highOpen: true })],
    [BELOW, (v: number) => ({ low: -Infinity, high: v, lowOpen: true, highOpen: true })],
    [AT_MOST, (v: number) => ({ low: -Infinity, high: v, lowOpen: true, highOpen: false })],
  ] as const) {
    if (!pattern.test(value)) continue;
    const quantity = readQuantity(value.replace(pattern, ''));
    return quantity && quantity.low === quantity.high ? make(quantity.low) : null;
  }
  const quantity = readQuantity(value);
  return quantity ? { low: quantity.low, high: quantity.high, lowOpen: false, highOpen: false } : null;
}

/** Whether two ranges share a number. */
export function rangesOverlap(a: NumberRange, b: NumberRange): boolean {
  const low = Math.max(a.low, b.low);
  const high = Math.min(a.high, b.high);
  if (low < high) return true;
  if (low > high) return false;
  const lowOpen = (a.low === low && a.lowOpen) || (b.low === low && b.lowOpen);
  const highOpen = (a.high === high && a.highOpen) || (b.high === high && b.highOpen);
  return !lowOpen && !highOpen;
}

export function checkNumericChoices({ file, index, question }: LocatedQuestion): Problem[] {
  if (question.kind !== 'single' && question.kind !== 'multiple') return [];
  const problems: Problem[] = [];
  for (const language of ['en', 'zh'] as const) {
    const ranges = question.choices.map((choice) => ({ choice, range: readNumberRange(choice.text[language]), currency: readQuantity(choice.text[language].replace(/^\D*?(?=[\d$¥一二三四五六七八九十])/, ''))?.currency ?? null }));
    const numeric = ranges.filter((entry): entry is (typeof entry) & { range: NumberRange } => entry.range !== null);
    if (numeric.length < 2) continue;
    numeric.forEach((a, i) => {
      for (const b of numeric.slice(i + 1)) {
        const sameUnit = a.currency === null || b.currency === null || a.currency === b.currency;
        if (sameUnit && rangesOverlap(a.range, b.range)) {
          problems.push({
            file,
            path: `$[${index}].choices`,
            message: `choices "${a.choice.text[language]}" and "${b.choice.text[language]}" overlap: a number question's choices must exclude each other`,
          });
        }
      }
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Multiple-select prompts that say how many

const EN_COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
const ZH_COUNTS: Readonly<Record<string, number>> = { 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

export function checkMultiplePrompt({ file, index, question }: LocatedQuestion): Problem[] {
  if (question.kind !== 'multiple') return [];
  const count = question.answers.length;
  const problems: Problem[] = [];
  const en = /\bchoose (\d|two|three|four|five|six)\b/i.exec(question.prompt.en)?.[1]?.toLowerCase();
  const zh = /选\s*出?\s*([2-6二两三四五六])\s*[项个]/.exec(question.prompt.zh)?.[1];
  const enCount = en === undefined ? undefined : (EN_COUNTS[en] ?? Number(en));
  const zhCount = zh === undefined ? undefined : (ZH_COUNTS[zh] ?? Number(zh));
  if (enCount !== count) problems.push({ file, path: `$[${index}].prompt.en`, message: `must say how many to choose: "(Choose ${count}.)"` });
  if (zhCount !== count) problems.push({ file, path: `$[${index}].prompt.zh`, message: `must say how many to choose: "（选 ${count} 项）"` });
  return problems;
}

/** Every grading check over a bank. */
export function checkGrading(questions: readonly LocatedQuestion[], terms: readonly Term[]): Problem[] {
  const termById = new Map(terms.map((term) => [term.id, term]));
  const confusables = confusableNames(terms);
  return questions.flatMap((located) => [
    ...checkTypedAcceptance(located, terms, termById, confusables),
    ...checkNumericChoices(located),
    ...checkMultiplePrompt(located),
  ]);
}
