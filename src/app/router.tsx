import { lazy, useEffect, useState, type ComponentType } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { RouteBoundary } from '../components/route-boundary';
import { RouteError } from '../components/route-error';
import { takeEarlyActions } from '../lib/app-loader';
import { Layout } from './layout';

/*
 * Every screen is its own lazy chunk behind its own error boundary, so a first visit downloads
 * only the shell and Today. We use React Router's declarative mode rather than its data router:
 * measured here, the data router is 32 KB gzipped against 15 KB, and with React's 69 KB it alone
 * would spend the whole 100 KB first-page budget before a line of our code.
 */
export function screen(load: () => Promise<{ Component: ComponentType }>) {
  const make = () => lazy(() => load().then((module) => ({ default: live(module.Component) })));
  // React keeps a lazy component's failed import for good: "Try again" needs a new one.
  let Screen = make();
  return function GuardedScreen() {
    const { pathname } = useLocation();
    const [, setAttempt] = useState(0);
    const retryWith = (retry: () => void) => () => {
      Screen = make();
      setAttempt((n) => n + 1);
      retry();
    };
    return (
      <RouteBoundary resetKey={pathname} fallback={(retry) => <RouteError retry={retryWith(retry)} />}>
        <Screen />
      </RouteBoundary>
    );
  };
}

/** Whether no screen has been drawn yet: the first hydrates the prerendered page, if there is one. */
let firstScreen = true;

/**
 * A screen that, when it hydrated the prerendered page, then replays what the learner did to its
 * controls before it was live (src/lib/early-input.ts): its own effects have run by then. Read
 * once, in an effect, so the screen renders exactly as often as it did without.
 */
function live(Screen: ComponentType): ComponentType {
  return function LiveScreen() {
    useEffect(() => {
      if (!firstScreen) return;
      firstScreen = false;
      // Only a hydrated page has anything to replay (main.tsx drops it before the app draws a
      // screen of its own), and then it is replayed by a module of its own. Until that has come
      // the loader goes on keeping what the learner does, so that a key pressed meanwhile ("/"
      // then a word, as the page goes live) is replayed in its turn, neither lost nor heard twice.
      const early = window.cloudcardsEarly;
      if (!early || (!early.typed && early.actions.length === 0)) return void takeEarlyActions();
      void import('../lib/early-input').then(
        ({ replayEarlyOnceReached }) => replayEarlyOnceReached(takeEarlyActions),
        () => takeEarlyActions(),
      );
    }, []);
    return <Screen />;
  };
}

const Home = screen(() => import('../routes/home'));
const Glossary = screen(() => import('../routes/glossary'));
const Term = screen(() => import('../routes/term'));
const Vendors = screen(() => import('../routes/vendors'));
const Study = screen(() => import('../routes/study'));
const Deck = screen(() => import('../routes/deck'));
/**
 * Quizzes also need the question bank: start fetching it with the screen's code, not after it.
 * Only a head start: a failure is ignored here and met (and retried) by the screen itself.
 */
const withQuestions = <T,>(screenModule: Promise<T>) => {
  void import('../lib/content').then(({ loadContent }) => loadContent()).catch(() => undefined);
  return screenModule;
};
const Quizzes = screen(() => withQuestions(import('../routes/quizzes')));
const Quiz = screen(() => withQuestions(import('../routes/quiz')));
const Progress = screen(() => import('../routes/progress'));
const Settings = screen(() => import('../routes/settings'));
const NotFound = screen(() => import('../routes/not-found'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Home />} />
        <Route path="glossary" element={<Glossary />} />
        <Route path="glossary/:termId" element={<Term />} />
        <Route path="vendors" element={<Vendors />} />
        <Route path="study" element={<Study />} />
        <Route path="study/:deckId" element={<Deck />} />
        <Route path="quiz" element={<Quizzes />} />
        <Route path="quiz/:quizId" element={<Quiz />} />
        <Route path="progress" element={<Progress />} />
        <Route path="settings" element={<Settings />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
