import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/render';
import type { QuizAttempt } from '../../domain/quiz-history';
import { storage, STORAGE_KEYS } from '../../lib/storage';
import { useAppStore } from '../../stores/app-store';

const NOW = Date.UTC(2026, 10, 22, 9);
const MINUTE = 60_000;

/** Five true-or-false questions whose answer is "true": pressing 1 gets each one right. */
const TRUE_QUESTIONS = [
  'q-cloud-basics-cloud-o-online',
  'q-cloud-basics-post-paas-saas-mode',
  'q-cloud-basics-baidu-open-cloud-iaas',
  'q-cloud-basics-nist-service-model-count',
  'q-cloud-basics-public-cloud-provider-premises',
];
const QUIZ_URL = '/quiz/mixed?seed=test&retry=fixture';

/** Opens a quiz of exactly these questions ("retry the wrong ones" of an attempt that missed them all). */
function openQuiz(url = QUIZ_URL) {
  const fixture: QuizAttempt = {
    id: 'fixture',
    quizId: 'mixed',
    seed: 'test',
    startedAt: NOW - MINUTE,
    finishedAt: NOW,
    answers: TRUE_QUESTIONS.map((questionId) => ({ questionId, topic: 'basics', termIds: ['cloud-computing'], correct: false })),
  };
  return renderApp(url, { quiz: { attempts: [fixture], missed: {} } });
}

/** Answers questions `from`…`to` (1-based) with "true", by keyboard: 1, Enter to check, Enter to go on. */
async function answerTrue(user: ReturnType<typeof openQuiz>['user'], from: number, to: number, total = TRUE_QUESTIONS.length) {
  for (let i = from; i <= to; i++) {
    await screen.findByRole('heading', { name: `Question ${i} of ${total}` });
    await user.keyboard('1');
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: /Correct|Not quite/ });
    await user.keyboard('{Enter}');
  }
}

afterEach(() => {
  cleanup(); // unmounting saves the quiz in progress…
  storage.remove(STORAGE_KEYS.quizInProgress); // …which the next test must not find
  vi.useRealTimers();
});

describe('a quiz left in the middle', () => {
  it('picks up at the next question with a notice, and counts the earlier answers in the results', async () => {
    const first = openQuiz();
    await answerTrue(first.user, 1, 3);
    await screen.findByRole('heading', { name: 'Question 4 of 5' });
    first.unmount(); // the tab is closed

    const { user } = openQuiz();
    expect(await screen.findByRole('heading', { name: 'Question 4 of 5' })).toBeInTheDocument();
    expect(screen.getByText('Resumed where you left off — question 4 of 5.')).toHaveAttribute('role', 'status');
    expect(within(screen.getByRole('group', { name: /True or false/ })).getByRole('radio', { name: /True/ })).not.toBeChecked();

    await answerTrue(user, 4, 5);
    expect(await screen.findByText('Quiz finished: 5 of 5 correct.')).toBeInTheDocument();
    expect(screen.queryByText(/Resumed where you left off/)).toBeNull();
    expect(useAppStore.getState().quiz.attempts.at(-1)?.answers.every((a) => a.correct)).toBe(true);
    // Finished: the next visit to the same URL is a fresh start.
    cleanup();
    openQuiz();
    expect(await screen.findByRole('heading', { name: 'Question 1 of 5' })).toBeInTheDocument();
    expect(screen.queryByText(/Resumed where you left off/)).toBeNull();
  });

  it('shows the results of a quiz left with only "See results" to press', async () => {
    const first = openQuiz();
    await answerTrue(first.user, 1, 4);
    await screen.findByRole('heading', { name: 'Question 5 of 5' });
    await first.user.keyboard('1');
    await first.user.keyboard('{Enter}');
    await screen.findByRole('button', { name: 'See results' });
    first.unmount();

    openQuiz();
    expect(await screen.findByText('Quiz finished: 5 of 5 correct.')).toBeInTheDocument();
    expect(useAppStore.getState().quiz.attempts).toHaveLength(2); // the fixture, and this one, once
  });

  it('keeps an answer chosen but not yet checked', async () => {
    const first = openQuiz();
    await answerTrue(first.user, 1, 1);
    await screen.findByRole('heading', { name: 'Question 2 of 5' });
    await first.user.keyboard('2');
    first.unmount();

    openQuiz();
    const group = await screen.findByRole('group', { name: /True or false/ });
    expect(within(group).getByRole('radio', { name: /False/ })).toBeChecked();
  });

  it('"Start over" begins again at question 1 and forgets the answers', async () => {
    const first = openQuiz();
    await answerTrue(first.user, 1, 2);
    await screen.findByRole('heading', { name: 'Question 3 of 5' });
    first.unmount();

    const { user, unmount } = openQuiz();
    await screen.findByText('Resumed where you left off — question 3 of 5.');
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    const heading = await screen.findByRole('heading', { name: 'Question 1 of 5' });
    expect(heading).toHaveFocus();
    expect(screen.queryByText(/Resumed where you left off/)).toBeNull();
    expect(within(screen.getByRole('group', { name: /True or false/ })).getByRole('radio', { name: /True/ })).not.toBeChecked();
    unmount();

    openQuiz();
    expect(await screen.findByRole('heading', { name: 'Question 1 of 5' })).toBeInTheDocument();
    expect(screen.queryByText(/Resumed where you left off/)).toBeNull();
  });

  it('starts afresh, without a word of complaint, from a saved quiz it cannot read', async () => {
    storage.write(STORAGE_KEYS.quizInProgress, JSON.stringify({ version: 1, url: QUIZ_URL, index: 3, responses: 'lots' }));
    openQuiz();
    expect(await screen.findByRole('heading', { name: 'Question 1 of 5' })).toBeInTheDocument();
    expect(screen.queryByText(/Resumed where you left off/)).toBeNull();
  });
});

