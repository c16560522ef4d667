import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardId, CardState } from '../../domain/cards';
import { renderApp } from '../../../tests/render';
import { useAppStore } from '../../stores/app-store';
import { emptyProgress } from '../../stores/progress-slice';

// A fixed clock, so that what is due is known.
const NOW = Date.UTC(2026, 10, 22, 10, 0);
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

const DECK = ['deployment-model', 'public-cloud', 'private-cloud', 'community-cloud', 'hybrid-cloud'];

/** Every term⇄definition card of the deck learned and not due for a month: what is new today is the new kinds. */
function learnedForward() {
  const learned: CardState = { due: NOW + 30 * 86_400_000, stability: 30, difficulty: 5, scheduledDays: 30, learningSteps: 0, reps: 3, lapses: 0, phase: 'review', lastReview: NOW - 86_400_000 };
  const cards: Partial<Record<CardId, CardState>> = {};
  for (const id of DECK) cards[`${id}:forward`] = learned;
  return { ...emptyProgress(), cards };
}

const progress = () => useAppStore.getState().progress;
const grades = () => screen.getByRole('group', { name: /How well did you know it|你记得多好/ });

describe('the deck options', () => {
  it('turn translation and typed-recall cards on and off for every deck, saying how many cards a term gives', async () => {
    const { user } = renderApp('/study');
    const options = await screen.findByRole('group', { name: 'Cards for each term' });
    const count = within(options).getByRole('status');
    expect(count).toHaveTextContent('Each term gives 2 cards.');
    const translation = within(options).getByRole('checkbox', { name: 'Translation: English ⇄ 中文' });
    expect(translation).not.toBeChecked();
    await user.click(translation);
    expect(translation).toBeChecked();
    expect(count).toHaveTextContent('Each term gives 4 cards.');
    await user.selectOptions(within(options).getByRole('combobox', { name: 'Typed recall' }), 'Type both');
    expect(count).toHaveTextContent('Each term gives 6 cards.');
    expect(useAppStore.getState().settings).toMatchObject({ translation: true, typedRecall: 'both' });
    // From the keyboard: Space on the focused checkbox turns translation off again.
    translation.focus();
    await user.keyboard(' ');
    expect(translation).not.toBeChecked();
    expect(useAppStore.getState().settings.translation).toBe(false);
  });

  it('read in Chinese', async () => {
    const { user } = renderApp('/study', { language: 'zh', settings: { directions: 'term-first' } });
    const options = await screen.findByRole('group', { name: '每个术语学哪些卡片' });
    expect(within(options).getByRole('status')).toHaveTextContent('每个术语 1 张卡片。');
    await user.click(within(options).getByRole('checkbox', { name: '翻译：English ⇄ 中文' }));
    await user.selectOptions(within(options).getByRole('combobox', { name: '输入回想' }), '输入中文术语');
    expect(within(options).getByRole('status')).toHaveTextContent('每个术语 4 张卡片。');
    expect(useAppStore.getState().settings).toMatchObject({ translation: true, typedRecall: 'zh' });
  });
});

describe('translation cards', () => {
  it('show the English term and ask for the Chinese one; graded and scheduled like any card', async () => {
    const { user } = renderApp('/study/deployment-models', { settings: { directions: 'term-first', translation: true }, progress: learnedForward() });
    expect(await screen.findByText('English term')).toBeInTheDocument();
    expect(screen.getByText('Deployment model')).toHaveAttribute('lang', 'en');
    await user.click(screen.getByRole('button', { name: /Show answer/ }));
    expect(screen.getByText('Chinese term 中文')).toBeInTheDocument();
    expect(screen.getByText('部署模式')).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByRole('status')).toHaveTextContent('Answer: Chinese term 中文: 部署模式');
    await user.click(within(grades()).getByRole('button', { name: /^Good/ }));
    expect(progress().log[0]).toMatchObject({ cardId: 'deployment-model:en-zh', grade: 3, phase: 'new' });
    expect(progress().cards['deployment-model:en-zh']).toMatchObject({ phase: 'learning', due: NOW + 10 * 60_000 });
    // One new card a term a day, as for term ⇄ definition: the next card is the next term's.
    expect(screen.getByText('Public cloud')).toBeInTheDocument();
  });

  it('show pinyin under the Chinese term when the learner turns it on, in Chinese too', async () => {
    const { user } = renderApp('/study/deployment-models', { language: 'zh', settings: { directions: 'term-first', translation: true, pinyinOnCards: true }, progress: learnedForward() });
    expect(await screen.findByText('英文术语 English')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByText('bù shǔ mó shì')).toHaveAttribute('lang', 'zh-Latn-pinyin');
    await user.keyboard(' ');
    expect(progress().log[0]).toMatchObject({ cardId: 'deployment-model:en-zh', grade: 3 });
  });
});

