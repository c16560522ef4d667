import { trackMessages } from '../../components/track-chooser';
import { parseQuizRoute, type QuizRoute, type QuizRouteProblem } from '../../domain/quiz';
import type { Content } from '../../lib/content';
import { pick, type Language } from '../../lib/i18n';
import { examMessages } from './exam-messages';
import type { quizMessages } from './messages';

type Messages = (typeof quizMessages)['en'];

/** A quiz's name as the learner knows it: the topic, "Mixed", "Quiz: Hybrid cloud"…, and its track: "Mixed · Readings". */
export function quizName(route: Pick<QuizRoute, 'spec' | 'track'>, content: Content, m: Messages, language: Language): string {
  const name = baseName(route.spec, content, m, language);
  return route.track === null ? name : m.onTrack(name, trackMessages[language].name(route.track));
}

function baseName(spec: QuizRoute['spec'], content: Content, m: Messages, language: Language): string {
  switch (spec.kind) {
    case 'topic': {
      const topic = content.topicById.get(spec.topic);
      return topic ? pick(topic.name, language) : spec.topic;
    }
    case 'mixed':
      return m.mixed;
    case 'numbers':
      return m.numbers;
    case 'scenarios':
      return m.scenarios;
    case 'exam':
      return spec.preset ? examMessages[language].presetName(spec.preset) : m.exam;
    case 'weak':
      return m.weak;
    case 'term': {
      const term = content.termById.get(spec.termId);
      return m.termQuiz(term ? pick(term.term, language) : spec.termId);
    }
  }
}

/** A quiz's route from its URL (`/quiz/:quizId?seed&n&minutes&term&retry&track`), checked against the content. */
export function routeOfUrl(quizId: string, params: URLSearchParams, content: Content): QuizRoute | QuizRouteProblem {
  return parseQuizRoute(
    quizId,
    { n: params.get('n'), minutes: params.get('minutes'), term: params.get('term'), retry: params.get('retry'), track: params.get('track') },
    { topics: content.topics.map((topic) => topic.id), termIds: new Set(content.termById.keys()) },
  );
}

/** The name of the quiz at a URL (`/quiz/mixed?seed=…`), or null when the URL is not a quiz. */
export function quizNameOfUrl(url: string, content: Content, m: Messages, language: Language): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://quiz.invalid');
  } catch {
    return null;
  }
  const match = /^\/quiz\/([^/]+)$/.exec(parsed.pathname);
  if (!match?.[1]) return null;
  let quizId: string;
  try {
    quizId = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  const route = routeOfUrl(quizId, parsed.searchParams, content);
  if ('problem' in route) return null;
  const name = quizName(route, content, m, language);
  return route.retry ? m.retryTitle(name) : name;
}
