import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/render';
import type { CardState, ReviewLogEntry } from '../../domain/cards';

const HOUR = 3_600_000;

function reviewed(dueInMs: number): CardState {
  const now = Date.now();
  return { due: now + dueInMs, stability: 3, difficulty: 5, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, phase: 'review', lastReview: now - 3 * 24 * HOUR };
}

function logEntry(id: string, reviewedAt: number): ReviewLogEntry {
  return { id, cardId: 'iaas:forward', grade: 3, reviewedAt, phase: 'review', durationMs: 4000 };
}

describe('Today', () => {
  it('welcomes a new learner with zeros, one primary action and two other choices, each linked once', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    const stats = await screen.findByRole('region', { name: 'Your day' });
    expect(within(stats).getByText('Due now').nextElementSibling).toHaveTextContent('0');
    expect(within(stats).getByText('New today').nextElementSibling).toHaveTextContent('20');
    expect(within(stats).getByText('Streak').nextElementSibling).toHaveTextContent('0 days');
    expect(screen.getByRole('heading', { name: 'Welcome! Begin with a few cards.' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Start your first 20 cards' })).toHaveAttribute('href', '/study/all');
    expect(within(main).getByRole('link', { name: 'Browse the glossary' })).toHaveAttribute('href', '/glossary');
    expect(within(main).getByRole('link', { name: 'Quick quiz' })).toHaveAttribute('href', '/quiz/mixed');
    const hrefs = within(main).getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it('counts the cards due and offers to study them', async () => {
    const now = Date.now();
    renderApp('/', {
      progress: {
        cards: { 'iaas:forward': reviewed(-HOUR), 'paas:forward': reviewed(-2 * HOUR), 'saas:forward': reviewed(10 * 24 * HOUR) },
        log: [logEntry('a', now - 24 * HOUR)],
        starred: [],
      },
    });
    const stats = await screen.findByRole('region', { name: 'Your day' });
    expect(within(stats).getByText('Due now').nextElementSibling).toHaveTextContent('2');
    expect(within(stats).getByText('Learned').nextElementSibling).toHaveTextContent('3');
    expect(screen.getByRole('link', { name: 'Study 22 cards' })).toHaveAttribute('href', '/study/all');
  });

  it('points to the terms missed in quizzes, in Chinese', async () => {
    renderApp('/', { language: 'zh', quiz: { attempts: [], missed: { iaas: Date.now(), saas: Date.now() } } });
    expect(await screen.findByText('测验中答错的 2 个术语正在等你')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '去学习' })).toHaveAttribute('href', '/study/missed');
  });
});
