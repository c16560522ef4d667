import { Link } from 'react-router-dom';
import { useMessages } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { progressMessages } from './messages';
import './progress.css';

/** What a learner with no history yet sees: what to do first. */
export function EmptyProgress() {
  const m = useMessages(progressMessages);
  return (
    <section className="card progress-empty progress-wide" aria-labelledby="progress-empty-heading">
      <svg className="progress-empty-art" viewBox="0 0 120 60" aria-hidden="true" focusable="false">
        {Array.from({ length: 21 }, (_, i) => (
          <rect key={i} x={4 + (i % 7) * 16} y={4 + Math.floor(i / 7) * 18} width="12" height="12" rx="3" className={`progress-heat-${[0, 1, 0, 2, 0, 3, 1, 0, 2, 4, 1, 0, 3, 2, 1, 0, 2, 3, 4, 2, 1][i]}`} />
        ))}
      </svg>
      <div>
        <h2 id="progress-empty-heading">{m.emptyHeading}</h2>
        <p>{m.emptyBody}</p>
        <p className="actions">
          <Link className="button" to={paths.study()}>
            {m.startStudying}
          </Link>
          <Link className="button secondary" to={paths.quizzes()}>
            {m.takeQuiz}
          </Link>
        </p>
      </div>
    </section>
  );
}
