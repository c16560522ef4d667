import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/render';
import { realTerms, realTermsOf } from '../../../tests/factories/real-content';
import type { CardState, ReviewLogEntry } from '../../domain/cards';
import { reviewCard } from '../../../tests/factories/card-state';
import { useAppStore } from '../../stores/app-store';

const HOUR = 3_600_000;

function reviewed(dueInMs: number): CardState {
  const now = Date.now();
  return reviewCard({ due: now + dueInMs, stability: 3, scheduledDays: 3, reps: 2, lastReview: now - 3 * 24 * HOUR });
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
    expect(within(main).getByRole('link', { name: 'Start your first 20 cards' })).toHaveAttribute('href', '/study/foundations');
    expect(within(main).getByRole('link', { name: 'Browse the glossary' })).toHaveAttribute('href', '/glossary');
    expect(within(main).getByRole('link', { name: 'Quick quiz' })).toHaveAttribute('href', '/quiz/mixed?track=foundations');
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
    // Counted in terms: three terms have one card learned of two (both directions), so none is known yet.
    expect(within(stats).getByText('Terms known').nextElementSibling).toHaveTextContent('0');
    const line = within(stats).getByText(/^\d+ terms: /);
    const [, total, fresh] = /^(\d+) terms: 0 known · 3 learning · (\d+) new /.exec(line.textContent ?? '') ?? [];
    expect(Number(total) - Number(fresh)).toBe(3);
    expect(within(stats).getByText(`Cards: 3 of ${Number(total) * 2} learned (one per direction).`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Study 22 cards' })).toHaveAttribute('href', '/study/foundations');
  });

  it('starts a new learner in Foundations; the track chosen by tap or by arrow keys sets what Today counts and studies', async () => {
    const { user } = renderApp('/', { settings: { newPerDay: 500 } });
    const tracks = await screen.findByRole('group', { name: 'Track' });
    expect(within(tracks).getByRole('radio', { name: `Foundations ${realTermsOf('foundations').length}` })).toBeChecked();
    const start = () => screen.getByRole('link', { name: /^Start your first \d+ cards$/ });
    expect(start()).toHaveAttribute('href', '/study/foundations');
    expect(start()).toHaveAccessibleName(`Start your first ${realTermsOf('foundations').length} cards`);

    await user.click(within(tracks).getByRole('radio', { name: /^Readings/ }));
    expect(start()).toHaveAttribute('href', '/study/readings');
    expect(start()).toHaveAccessibleName(`Start your first ${realTermsOf('readings').length} cards`);
    expect(tracks).toHaveAccessibleDescription('The two posts, read closely: their terms and figures.');

    await user.keyboard('{ArrowRight}');
    expect(within(tracks).getByRole('radio', { name: `All ${realTerms.length}` })).toBeChecked();
    expect(start()).toHaveAttribute('href', '/study/all');
  });

  it('offers the next Foundations topic, by topic order, once the one before is learned', async () => {
    const now = Date.now();
    const first = realTermsOf('foundations').filter((term) => term.topic === 'basics');
    const cards = Object.fromEntries(first.flatMap((term) => [`${term.id}:forward`, `${term.id}:reverse`].map((id) => [id, reviewed(5 * 24 * HOUR)])));
    const { unmount } = renderApp('/', { progress: { cards, log: [logEntry('a', now - HOUR)], starred: [] } });
    const next = await screen.findByRole('region', { name: 'Next topic: Essential characteristics' });
    expect(next).toHaveTextContent('You have learned every card of “Defining the cloud”');
    expect(within(next).getByRole('link', { name: 'Start Essential characteristics' })).toHaveAttribute('href', '/study/characteristics');
    unmount();

    // One card of the topic still learning: no suggestion yet.
    const [firstCard] = Object.keys(cards);
    const partly = { ...cards, [firstCard!]: { ...reviewed(HOUR), phase: 'learning' as const } };
    renderApp('/', { language: 'zh', progress: { cards: partly, log: [logEntry('a', now - HOUR)], starred: [] } });
    expect(await screen.findByRole('region', { name: '今日概况' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^下一个主题/ })).toBeNull();
  });

  it('counts in terms in Chinese too, a term known once each of its cards is learned', async () => {
    renderApp('/', {
      language: 'zh',
      progress: { cards: { 'iaas:forward': reviewed(HOUR), 'iaas:reverse': reviewed(HOUR), 'paas:forward': reviewed(HOUR) }, log: [logEntry('a', Date.now() - HOUR)], starred: [] },
    });
    const stats = await screen.findByRole('region', { name: '今日概况' });
    expect(within(stats).getByText('已掌握的术语').nextElementSibling).toHaveTextContent('1');
    expect(within(stats).getByText(/^\d+ 个术语：已掌握 1 · 学习中 1 · 未学 \d+$/)).toBeInTheDocument();
  });

  it('points to the terms missed in quizzes, in Chinese', async () => {
    renderApp('/', { language: 'zh', quiz: { attempts: [], missed: { iaas: Date.now(), saas: Date.now() } } });
    expect(await screen.findByText('测验中答错的 2 个术语正在等你')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '去学习' })).toHaveAttribute('href', '/study/missed');
  });
});

