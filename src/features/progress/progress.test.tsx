import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/render';
import type { CardState, Grade, Phase, ReviewLogEntry } from '../../domain/cards';
import type { QuizAttempt } from '../../domain/quiz-history';
import { DAY_MS, startOfStudyDay } from '../../domain/study-day';
import { useAppStore } from '../../stores/app-store';
import { reviewCard } from '../../../tests/factories/card-state';

const now = Date.now();
const offset = -new Date(now).getTimezoneOffset();
/** A moment inside the study day `daysAgo` days before today (never in the future). */
const inDay = (daysAgo: number) => {
  const start = startOfStudyDay(now, offset) - daysAgo * DAY_MS;
  return start + Math.floor((Math.min(now, start + DAY_MS) - start) / 2);
};

let serial = 0;
const review = (at: number, grade: Grade = 3, phase: Phase = 'review', cardId = 'iaas:forward'): ReviewLogEntry => ({
  id: `t${serial++}`,
  cardId: cardId as ReviewLogEntry['cardId'],
  grade,
  reviewedAt: at,
  phase,
  durationMs: 3000,
});
const card = (due: number): CardState => reviewCard({ due, stability: 3, scheduledDays: 3, reps: 2, lastReview: now - DAY_MS });

function seed({ log = [] as ReviewLogEntry[], cards = {} as Record<string, CardState>, attempts = [] as QuizAttempt[] }) {
  act(() =>
    useAppStore.setState({
      progress: { cards, log, starred: [] },
      quiz: { attempts, missed: {} },
    }),
  );
}

