import type { Ref } from 'react';
import type { Quiz } from '../../domain/quiz';
import { useContent } from '../../lib/content';
import { pick, useLanguage, useMessages } from '../../lib/i18n';
import { examMessages } from './exam-messages';
import { quizMessages } from './messages';

/**
 * An exam's front page: its size, time and pass mark, how many questions each topic gives it
 * (counted from the exam itself, so what is shown is what is asked), and the one button that
 * starts the clock.
 */
export function ExamIntro({ quiz, onStart, startRef }: { quiz: Quiz; onStart: () => void; startRef: Ref<HTMLButtonElement> }) {
  const m = useMessages(examMessages);
  const q = useMessages(quizMessages);
  const language = useLanguage();
  const { topics } = useContent();
  const total = quiz.items.length;
  const counts = new Map<string, number>();
  for (const item of quiz.items) counts.set(item.question.topic, (counts.get(item.question.topic) ?? 0) + 1);
  const rows = topics.filter((topic) => counts.has(topic.id)).map((topic) => ({ topic, count: counts.get(topic.id)! }));
  return (
    <section className="quiz-intro card" aria-labelledby="exam-intro-heading">
      <h2 id="exam-intro-heading" className="visually-hidden">
        {q.exam}
      </h2>
      <p className="exam-intro-summary">{m.introSummary(total, quiz.minutes, quiz.passMark ?? 0)}</p>
      <p>{m.introRules}</p>
      <table className="topic-table exam-weights">
        <caption>
          <span className="exam-weights-title">{m.weightsHeading}</span>
          <span className="muted"> {m.weightsCaption}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{q.topicColumn}</th>
            <th scope="col">{m.questionsColumn}</th>
            <th scope="col">{m.shareColumn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ topic, count }) => (
            <tr key={topic.id}>
              <th scope="row">{pick(topic.name, language)}</th>
              <td>{count}</td>
              <td>{Math.round((100 * count) / total)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" ref={startRef} className="button" onClick={onStart}>
        {q.startExam}
      </button>
    </section>
  );
}