describe('the first-run choice on Today', () => {
  /** The line that replaces the choice: its text runs through the quoted choice. */
  const doneLine = (text: RegExp) => screen.getByText((_, el) => el?.tagName === 'P' && text.test(el.textContent ?? ''));
  const TITLE = 'Which language do you read, and which are you learning?';

  it('is offered below the primary action; a tap on the English reader’s option sets Chinese cards first and says so', async () => {
    const { user } = renderApp('/');
    const choice = await screen.findByRole('group', { name: TITLE });
    const start = screen.getByRole('link', { name: 'Start your first 20 cards' });
    // The primary action comes first; the choice does not push it down.
    expect(start.compareDocumentPosition(choice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const options = within(choice).getAllByRole('button');
    expect(options.map((button) => [button.textContent, button.getAttribute('lang')])).toEqual([
      ['我读中文，正在学习云计算英语', 'zh-CN'],
      ['I read English and am learning Chinese cloud terms', 'en'],
      ['Both: I read both and learn both', null],
    ]);

    await user.click(within(choice).getByRole('button', { name: 'I read English and am learning Chinese cloud terms' }));
    expect(screen.queryByRole('group', { name: TITLE })).toBeNull();
    const done = doneLine(/^Saved: I read English and am learning Chinese cloud terms/);
    expect(done).toHaveFocus();
    expect(within(done).getByRole('link', { name: 'Change it in Settings' })).toHaveAttribute('href', '/settings');
    expect(useAppStore.getState().settings).toMatchObject({ profile: 'learn-zh', language: 'en', cardLanguage: 'zh', translation: true, typedRecall: 'zh', pinyinOnCards: true });
    expect(screen.getByRole('link', { name: /^Start your first \d+ cards$/ })).toBeInTheDocument();
  });

  it('is chosen from the keyboard in its reader’s language, which switches the interface to Chinese', async () => {
    const { user } = renderApp('/');
    const choice = await screen.findByRole('group', { name: TITLE });
    const chinese = within(choice).getByRole('button', { name: '我读中文，正在学习云计算英语' });
    while (document.activeElement !== chinese) await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: '今日' })).toBeInTheDocument();
    const done = doneLine(/^已保存：我读中文，正在学习云计算英语/);
    expect(done).toHaveFocus();
    expect(within(done).getByRole('link', { name: '在设置中更改' })).toHaveAttribute('href', '/settings');
    expect(useAppStore.getState().settings).toMatchObject({ profile: 'learn-en', language: 'zh', cardLanguage: 'en', translation: true, typedRecall: 'en' });
    expect(screen.getByRole('link', { name: /^开始学习前 \d+ 张卡片$/ })).toBeInTheDocument();
  });

  it('in Chinese, "both" keeps the interface language; it is not offered again once made, nor to a learner with reviews', async () => {
    const { user, unmount } = renderApp('/', { language: 'zh' });
    const choice = await screen.findByRole('group', { name: '你读哪种语言，又在学哪种？' });
    await user.click(within(choice).getByRole('button', { name: '两者都是：中英文都读，也都在学' }));
    expect(doneLine(/^已保存：两者都是/)).toHaveFocus();
    expect(useAppStore.getState().settings).toMatchObject({ profile: 'both', language: 'zh', cardLanguage: 'interface', translation: true });
    unmount();

    renderApp('/', { language: 'zh', settings: { profile: 'both' } });
    expect(await screen.findByRole('link', { name: /^开始学习前 \d+ 张卡片$/ })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: '你读哪种语言，又在学哪种？' })).toBeNull();
    expect(screen.queryByText((_, el) => el?.tagName === 'P' && /^已保存：/.test(el.textContent ?? ''))).toBeNull();
  });

  it('is not offered to a learner who already studies', async () => {
    renderApp('/', { progress: { cards: { 'iaas:forward': reviewed(HOUR) }, log: [logEntry('a', Date.now() - HOUR)], starred: [] } });
    expect(await screen.findByRole('region', { name: 'Your day' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: TITLE })).toBeNull();
  });
});