describe('typed recall', () => {
  it('grades what is typed with the quiz’s matching and suggests a grade; Enter confirms it', async () => {
    const { user } = renderApp('/study/deployment-models', { settings: { directions: 'term-first', typedRecall: 'en' }, progress: learnedForward() });
    const field = await screen.findByRole('textbox', { name: 'Type the English term' });
    expect(screen.getByText('部署模式')).toBeInTheDocument(); // the prompt: the Chinese name and definition
    await user.type(field, 'deployment modle{Enter}');
    expect(screen.getByText(/Right, but mind the spelling: Deployment model\./, { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Right, but mind the spelling: Deployment model. Answer: English term: Deployment model');
    expect(screen.getByText(/Suggested grade: Hard/)).toBeInTheDocument();
    const hard = within(grades()).getByRole('button', { name: /^Hard/ });
    expect(hard).toHaveFocus();
    expect(hard).toHaveTextContent(/suggested/);
    await user.keyboard('{Enter}');
    expect(progress().log[0]).toMatchObject({ cardId: 'deployment-model:type-en', grade: 2, phase: 'new' });
    // The next typed card's field takes the focus, ready to type.
    expect(screen.getByRole('textbox', { name: 'Type the English term' })).toHaveFocus();
  });

  it('lets the learner override the suggestion: another term’s name suggests Again, and 3 grades Good', async () => {
    const { user } = renderApp('/study/deployment-models', { settings: { directions: 'term-first', typedRecall: 'en' }, progress: learnedForward() });
    await user.type(await screen.findByRole('textbox', { name: 'Type the English term' }), 'public cloud');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText(/“public cloud” is another term \(Public cloud\)\./, { selector: 'p' })).toBeInTheDocument();
    expect(within(grades()).getByRole('button', { name: /^Again/ })).toHaveFocus();
    await user.keyboard('3');
    expect(progress().log[0]).toMatchObject({ cardId: 'deployment-model:type-en', grade: 3 });
  });

  it('shows the answer without typing, suggesting Again', async () => {
    const { user } = renderApp('/study/deployment-models', { settings: { directions: 'term-first', typedRecall: 'en' }, progress: learnedForward() });
    await screen.findByRole('textbox', { name: 'Type the English term' });
    await user.click(screen.getByRole('button', { name: 'Show answer' }));
    expect(screen.getByText(/No answer typed\./, { selector: 'p' })).toBeInTheDocument();
    await user.click(within(grades()).getByRole('button', { name: /^Again/ }));
    expect(progress().log[0]).toMatchObject({ cardId: 'deployment-model:type-en', grade: 1 });
  });

  it('takes the Chinese term as pinyin, in the Chinese interface, and Space confirms', async () => {
    const { user } = renderApp('/study/deployment-models', { language: 'zh', settings: { directions: 'term-first', typedRecall: 'zh' }, progress: learnedForward() });
    const field = await screen.findByRole('textbox', { name: '输入中文术语（汉字或拼音）' });
    expect(field).toHaveAttribute('lang', 'zh-CN');
    await user.type(field, 'bu shu mo shi');
    await user.click(screen.getByRole('button', { name: '检查' }));
    expect(screen.getByText(/^正确。/, { selector: 'p' })).toBeInTheDocument();
    expect(within(grades()).getByRole('button', { name: /^良好/ })).toHaveFocus();
    await user.keyboard(' ');
    expect(progress().log[0]).toMatchObject({ cardId: 'deployment-model:type-zh', grade: 3 });
  });
});

describe('the new kinds in Progress', () => {
  it('count each kind’s cards and reviews, in both languages', async () => {
    const base = learnedForward();
    const translated: CardState = { due: NOW + 86_400_000, stability: 3, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, phase: 'review', lastReview: NOW - 1000 };
    const studied = {
      ...base,
      cards: { ...base.cards, 'public-cloud:en-zh': translated, 'public-cloud:type-zh': translated },
      log: [
        { id: 'a', cardId: 'public-cloud:en-zh' as const, grade: 3 as const, reviewedAt: NOW - 1000, phase: 'new' as const, durationMs: 4000 },
        { id: 'b', cardId: 'public-cloud:type-zh' as const, grade: 2 as const, reviewedAt: NOW - 900, phase: 'new' as const, durationMs: 9000 },
      ],
    };
    renderApp('/progress', { settings: { translation: true, typedRecall: 'zh' }, progress: studied });
    const table = await screen.findByRole('table', { name: /Cards of each kind/ });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    expect(row('English → 中文')).toHaveTextContent(/English → 中文\d+0101$/);
    expect(row('Typed: the Chinese term')).toHaveTextContent(/0101$/);
  });
});

describe('a term of several kinds', () => {
  it('is known in Progress only once the cards of every kind studied are learned', async () => {
    renderApp('/progress', { settings: { directions: 'term-first' }, progress: learnedForward() });
    const terms = await screen.findByRole('region', { name: 'Terms' });
    expect(within(terms).getByText(/^\d+ terms: 5 known · 0 learning · \d+ new$/)).toBeInTheDocument();
    // Translation cards on: the five terms' English → 中文 and 中文 → English cards are still to learn.
    useAppStore.getState().updateSettings({ translation: true });
    expect(await within(terms).findByText(/^\d+ terms: 0 known · 5 learning · \d+ new$/)).toBeInTheDocument();
    useAppStore.getState().updateSettings({ translation: false, typedRecall: 'zh' });
    expect(await within(terms).findByText(/^\d+ terms: 0 known · 5 learning · \d+ new$/)).toBeInTheDocument();
    useAppStore.getState().updateSettings({ typedRecall: 'off' });
    expect(await within(terms).findByText(/^\d+ terms: 5 known · 0 learning · \d+ new$/)).toBeInTheDocument();
  });

  it('is a leech when its typed-recall card was failed that often, and says so on the card', async () => {
    const base = learnedForward();
    const failing: CardState = { due: NOW - 60_000, stability: 0.2, difficulty: 9, scheduledDays: 0, learningSteps: 0, reps: 8, lapses: 0, phase: 'learning', lastReview: NOW - 11 * 60_000 };
    const failures = Array.from({ length: 8 }, (_, i) => ({
      id: `f${i}`,
      cardId: 'public-cloud:type-en' as const,
      grade: 1 as const,
      reviewedAt: NOW - (90 - i * 10) * 60_000,
      phase: i === 0 ? ('new' as const) : ('learning' as const),
      durationMs: 8000,
    }));
    const progress = { ...base, cards: { ...base.cards, 'public-cloud:type-en': failing }, log: failures };
    const { user } = renderApp('/study/deployment-models?term=public-cloud&only=1', { settings: { directions: 'term-first', typedRecall: 'en' }, progress });
    const leech = 'Leech You have failed this card 8 times';
    // Each of the term's cards says so: its term ⇄ definition card first, then the typed card itself.
    expect(await screen.findByRole('region', { name: leech })).toBeInTheDocument();
    await user.keyboard(' ');
    await user.keyboard('3');
    expect(await screen.findByRole('textbox', { name: 'Type the English term' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: leech })).toBeInTheDocument();
  });
});
