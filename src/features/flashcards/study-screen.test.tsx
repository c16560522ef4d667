import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { realTermsOf } from '../../../tests/factories/real-content';
import { renderApp } from '../../../tests/render';
import { useAppStore } from '../../stores/app-store';

// 2026-11-22 10:00 UTC: a fixed clock, so the intervals on the buttons are known.
const NOW = Date.UTC(2026, 10, 22, 10, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

const progress = () => useAppStore.getState().progress;
const cardHeading = () => screen.findByRole('button', { name: /show answer/i });

describe('the deck list', () => {
  it('shows every deck with what it offers today, and links to study and cram it', async () => {
    renderApp('/study');
    expect(await screen.findByRole('heading', { level: 1, name: 'Study' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'All terms' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Starred' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Missed in quizzes' })).toBeInTheDocument();
    const deck = screen.getByRole('heading', { name: 'Deployment models' }).closest('li') as HTMLElement;
    expect(within(deck).getByLabelText('Deployment models: cards for today')).toHaveTextContent('New5Learning0Due0');
    expect(within(deck).getByRole('link', { name: 'Study Deployment models' })).toHaveAttribute('href', '/study/deployment-models');
    expect(within(deck).getByRole('link', { name: 'Cram Deployment models' })).toHaveAttribute('href', '/study/deployment-models?cram=1');
  });

  it('shows the decks of the chosen track, Foundations to begin with, and the track’s own deck', async () => {
    const { user } = renderApp('/study');
    const tracks = await screen.findByRole('group', { name: 'Track' });
    expect(within(tracks).getByRole('radio', { name: 'Foundations' })).toBeChecked();
    expect(screen.getByRole('link', { name: 'Study All of Foundations' })).toHaveAttribute('href', '/study/foundations');
    expect(screen.getByRole('heading', { name: 'Compute' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Market figures' })).toBeNull();
    await user.click(within(tracks).getByRole('radio', { name: 'Readings' }));
    expect(useAppStore.getState().settings.track).toBe('readings');
    expect(screen.getByRole('link', { name: 'Study All of Readings' })).toHaveAttribute('href', '/study/readings');
    expect(screen.getByRole('heading', { name: 'Market figures' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Compute' })).toBeNull();
    await user.click(within(tracks).getByRole('radio', { name: 'All' }));
    expect(screen.getByRole('heading', { name: 'Compute' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Market figures' })).toBeInTheDocument();
  });

  it('studies a whole track as one deck, in topic order', async () => {
    renderApp('/study/readings');
    expect(await screen.findByRole('heading', { level: 1, name: 'All of Readings' })).toBeInTheDocument();
    const firstReading = realTermsOf('readings').find((term) => term.topic === 'basics')!;
    expect(await cardHeading()).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent(firstReading.term.en);
  });

  it('counts one direction when the learner studies only term → definition', async () => {
    const { user } = renderApp('/study');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Term ⇄ definition' }), 'term-first');
    expect(useAppStore.getState().settings.directions).toBe('term-first');
  });
});

describe('a study session', () => {
  it('flips by key, grades by key, and schedules the card', async () => {
    const { user } = renderApp('/study/deployment-models');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deployment models' })).toBeInTheDocument();
    expect(await cardHeading()).toBeInTheDocument();
    expect(screen.getByText('Deployment model')).toBeInTheDocument();
    expect(screen.getByText('0 of 5')).toBeInTheDocument();

    await user.keyboard(' ');
    const grades = screen.getByRole('group', { name: 'How well did you know it?' });
    expect(within(grades).getByRole('button', { name: /^Again/ })).toHaveTextContent('1m');
    expect(within(grades).getByRole('button', { name: /^Good/ })).toHaveTextContent('10m');
    expect(within(grades).getByRole('button', { name: /^Good/ })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(/^Answer: Definition: /);

    await user.keyboard('4'); // Easy: a new card graduates at once
    expect(progress().log).toHaveLength(1);
    expect(progress().log[0]).toMatchObject({ cardId: 'deployment-model:forward', grade: 4, phase: 'new' });
    expect(progress().cards['deployment-model:forward']?.phase).toBe('review');
    expect(screen.getByText('1 of 5')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /show answer/i })).toHaveFocus();
    expect(screen.getByText('Public cloud')).toBeInTheDocument();
  });

  it('flips with Space and then grades Good with Space, as Anki does', async () => {
    const { user } = renderApp('/study/deployment-models');
    await cardHeading();
    await user.keyboard(' ');
    await user.keyboard(' ');
    expect(progress().log[0]).toMatchObject({ grade: 3 });
    // Good on a new card is a learning step: it comes back in this session.
    expect(progress().cards['deployment-model:forward']).toMatchObject({ phase: 'learning', due: NOW + 10 * 60_000 });
    expect(screen.getByText('0 of 5')).toBeInTheDocument();
  });

  it('undoes the last grade with Ctrl+Z, restoring the card exactly, and shows it again', async () => {
    const { user } = renderApp('/study/deployment-models');
    await cardHeading();
    await user.keyboard(' 4');
    const before = structuredClone(progress());
    await user.keyboard(' 1');
    expect(progress().log).toHaveLength(2);
    await user.keyboard('{Control>}z{/Control}');
    expect(progress()).toEqual(before);
    expect(screen.getByText('Public cloud')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /show answer/i })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(progress().log).toHaveLength(0);
    expect(progress().cards).toEqual({});
    expect(screen.getByText('Deployment model')).toBeInTheDocument();
  });

  it('flips and grades by pointer too', async () => {
    const { user } = renderApp('/study/deployment-models');
    await user.click(await cardHeading());
    await user.click(screen.getByRole('button', { name: /^Hard/ }));
    expect(progress().log[0]).toMatchObject({ grade: 2 });
  });

  it('grades a flipped card by a swipe, left Again and right Good, with an undo; a short drag springs back', async () => {
    const { user } = renderApp('/study/deployment-models');
    await user.click(await cardHeading());
    const card = () => document.querySelector('.study-card') as HTMLElement;
    const swipe = (from: number, to: number, y = 100) => {
      fireEvent.pointerDown(card(), { pointerId: 1, isPrimary: true, pointerType: 'touch', clientX: from, clientY: y });
      fireEvent.pointerMove(card(), { pointerId: 1, isPrimary: true, pointerType: 'touch', clientX: (from + to) / 2, clientY: y });
      fireEvent.pointerMove(card(), { pointerId: 1, isPrimary: true, pointerType: 'touch', clientX: to, clientY: y });
      fireEvent.pointerUp(card(), { pointerId: 1, isPrimary: true, pointerType: 'touch', clientX: to, clientY: y });
    };
    swipe(200, 170); // 30 px: not far enough
    expect(progress().log).toEqual([]);
    expect(screen.getByRole('group', { name: 'How well did you know it?' })).toBeInTheDocument();

    swipe(250, 100);
    expect(progress().log[0]).toMatchObject({ cardId: 'deployment-model:forward', grade: 1 });
    expect(screen.getByText('Graded Again by a swipe.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo this grade' }));
    expect(progress().log).toEqual([]);
    expect(screen.queryByText('Graded Again by a swipe.')).toBeNull();

    await user.click(await cardHeading());
    swipe(100, 260);
    expect(progress().log[0]).toMatchObject({ cardId: 'deployment-model:forward', grade: 3 });
    expect(screen.getByRole('button', { name: /show answer/i })).toBeInTheDocument();
  });

  it('never grades an unflipped card by a swipe', async () => {
    renderApp('/study/deployment-models');
    await cardHeading();
    const card = document.querySelector('.study-card') as HTMLElement;
    fireEvent.pointerDown(card, { pointerId: 1, isPrimary: true, pointerType: 'mouse', button: 0, clientX: 300, clientY: 100 });
    fireEvent.pointerMove(card, { pointerId: 1, isPrimary: true, pointerType: 'mouse', clientX: 50, clientY: 100 });
    fireEvent.pointerUp(card, { pointerId: 1, isPrimary: true, pointerType: 'mouse', clientX: 50, clientY: 100 });
    expect(progress().log).toEqual([]);
  });

  it('stars the term with S', async () => {
    const { user } = renderApp('/study/deployment-models');
    await cardHeading();
    await user.keyboard('s');
    expect(progress().starred).toEqual(['deployment-model']);
    expect(screen.getByRole('button', { name: 'Star' })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('s');
    expect(progress().starred).toEqual([]);
  });

  it('shows the other language on the card with one tap', async () => {
    const { user } = renderApp('/study/deployment-models');
    await cardHeading();
    await user.click(screen.getByRole('button', { name: 'Also show 中文' }));
    expect(screen.getByText('部署模式')).toHaveAttribute('lang', 'zh-CN');
  });

  it('shows the side in the interface language first', async () => {
    renderApp('/study/deployment-models', { language: 'zh' });
    expect(await screen.findByRole('button', { name: /显示答案/ })).toBeInTheDocument();
    expect(screen.getByText('部署模式', { selector: '.card-text' })).toBeInTheDocument();
  });

  it('opens the term asked for first (?term=)', async () => {
    renderApp('/study/deployment-models?term=hybrid-cloud');
    await cardHeading();
    expect(screen.getByText('Hybrid cloud')).toBeInTheDocument();
  });

  it('studies only the term asked for with "Study this term": its two cards, not the deck', async () => {
    const { user } = renderApp('/glossary/hybrid-cloud');
    await user.click(await screen.findByRole('link', { name: 'Study this term' }, { timeout: 5000 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hybrid cloud' })).toBeInTheDocument();
    await cardHeading();
    expect(screen.getByText('0 of 2')).toBeInTheDocument();
    await user.keyboard(' 4');
    await user.keyboard(' 4');
    expect(await screen.findByRole('heading', { name: 'Session complete' })).toBeInTheDocument();
    expect(progress().log.map((entry) => entry.cardId)).toEqual(['hybrid-cloud:forward', 'hybrid-cloud:reverse']);
  });

  it('ends with a summary: answers by grade, and a retry round of the missed cards', async () => {
    const { user } = renderApp('/study/deployment-models');
    await cardHeading();
    await user.keyboard(' 1'); // Again: back in a minute
    for (let i = 0; i < 4; i++) await user.keyboard(' 4');
    // The missed card comes back (learning ahead, since nothing else is left): now it is known.
    expect(screen.getByText('Deployment model')).toBeInTheDocument();
    await user.keyboard(' 4');
    const summary = await screen.findByRole('heading', { name: 'Session complete' });
    expect(summary).toHaveFocus();
    const tally = screen.getByRole('list', { name: 'Your answers' });
    expect(within(tally).getByText('Again').parentElement).toHaveTextContent('1');
    expect(within(tally).getByText('Easy').parentElement).toHaveTextContent('5');
    expect(progress().log).toHaveLength(6);
    expect(screen.getByText('Next cards due').nextElementSibling).toHaveTextContent(/^(tomorrow|in \d+ days)$/);
    // The terms by name, each a link to its page: the one missed as the hardest, the others as learned.
    const hardest = await screen.findByRole('list', { name: 'Hardest terms' });
    expect(within(hardest).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Deployment model missed once']);
    expect(within(hardest).getByRole('link', { name: 'Deployment model' })).toHaveAttribute('href', '/glossary/deployment-model');
    const learned = screen.getByRole('list', { name: '4 terms learned' });
    expect(within(learned).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(
      ['public-cloud', 'private-cloud', 'community-cloud', 'hybrid-cloud'].map((id) => `/glossary/${id}`),
    );

    await user.click(screen.getByRole('button', { name: 'Retry the 1 card I missed' }));
    expect(screen.getByText('Retry round: the cards you missed, without changing your schedule.')).toBeInTheDocument();
    await user.keyboard(' 3');
    expect(await screen.findByRole('heading', { name: 'Retry round complete' })).toBeInTheDocument();
    expect(progress().log).toHaveLength(6); // the retry round left the schedule alone
  });
});

describe('cram mode', () => {
  it('goes through every card and leaves the schedule untouched', async () => {
    const { user } = renderApp('/study/deployment-models?cram=1');
    await cardHeading();
    expect(screen.getByText('0 of 10')).toBeInTheDocument();
    await user.keyboard(' 3 1 4');
    expect(progress().log).toEqual([]);
    expect(progress().cards).toEqual({});
    expect(screen.getByText('2 of 10')).toBeInTheDocument();
  });
});

describe('nothing to study', () => {
  it('says so and offers cram', async () => {
    renderApp('/study/starred');
    expect(await screen.findByRole('heading', { name: /No starred terms yet/ })).toBeInTheDocument();
  });

  it('knows an unknown deck', async () => {
    renderApp('/study/no-such-deck');
    expect(await screen.findByRole('heading', { level: 1, name: 'There is no such deck.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to decks' })).toHaveAttribute('href', '/study');
  });

  it('is done for the day once the limits are reached, and offers cram', async () => {
    const { user } = renderApp('/study');
    useAppStore.setState((s) => ({ settings: { ...s.settings, newPerDay: 0 } }));
    await user.click(await screen.findByRole('link', { name: 'Study Deployment models' }));
    expect(await screen.findByRole('heading', { name: 'Nothing to study in this deck right now.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Cram' })).toHaveAttribute('href', '/study/deployment-models?cram=1');
  });
});

describe('leeches', () => {
  /** Grades a card Again `times` times, ten minutes apart, ending before NOW (as a learner did earlier today). */
  async function failBefore(cardId: `${string}:${'forward' | 'reverse'}`, times: number) {
    const { scheduleReview } = await import('../../domain/scheduler');
    for (let i = times; i > 0; i--) {
      const at = NOW - i * 10 * 60_000;
      const next = scheduleReview(useAppStore.getState().progress.cards[cardId], 1, at, { retention: 0.9, offsetMinutes: 0 });
      useAppStore.getState().grade({ cardId, grade: 1, reviewedAt: at, durationMs: 2000, next });
    }
  }

  it('a card failed the eighth time joins the Leeches deck, which offers its page and a note in my words', async () => {
    const first = renderApp('/study');
    await failBefore('hybrid-cloud:forward', 7);
    first.unmount();
    const seeded = useAppStore.getState().progress;

    const list = renderApp('/study/leeches', { progress: seeded });
    expect(await screen.findByText(/No leeches: no card has been failed that often/)).toBeInTheDocument();
    list.unmount();

    // The eighth failure, by keyboard.
    const study = renderApp('/study/deployment-models?term=hybrid-cloud', { progress: seeded });
    await cardHeading();
    expect(screen.getByText('Hybrid cloud')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /failed this card/ })).toBeNull(); // 7 is not yet a leech
    await study.user.keyboard(' ');
    await study.user.keyboard('1');
    study.unmount();

    const leeches = renderApp('/study/leeches', { progress: useAppStore.getState().progress });
    expect(await screen.findByRole('heading', { level: 1, name: 'Leeches' })).toBeInTheDocument();
    await cardHeading();
    expect(screen.getByText('Hybrid cloud')).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Leech You have failed this card 8 times' });
    expect(within(panel).getByRole('link', { name: 'Open the page for “Hybrid cloud”' })).toHaveAttribute('href', '/glossary/hybrid-cloud');
    const field = within(panel).getByRole('textbox', { name: 'Rewrite it in my words' });
    await leeches.user.type(field, 'My servers and a public cloud, used as one');
    // Typing in the note never flips or grades the card.
    expect(screen.getByRole('button', { name: /show answer/i })).toBeInTheDocument();
    await leeches.user.click(within(panel).getByRole('button', { name: 'Save my words' }));
    expect(within(panel).getByText('Saved with your progress.')).toBeInTheDocument();
    expect(useAppStore.getState().progress.notes?.['hybrid-cloud']).toEqual({ text: 'My servers and a public cloud, used as one', at: NOW });
  });

  it('can be turned off, which hides the deck and the tag', async () => {
    const first = renderApp('/study');
    await failBefore('iaas:forward', 8);
    first.unmount();
    const seeded = useAppStore.getState().progress;
    renderApp('/study', { progress: seeded });
    expect(await screen.findByRole('heading', { name: 'Leeches' })).toBeInTheDocument();
    useAppStore.getState().updateSettings({ leechFailures: 0 });
    expect(await screen.findByRole('heading', { name: 'Missed in quizzes' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Leeches' })).toBeNull();
  });
});
describe("a card's teacher's note", () => {
  it('is on the back of the card, not the front', async () => {
    const { user } = renderApp('/study/service-models?term=paas');
    await screen.findByRole('button', { name: /show answer/i }, { timeout: 5000 });
    expect(screen.queryByRole('note')).toBeNull();
    await user.keyboard(' ');
    const note = await screen.findByRole('note', { name: 'Teacher’s note' });
    expect(note).toHaveTextContent('are not PaaS');
    expect(note).toHaveTextContent('Source: NIST SP 800-145');
  });

  it('speaks Chinese in Chinese', async () => {
    const { user } = renderApp('/study/service-models?term=paas', { language: 'zh' });
    await screen.findByRole('button', { name: /显示答案/ }, { timeout: 5000 });
    await user.keyboard(' ');
    const note = await screen.findByRole('note', { name: '老师的话' });
    expect(note).toHaveTextContent('并不是 PaaS');
    expect(note).toHaveTextContent('出处：NIST SP 800-145');
  });
});

