import { useState } from 'react';
import { Link } from 'react-router-dom';
import { savedQuizSummary } from '../../domain/quiz-progress';
import { useContent } from '../../lib/content';
import { useLanguage, useMessages } from '../../lib/i18n';
import { quizMessages } from './messages';
import { quizNameOfUrl } from './quiz-name';
import { readSavedQuiz } from './use-saved-quiz';

type Summary = NonNullable<ReturnType<typeof savedQuizSummary>>;

/** On the list of quizzes: the quiz in progress, one step away. */
export function ContinueQuiz() {
  const m = useMessages(quizMessages);
  const language = useLanguage();
  const content = useContent();
  const [summary] = useState(() => savedQuizSummary(readSavedQuiz()));
  const name = summary ? quizNameOfUrl(summary.url, content, m, language) : null;
  if (!summary || name === null) return null;
  return (
    <section className="card quiz-continue" aria-labelledby="quiz-continue">
      <h2 id="quiz-continue">{m.continueHeading}</h2>
      <p>{m.continueWhere(name, summary.question, summary.total)}</p>
      <Link className="button" to={summary.url} aria-label={m.continueNamed(name)}>
        {m.continueQuiz}
      </Link>
    </section>
  );
}

/** On another quiz: the one in progress would be replaced by answering here. */
export function OtherQuizNote({ summary }: { summary: Summary }) {
  const m = useMessages(quizMessages);
  const language = useLanguage();
  const content = useContent();
  const name = quizNameOfUrl(summary.url, content, m, language);
  if (name === null) return null;
  return (
    <div className="notice quiz-other">
      <p>{m.otherInProgress(name, summary.question, summary.total)}</p>
      <Link className="button small secondary" to={summary.url}>
        {m.backToOther}
      </Link>
    </div>
  );
}
