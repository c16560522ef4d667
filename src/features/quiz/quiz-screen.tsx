import { useEffect, useMemo } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { Page } from '../../components/page';
import { buildQuiz, contentOfTrack, type QuizRouteProblem } from '../../domain/quiz';
import { isValidSeed } from '../../domain/random';
import { useContent } from '../../lib/content';
import { useLanguage, useMessages } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { useAppStore } from '../../stores/app-store';
import { newSeed } from './format';
import { quizMessages } from './messages';
import { quizName, routeOfUrl } from './quiz-name';
import { QuizRunner } from './quiz-runner';
import { ShareQuiz } from './share-quiz';

/** `/quiz/:quizId?seed&n&minutes&term&retry&track`: one quiz, the same for the same URL. */
export function QuizScreen() {
  const { quizId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { key } = useLocation();
  const seed = params.get('seed');
  const validSeed = seed !== null && isValidSeed(seed);

  // A quiz without a (usable) seed gets one, replacing the URL so Back still leaves the quiz.
  useEffect(() => {
    if (validSeed) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('seed', newSeed());
        return next;
      },
      { replace: true },
    );
  }, [validSeed, setParams]);

  if (!validSeed) return null;
  // Every navigation mounts the quiz afresh, even to the same URL ("Retake this quiz"); a quiz
  // left in progress at this URL is picked up where it was (see QuizRunner).
  return <SeededQuiz key={key} quizId={quizId} seed={seed} params={params} />;
}

function problemText(problem: QuizRouteProblem, m: (typeof quizMessages)['en']): string {
  if (problem.problem === 'unknown-term') return m.unknownTerm(problem.detail);
  if (problem.problem === 'bad-number') return m.badNumber(problem.detail);
  if (problem.problem === 'unknown-track') return m.unknownTrack(problem.detail);
  return m.unknownQuiz(problem.detail);
}

function SeededQuiz({ quizId, seed, params }: { quizId: string; seed: string; params: URLSearchParams }) {
  const m = useMessages(quizMessages);
  const language = useLanguage();
  const content = useContent();

  const route = useMemo(() => routeOfUrl(quizId, params, content), [quizId, params, content]);

  // The quiz is built once per URL from the history as it was when the quiz began, so that
  // finishing it (which adds to the history) does not change the questions under the learner.
  const built = useMemo(() => {
    if ('problem' in route) return null;
    const history = useAppStore.getState().quiz;
    const retryOf = route.retry ? history.attempts.find((attempt) => attempt.id === route.retry) : undefined;
    const historyId = retryOf ? `${route.historyId}:retry` : route.historyId;
    // A quiz on a track draws only from the track's topics: its bank, its terms, its exam weights.
    const drawn = contentOfTrack(content, content.topics, route.track);
    return { quiz: buildQuiz({ ...route, historyId }, seed, drawn, history, retryOf), retryGone: route.retry !== null && !retryOf };
  }, [route, seed, content]);

  if ('problem' in route || !built) {
    return (
      <Page title={m.notFoundTitle}>
        <p>{'problem' in route ? problemText(route, m) : null}</p>
        <Link className="button" to={paths.quizzes()}>
          {m.allQuizzes}
        </Link>
      </Page>
    );
  }

  const { quiz, retryGone } = built;
  const name = quizName(route, content, m, language);
  const title = route.retry && !retryGone ? m.retryTitle(name) : name;
  const base = {
    term: params.get('term') ?? undefined,
    n: params.get('n') ? Number(params.get('n')) : undefined,
    minutes: params.get('minutes') ? Number(params.get('minutes')) : undefined,
    track: route.track,
  };
  const links = {
    retake: paths.quiz(quizId, { ...base, seed, retry: route.retry ?? undefined }),
    fresh: paths.quiz(quizId, { ...base, seed: newSeed() }),
    retry: (attemptId: string) => paths.quiz(quizId, { ...base, seed: newSeed(), retry: attemptId }),
  };
  // The quiz's own URL, written the same way however it was opened: it names the quiz in progress.
  const url = links.retake;

  return (
    <Page title={title}>
      {retryGone ? <p className="notice">{m.retryGone}</p> : null}
      {quiz.items.length === 0 ? (
        <div className="card quiz-empty">
          <p>{quiz.spec.kind === 'weak' ? m.emptyWeak : m.emptyQuiz}</p>
          <Link className="button" to={paths.quizzes()}>
            {m.allQuizzes}
          </Link>
        </div>
      ) : (
        <>
          <QuizRunner quiz={quiz} links={links} url={url} />
          <ShareQuiz seed={seed} title={title} />
        </>
      )}
    </Page>
  );
}