describe('a quiz in progress elsewhere', () => {
  it('is offered on the list of quizzes, and named on another quiz that would replace it', async () => {
    const first = openQuiz();
    await answerTrue(first.user, 1, 1);
    await screen.findByRole('heading', { name: 'Question 2 of 5' });
    first.unmount();

    const list = openQuiz('/quiz');
    const card = await screen.findByRole('region', { name: 'Quiz in progress' });
    expect(within(card).getByText('Mixed: the ones you missed — question 2 of 5.')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Continue Mixed: the ones you missed' })).toHaveAttribute('href', QUIZ_URL);
    list.unmount();

    const other = openQuiz('/quiz/exam?seed=other&n=3');
    const start = await screen.findByRole('button', { name: 'Start the exam' });
    expect(screen.getByText(/^“Mixed: the ones you missed” is still in progress \(question 2 of 5\)\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go back to it' })).toHaveAttribute('href', QUIZ_URL);

    // Starting the other quiz abandons the first: one quiz is in progress at a time.
    await other.user.click(start);
    expect(screen.queryByRole('link', { name: 'Go back to it' })).toBeNull();
    other.unmount();
    openQuiz();
    expect(await screen.findByRole('heading', { name: 'Question 1 of 5' })).toBeInTheDocument();
    expect(screen.queryByText(/Resumed where you left off/)).toBeNull();
  });
});

describe('a timed exam left in the middle', () => {
  const EXAM = '/quiz/exam?seed=away&n=3&minutes=5';

  async function startAndAnswerOne() {
    const { user, unmount } = renderApp(EXAM);
    await user.click(await screen.findByRole('button', { name: 'Start the exam' }));
    await user.keyboard('1');
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Question 2 of 3' });
    unmount();
  }

  it('keeps counting while the tab is closed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    await startAndAnswerOne();

    vi.setSystemTime(NOW + 2 * MINUTE);
    renderApp(EXAM);
    expect(await screen.findByRole('heading', { name: 'Question 2 of 3' })).toBeInTheDocument();
    expect(screen.getByText('Resumed where you left off — question 2 of 3.')).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('3:00 left');
    expect(screen.getByText('2 questions are unanswered.')).toBeInTheDocument();
  });

  it('is handed in on return when its time ran out while away, with the answers given', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    await startAndAnswerOne();

    vi.setSystemTime(NOW + 60 * MINUTE);
    renderApp(EXAM);
    expect(await screen.findByText('The time ran out while you were away: the exam was handed in with the answers you had given.')).toBeInTheDocument();
    expect(screen.getByText(/^Quiz finished: \d of 3 correct\.$/)).toBeInTheDocument();
    // The two questions left blank are "not answered"; the first one was answered.
    const review = screen.getByRole('region', { name: 'Your mistakes' });
    expect(within(review).getAllByText(/Not answered/)).toHaveLength(2);
    const attempt = useAppStore.getState().quiz.attempts.at(-1);
    expect(attempt && attempt.finishedAt - attempt.startedAt).toBe(5 * MINUTE);
    expect(storage.read(STORAGE_KEYS.quizInProgress)).toBeNull();
  });
});
