/**
 * Typed recall: the learner types a term's name (in English, or in Chinese as characters or as
 * pinyin), graded by the quiz's typed-answer matching (answer-matching.ts), which then suggests
 * a grade that the learner confirms or overrides: right → Good, right but for a typo → Hard,
 * wrong or blank → Again.
 */
import { matchTypedAnswer, type TypedMatch } from './answer-matching';
import { sortLetters } from './alphabetical';
import type { Grade } from './cards';

type Named = { term: { zh: string; en: string }; aliases: readonly string[]; pinyin?: string | undefined };
export type RecallLanguage = 'zh' | 'en';

const HAN = /\p{Script=Han}/u;

/** Names in a language: an alias with a Chinese character is Chinese, any other is English. */
function namesIn(term: Named, language: RecallLanguage): string[] {
  return [term.term[language], ...term.aliases.filter((alias) => HAN.test(alias) === (language === 'zh'))];
}

/**
 * What counts as the name, typed in `language`. In Chinese, also the pinyin, with or without
 * tone marks, ü typed as v or u, as a pinyin keyboard takes it.
 */
export function recallAnswers(term: Named, language: RecallLanguage): string[] {
  const names = namesIn(term, language);
  if (language === 'zh' && term.pinyin) {
    const toneless = sortLetters(term.pinyin); // ü → v
    names.push(term.pinyin, toneless, toneless.replaceAll('v', 'u'));
  }
  return [...new Set(names)];
}

/** Other terms' names in a language: typing one is a mistake, and is named as such. */
export function recallConfusables(terms: readonly Named[], language: RecallLanguage): string[] {
  return terms.flatMap((term) => namesIn(term, language));
}

export type TypedRecall = {
  match: TypedMatch;
  /** The grade to confirm (or override). */
  suggested: Grade;
};

export function gradeTypedRecall(term: Named, language: RecallLanguage, input: string, confusables: readonly string[]): TypedRecall {
  const own = new Set(recallAnswers(term, language));
  const match = matchTypedAnswer(input, [...own], {
    confusables: confusables.filter((name) => !own.has(name)),
    equivalents: [term.term.en, term.term.zh, ...term.aliases],
  });
  return { match, suggested: !match.correct ? 1 : match.forgiven ? 2 : 3 };
}