describe('a new learner', () => {
  it('is told what to do first, and sees no empty charts', async () => {
    renderApp('/progress');
    expect(await screen.findByRole('heading', { level: 2, name: 'Your progress starts with your first card' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start studying' })).toHaveAttribute('href', '/study');
    expect(screen.getByRole('link', { name: 'Take a quiz' })).toHaveAttribute('href', '/quiz');
    const today = screen.getByRole('region', { name: 'Today' });
    expect(within(today).getByText('Reviewed').nextSibling).toHaveTextContent('0');
    expect(screen.queryByRole('region', { name: 'Reviews in the last year' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Coming up' })).not.toBeInTheDocument();
  });

  it('sees every topic still to learn', async () => {
    renderApp('/progress');
    const mastery = await screen.findByRole('region', { name: 'Mastery by topic' });
    // The content is fetched on first use; on a busy machine that can take a moment.
    expect(await within(mastery).findByText('Defining the cloud', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(mastery).getAllByText(/^0 of \d+ cards mature/).length).toBeGreaterThan(3);
    // A topic at 0% must not read as full: the legend names the empty track and what length means.
    const legend = within(mastery).getByRole('list', { name: 'Legend' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Mature', 'Young', 'Learning', 'New (empty track)']);
    expect(within(mastery).getByText(/coloured length is the share/)).toBeInTheDocument();
  });
});

describe('a learner with history', () => {
  const log = [
    review(inDay(0)),
    review(inDay(0), 1),
    review(inDay(1)),
    review(inDay(2), 4),
    review(inDay(5), 3, 'learning'),
    review(inDay(6), 3, 'new'),
    review(inDay(7), 3, 'new'),
    review(inDay(8), 3, 'new'),
  ];
  const cards = { 'iaas:forward': card(startOfStudyDay(now, offset) + DAY_MS + 3_600_000), 'iaas:reverse': card(now - 2 * DAY_MS) };
  const attempts: QuizAttempt[] = [
    {
      id: 'q1',
      quizId: 'basics',
      seed: 's',
      startedAt: inDay(1) - 60_000,
      finishedAt: inDay(1),
      answers: [true, true, true, false].map((correct, i) => ({ questionId: `q${i}`, topic: 'basics', termIds: ['iaas'], correct })),
    },
  ];

  it('sees today, the streak, the calendar, the forecast and true retention', async () => {
    renderApp('/progress');
    seed({ log, cards, attempts });
    const today = await screen.findByRole('region', { name: 'Today' });
    expect(within(today).getByText('Reviewed').nextSibling).toHaveTextContent('2');
    expect(within(today).getByText('Due').nextSibling).toHaveTextContent('1'); // the overdue card

    // In terms: IaaS has both its cards learned, so it is one term known; the cards are the detail.
    const terms = await screen.findByRole('region', { name: 'Terms' });
    expect(within(terms).getByText(/^\d+ terms: 1 known · 0 learning · \d+ new$/)).toBeInTheDocument();
    expect(within(terms).getByText('Known').nextSibling).toHaveTextContent('1');
    expect(terms).toHaveTextContent(/Cards: 2 of \d+ learned/);

    const streak = screen.getByRole('region', { name: 'Streak' });
    expect(within(streak).getByText('Current streak').nextSibling).toHaveTextContent('3 days');
    expect(within(streak).getByText('Longest streak').nextSibling).toHaveTextContent('4 days');
    expect(streak).toHaveTextContent('You have studied today.');

    expect(screen.getByRole('region', { name: 'Reviews in the last year' })).toHaveTextContent('8 reviews on 7 days in the last year.');
    expect(screen.getByRole('region', { name: 'Coming up' })).toHaveTextContent('Tomorrow: 1 card. Next 7 days: 2. Next 30 days: 2.');
    const retention = screen.getByRole('region', { name: 'True retention' });
    expect(retention).toHaveTextContent('75%');
    expect(retention).toHaveTextContent('You remembered 3 of 4 reviews of learned cards');
    expect(screen.getByRole('region', { name: 'Quiz accuracy' })).toHaveTextContent('Overall 75%: 3 of 4 answers right.');
  });

  it('can read every chart as a table', async () => {
    const { user } = renderApp('/progress');
    seed({ log, cards, attempts });
    const calendar = await screen.findByRole('region', { name: 'Reviews in the last year' });
    await user.click(within(calendar).getByText('Show as a table'));
    const table = within(calendar).getByRole('table', { name: 'Reviews in the last year' });
    expect(within(table).getByRole('columnheader', { name: 'Days studied' })).toBeVisible();
    const total = within(table)
      .getAllByRole('row')
      .slice(1)
      .reduce((sum, row) => sum + Number(within(row).getAllByRole('cell')[0]!.textContent), 0);
    expect(total).toBe(8);

    const forecast = screen.getByRole('region', { name: 'Coming up' });
    await user.click(within(forecast).getByText('Show as a table'));
    const rows = within(within(forecast).getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(31);
    expect(rows[1]).toHaveTextContent('Today1');
    expect(rows[2]).toHaveTextContent(/1$/);
  });

  it('keeps the streak alive until the day ends, with a nudge', async () => {
    renderApp('/progress');
    seed({ log: [review(inDay(1)), review(inDay(2))] });
    const streak = await screen.findByRole('region', { name: 'Streak' });
    expect(within(streak).getByText('Current streak').nextSibling).toHaveTextContent('2 days');
    expect(streak).toHaveTextContent('Review a card today to keep it going.');
  });

  it('reads in Chinese', async () => {
    renderApp('/progress', { language: 'zh' });
    seed({ log, cards, attempts });
    expect(await screen.findByRole('heading', { level: 1, name: '进度' })).toBeInTheDocument();
    const streak = screen.getByRole('region', { name: '连续学习' });
    expect(within(streak).getByText('当前连续').nextSibling).toHaveTextContent('3 天');
    expect(screen.getByRole('region', { name: '过去一年的复习' })).toHaveTextContent('过去一年在 7 天中共复习 8 次。');
  });

  it('shows quiz accuracy with no reviews yet, and asks for a quiz when there is none', async () => {
    renderApp('/progress');
    seed({ attempts });
    expect(await screen.findByRole('region', { name: 'Quiz accuracy' })).toHaveTextContent('Overall 75%');
    act(() => useAppStore.setState({ quiz: { attempts: [], missed: {} }, progress: { cards: {}, log: [review(inDay(0))], starred: [] } }));
    expect(screen.getByRole('region', { name: 'Quiz accuracy' })).toHaveTextContent('Take a quiz to see how your accuracy changes over time.');
  });
});

describe('readiness', () => {
  it('is 0% for a new learner, says how it is worked out, and names a topic to study next', async () => {
    renderApp('/progress');
    const panel = await screen.findByRole('region', { name: 'Readiness' });
    expect(await within(panel).findByText('0% ready overall', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(panel).getByText(/This is not a chance of passing an exam\./)).toBeInTheDocument();
    expect(within(panel).getByText(/^Study next: /)).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: /^Study / })).toHaveAttribute('href', expect.stringMatching(/^\/study\//));
  });

  it('rises with studied cards and quiz answers, with a 30-day trend readable as a table', async () => {
    const at = now - DAY_MS;
    const studied: CardState = reviewCard({ due: now + 5 * DAY_MS, stability: 5, scheduledDays: 5, reps: 2, lastReview: at });
    renderApp('/progress');
    seed({
      log: [review(at - DAY_MS, 3, 'new', 'iaas:forward'), review(at, 3, 'learning', 'iaas:forward')],
      cards: { 'iaas:forward': studied },
      attempts: [
        { id: 'r1', quizId: 'x', seed: 's', startedAt: at - 1000, finishedAt: at, answers: [{ questionId: 'q', topic: 'service-models', termIds: ['iaas'], correct: true }] },
      ],
    });
    const panel = await screen.findByRole('region', { name: 'Readiness' });
    const row = (await within(panel).findAllByRole('row', {}, { timeout: 5000 })).find((r) => /Recall today/.test(r.textContent ?? '') === false && /\d+%.*\d+%.*\d+%.*100%/.test(r.textContent ?? ''));
    expect(row).toBeDefined();
    expect(within(panel).getByText(/^[1-9]\d*% ready overall$|^0% ready overall$/)).toBeInTheDocument();
    expect(await within(panel).findByRole('heading', { name: 'Readiness over the last 30 days' }, { timeout: 5000 })).toBeInTheDocument();
    expect(within(panel).getByText(/^30 days ago 0%, today \d+%\.$/)).toBeInTheDocument();
  });
});
