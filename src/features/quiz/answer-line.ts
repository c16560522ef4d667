import type { Term } from '../../domain/content';
import { acceptedAnswers, type GradedAnswer, type QuizItem, type QuizResponse } from '../../domain/quiz';
import { pick, type Language } from '../../lib/i18n';
import type { quizMessages } from './messages';

type Messages = (typeof quizMessages)['en'];

/** A question in one line: its prompt, or for a question made from the glossary, the term or definition it shows. */
export function questionLine(item: QuizItem, language: Language): string {
  const { question } = item;
  return question.origin === 'generated' ? pick(question.stem, language) : pick(question.prompt, language);
}

/**
 * A reviewed answer in one line each: what the learner answered (null when it was left blank)
 * and the correct answer. A matching question says how many pairs were right.
 */
export function answerLine(
  item: QuizItem,
  response: QuizResponse,
  graded: GradedAnswer | undefined,
  { m, language, termById }: { m: Messages; language: Language; termById: ReadonlyMap<string, Term> },
): { yours: string | null; correct: string } {
  const { question } = item;
  const list = (texts: readonly string[]) => (texts.length === 0 ? m.nothing : texts.join(language === 'zh' ? '；' : '; '));
  const answered = graded !== undefined;
  switch (question.kind) {
    case 'single': {
      const text = (id: string | null) => {
        const choice = question.choices.find((c) => c.id === id);
        return choice ? pick(choice.text, language) : m.nothing;
      };
      return { yours: answered ? text(response.kind === 'single' ? response.choice : null) : null, correct: text(question.answer) };
    }
    case 'multiple': {
      const texts = (ids: readonly string[]) => question.choices.filter((c) => ids.includes(c.id)).map((c) => pick(c.text, language));
      return { yours: answered ? list(texts(response.kind === 'multiple' ? response.choices : [])) : null, correct: list(texts(question.answers)) };
    }
    case 'true-false': {
      const label = (value: boolean | null) => (value === null ? m.nothing : value ? m.trueLabel : m.falseLabel);
      return { yours: answered ? label(response.kind === 'true-false' ? response.value : null) : null, correct: label(question.answer) };
    }
    case 'matching': {
      const pairs = response.kind === 'matching' ? response.pairs : [];
      const hits = pairs.filter((value, index) => value === index).length;
      return { yours: answered ? m.partly(hits, question.pairs.length) : null, correct: list(question.pairs.map((pair) => `${pick(pair.left, language)} → ${pick(pair.right, language)}`)) };
    }
    case 'typed': {
      const typed = response.kind === 'typed' ? response.text.trim() : '';
      const main = question.answers[language][0] ?? acceptedAnswers(question, termById)[0] ?? '';
      return { yours: answered ? typed || m.nothing : null, correct: main };
    }
  }
}
