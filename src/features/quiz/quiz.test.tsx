import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/render';
import type { QuizAttempt } from '../../domain/quiz-history';
import type { Language } from '../../lib/i18n';
import { storage, STORAGE_KEYS } from '../../lib/storage';
import { useAppStore } from '../../stores/app-store';

const NOW = Date.UTC(2026, 10, 22, 9);

// A quiz left in progress by one test must not be resumed by the next: unmount (which saves it), then forget it
// (the adapter also keeps a copy in memory, which clearing localStorage does not reach).
afterEach(() => {
  cleanup();
  storage.remove(STORAGE_KEYS.quizInProgress);
});

/** Renders the app at a URL with a quiz history already in the store. */
function renderWithHistory(url: string, attempts: QuizAttempt[], { language = 'en' as Language } = {}) {
  return renderApp(url, { language, quiz: { attempts, missed: {} } });
}

/** Opens a quiz of exactly these questions: "retry the wrong ones" of an attempt in which they were all missed. */
function renderQuiz(questionIds: string[], { language = 'en' as Language, seed = 'test' } = {}) {
  const fixture: QuizAttempt = {
    id: 'fixture',
    quizId: 'mixed',
    seed,
    startedAt: NOW - 60_000,
    finishedAt: NOW,
    answers: questionIds.map((questionId) => ({ questionId, topic: 'deployment-models', termIds: ['hybrid-cloud'], correct: false })),
  };
  return renderWithHistory(`/quiz/mixed?seed=${seed}&retry=fixture`, [fixture], { language });
}

describe('the list of quizzes', () => {
  it('offers every kind of quiz with its size and best score', async () => {
    renderApp('/quiz');
    expect(await screen.findByRole('heading', { level: 1, name: 'Quizzes' })).toBeInTheDocument();
    const topic = screen.getByRole('listitem', { name: 'Service models' });
    expect(within(topic).getByText(/10 questions/)).toBeInTheDocument();
    expect(within(topic).getByText('Not taken yet')).toBeInTheDocument();
    expect(within(topic).getByRole('link', { name: 'Start Service models' })).toHaveAttribute('href', '/quiz/service-models');
    for (const name of ['Mixed', 'Numbers & facts']) {
      expect(within(screen.getByRole('listitem', { name })).getByRole('link', { name: `Start ${name}` })).toBeInTheDocument();
    }
    const weak = screen.getByRole('listitem', { name: 'My weak spots' });
    expect(within(weak).queryByRole('link')).toBeNull();
    expect(within(weak).getByText(/Nothing yet/)).toBeInTheDocument();
    const exam = screen.getByRole('listitem', { name: 'Exam' });
    expect(within(exam).getByRole('combobox', { name: 'Questions' })).toHaveValue('20');
    expect(within(exam).getByRole('combobox', { name: 'Time limit' })).toHaveValue('15');
  });

  it('lets the track at the top choose the topics listed and what every other quiz draws from', async () => {
    const { user } = renderApp('/quiz');
    const track = await screen.findByRole('group', { name: 'Track' });
    // A new learner starts in Foundations, and the chooser says what it governs.
    expect(within(track).getByRole('radio', { name: 'Foundations' })).toBeChecked();
    expect(track).toHaveAccessibleDescription(/chooses the questions of every quiz on this page/);
    const scenarios = screen.getByRole('listitem', { name: 'Scenarios' });
    expect(within(scenarios).getByText(/10 questions/)).toBeInTheDocument();
    expect(within(scenarios).getByRole('link', { name: 'Start Scenarios' })).toHaveAttribute('href', '/quiz/scenarios?track=foundations');
    expect(screen.queryByRole('listitem', { name: "C2B and Alibaba's cloud" })).toBeNull();
    const mixedPool = () => within(screen.getByRole('listitem', { name: 'Mixed' })).getByText(/from \d+/).textContent;
    const foundationsPool = mixedPool();

    await user.click(within(track).getByRole('radio', { name: 'Readings' }));
    expect(screen.getByRole('listitem', { name: "C2B and Alibaba's cloud" })).toBeInTheDocument();
    expect(screen.queryByRole('listitem', { name: 'Compute' })).toBeNull();
    expect(within(screen.getByRole('listitem', { name: 'Mixed' })).getByRole('link', { name: 'Start Mixed' })).toHaveAttribute('href', '/quiz/mixed?track=readings');
    expect(mixedPool()).not.toBe(foundationsPool);
    // The readings have no scenario questions: the card says so rather than offering an empty quiz.
    expect(within(scenarios).queryByRole('link')).toBeNull();
    expect(within(scenarios).getByText(/None in this track/)).toBeInTheDocument();
    const presets = within(screen.getByRole('list', { name: 'Exams' })).getAllByRole('link');
    expect(presets.map((link) => link.getAttribute('href'))).toEqual(['/quiz/exam-short?track=readings', '/quiz/exam-standard?track=readings', '/quiz/exam-long?track=readings']);

    await user.click(within(track).getByRole('radio', { name: 'All' }));
    await user.click(within(scenarios).getByRole('link', { name: 'Start Scenarios' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Scenarios' })).toBeInTheDocument();
  });

  it("shows each track's own best score", async () => {
    const attempt = (quizId: string, correct: boolean[]): QuizAttempt => ({
      id: quizId,
      quizId,
      seed: 's',
      startedAt: NOW - 1000,
      finishedAt: NOW,
      answers: correct.map((ok, i) => ({ questionId: `q-${i}`, topic: 'basics', termIds: [], correct: ok })),
    });
    const { user } = renderWithHistory('/quiz', [attempt('mixed', [true, false]), attempt('mixed@readings', [true, true, true, false])]);
    const mixed = await screen.findByRole('listitem', { name: 'Mixed' });
    expect(within(mixed).getByText('Not taken yet')).toBeInTheDocument();
    const track = screen.getByRole('group', { name: 'Track' });
    await user.click(within(track).getByRole('radio', { name: 'Readings' }));
    expect(within(mixed).getByText('Best 75%')).toBeInTheDocument();
    await user.click(within(track).getByRole('radio', { name: 'All' }));
    expect(within(mixed).getByText('Best 50%')).toBeInTheDocument();
  });

  it('shows the best score once a quiz has been taken', async () => {
    renderApp('/quiz', { settings: { track: 'all' }, quiz: { missed: {}, attempts: [
      {
        id: 'a',
        quizId: 'numbers',
        seed: 's',
        startedAt: NOW - 1000,
        finishedAt: NOW,
        answers: [
          { questionId: 'q-fig-aws-2010-share', topic: 'market-figures', termIds: ['forrester'], correct: true },
          { questionId: 'q-fig-amazon-2008', topic: 'market-figures', termIds: ['amazon-tech-spending'], correct: false },
        ],
      },
    ] } });
    const numbers = await screen.findByRole('listitem', { name: 'Numbers & facts' });
    expect(within(numbers).getByText('Best 50%')).toBeInTheDocument();
    expect(within(screen.getByRole('listitem', { name: 'My weak spots' })).getByRole('link', { name: 'Start My weak spots' })).toBeInTheDocument();
  });
});

describe('a single-choice question', () => {
  it('is a radio group picked with a digit; Enter checks it and explains with the source and the terms', async () => {
    const { user } = renderQuiz(['q-cloud-basics-hybrid-cloud-bursting']);
    const group = await screen.findByRole('group', { name: /cloud bursting/ });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(4);
    const hybrid = within(group).getByRole('radio', { name: /Hybrid cloud/ });
    const hybridIndex = radios.indexOf(hybrid);
    await user.keyboard(String(hybridIndex + 1));
    expect(hybrid).toBeChecked();
    await user.keyboard('{Enter}');
    const verdict = await screen.findByRole('heading', { name: /Correct/ });
    expect(verdict).toHaveFocus();
    const feedback = screen.getByRole('region', { name: 'Explanation' });
    // A long source passage is folded to its opening; one tap shows it whole.
    expect(within(feedback).queryByText(/cloud bursting for load balancing between clouds/, { selector: 'blockquote' })).toBeNull();
    await user.click(within(feedback).getByRole('button', { name: 'Show the whole passage' }));
    expect(within(feedback).getByText(/cloud bursting for load balancing between clouds/, { selector: 'blockquote' })).toBeInTheDocument();
    expect(within(feedback).getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(feedback).getByRole('link', { name: /Hybrid cloud/ })).toHaveAttribute('href', '/glossary/hybrid-cloud');
    // The other language is a tap away.
    await user.click(within(feedback).getByRole('button', { name: '中文解释' }));
    expect(within(feedback).getByText(/在 NIST 的混合云定义中/)).toHaveAttribute('lang', 'zh-CN');
  });

  it('a scenario question says after the answer why each choice is right or wrong, in the learner\'s language', async () => {
    const { user } = renderQuiz(['q-compute-shop-peak-autoscale'], { language: 'zh' });
    const group = await screen.findByRole('group', { name: /双十一/ });
    await user.click(within(group).getByRole('radio', { name: /全年按峰值买 120 台服务器/ }));
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: /答错了/ });
    const feedback = screen.getByRole('region', { name: '解析' });
    const reasons = within(feedback).getByText('逐项说明').nextElementSibling as HTMLElement;
    const items = within(reasons).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const chosen = items.find((item) => item.textContent?.includes('120 台'));
    expect(chosen).toHaveTextContent('错误: 全年按峰值买 120 台服务器 (你的选择) — 一年中绝大部分时间 116 台会闲置');
  });

  it('says what the right answer was after a wrong one', async () => {
    const { user } = renderQuiz(['q-cloud-basics-hybrid-cloud-bursting']);
    const group = await screen.findByRole('group', { name: /cloud bursting/ });
    await user.click(within(group).getByRole('radio', { name: /Public cloud/ }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByRole('heading', { name: /Not quite/ })).toBeInTheDocument();
    const feedback = screen.getByRole('region', { name: 'Explanation' });
    expect(within(feedback).getByText('You chose').nextElementSibling).toHaveTextContent('Public cloud');
    expect(within(feedback).getByText('Correct answer').nextElementSibling).toHaveTextContent('Hybrid cloud');
  });

  it('asks for an answer before checking', async () => {
    const { user } = renderQuiz(['q-cloud-basics-hybrid-cloud-bursting']);
    await screen.findByRole('group', { name: /cloud bursting/ });
    await user.keyboard('{Enter}');
    expect(screen.getByText('Choose an answer first.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('heading', { name: /Correct|Not quite/ })).toBeNull();
  });
});

describe('a multiple-select question', () => {
  it('is a set of checkboxes toggled by digits, right only when exactly the right ones are chosen', async () => {
    const { user } = renderQuiz(['q-cloud-basics-deployment-models-multiple']);
    const group = await screen.findByRole('group', { name: /deployment models defined in NIST/ });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes).toHaveLength(6);
    for (const name of ['Private cloud', 'Community cloud', 'Public cloud']) {
      await user.keyboard(String(boxes.indexOf(within(group).getByRole('checkbox', { name: new RegExp(name) })) + 1));
    }
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: /Not quite/ })).toBeInTheDocument();
    expect(screen.getByText('3 of 4 right.')).toBeInTheDocument();
  });
});

describe('a true-or-false question', () => {
  it('is a pair of radios, 1 for true and 2 for false', async () => {
    const { user } = renderQuiz(['q-cloud-basics-hybrid-entities-stay-unique'], { language: 'zh' });
    const group = await screen.findByRole('group', { name: /混合云的各个云基础设施/ });
    await user.keyboard('2');
    expect(within(group).getByRole('radio', { name: /错/ })).toBeChecked();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: /答对了/ })).toBeInTheDocument();
  });
});

describe('a matching question', () => {
  it('pairs by click, no dragging, and marks each pair', async () => {
    const { user } = renderQuiz(['q-cloud-basics-deployment-matching']);
    await screen.findByRole('group', { name: /match each deployment model/i });
    const items = screen.getByRole('group', { name: 'Items' });
    const pairs: [string, RegExp][] = [
      ['Private cloud', /single organization/],
      ['Community cloud', /specific community/],
      ['Public cloud', /general public/],
      ['Hybrid cloud', /two or more distinct/],
    ];
    for (const [left, right] of pairs) {
      await user.click(within(items).getByRole('button', { name: new RegExp(left) }));
      const targets = screen.getByRole('group', { name: new RegExp(`Choose the match for “${left}”`) });
      await user.click(within(targets).getByRole('button', { name: right }));
      expect(within(items).getByRole('button', { name: new RegExp(left) })).toHaveAccessibleName(expect.stringMatching(/matched with \d/));
    }
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByRole('heading', { name: /Correct/ })).toBeInTheDocument();
  });

  it('pairs with digit keys, the next item chosen for you, and asks for every pair first', async () => {
    const { user } = renderQuiz(['q-cloud-basics-deployment-matching']);
    await screen.findByRole('group', { name: /match each deployment model/i });
    await user.keyboard('1');
    await user.keyboard('{Enter}');
    expect(screen.getByText('Match every item first.')).toBeInTheDocument();
    await user.keyboard('234');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: /Correct|Not quite/ })).toBeInTheDocument();
  });
});

describe('a typed answer', () => {
  it('forgives a typo and shows the exact spelling', async () => {
    const { user } = renderQuiz(['q-cloud-basics-hybrid-cloud-typed']);
    const input = await screen.findByRole('textbox', { name: 'Your answer' });
    await user.type(input, 'hybird cloud{Enter}');
    expect(await screen.findByRole('heading', { name: /Correct/ })).toBeInTheDocument();
    expect(screen.getByText('Correct, with a typo forgiven. The exact spelling: hybrid cloud')).toBeInTheDocument();
  });

  it('accepts the other language', async () => {
    const { user } = renderQuiz(['q-cloud-basics-hybrid-cloud-typed']);
    await user.type(await screen.findByRole('textbox', { name: 'Your answer' }), '混合云{Enter}');
    expect(await screen.findByRole('heading', { name: /Correct/ })).toBeInTheDocument();
  });
});

describe("a teacher's note in the feedback", () => {
  it('follows the answer, apart from the source, for each tested term that has one', async () => {
    const { user } = renderQuiz(['q-cloud-basics-paas-example']);
    const group = await screen.findByRole('group', { name: /examples of PaaS/ }, { timeout: 5000 });
    await user.click(within(group).getByRole('radio', { name: /the WeChat API/ }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const feedback = await screen.findByRole('region', { name: 'Explanation' });
    const notes = within(feedback).getAllByRole('note', { name: 'Teacher’s note' });
    expect(notes).toHaveLength(2);
    expect(notes[0]).toHaveTextContent('are not PaaS');
    expect(notes[1]).toHaveTextContent('Google App Engine');
    expect(within(notes[1] as HTMLElement).getByRole('link', { name: 'App Engine documentation' })).toHaveAttribute('href', 'https://cloud.google.com/appengine/docs');
  }, 15_000);

  it('is in Chinese in Chinese, and the source line uses Chinese punctuation and dates', async () => {
    const { user } = renderQuiz(['q-c2b-ten-years'], { language: 'zh' });
    await user.type(await screen.findByRole('textbox', { name: '你的答案' }, { timeout: 5000 }), '十年{Enter}');
    expect(await screen.findByRole('heading', { name: /答对了/ })).toBeInTheDocument();
    const note = screen.getByRole('note', { name: '老师的话' });
    expect(note).toHaveTextContent('后来：作者预测十年内阿里巴巴的云服务难以赶上亚马逊');
    expect(screen.getByRole('region', { name: '解析' })).toHaveTextContent('出处：曾鸣的C2B与阿里的“云”是什么关系？，虎嗅网（未署名），2012年6月8日');
  }, 15_000);
});

describe('the results', () => {
  it('score the quiz, review each mistake, record the attempt and send the missed terms to flashcards', async () => {
    const { user } = renderQuiz(['q-cloud-basics-hybrid-cloud-typed', 'q-cloud-basics-hybrid-entities-stay-unique']);
    for (let i = 0; i < 2; i++) {
      const heading = await screen.findByRole('heading', { name: `Question ${i + 1} of 2` });
      const form = heading.closest('form') as HTMLElement;
      const input = within(form).queryByRole('textbox');
      if (input) await user.type(input, 'private cloud{Enter}');
      else {
        await user.keyboard('2');
        await user.keyboard('{Enter}');
      }
      await screen.findByRole('heading', { name: /Correct|Not quite/ });
      await user.keyboard('{Enter}');
    }
    const results = await screen.findByRole('heading', { name: 'Results' });
    await waitFor(() => expect(results).toHaveFocus());
    expect(screen.getByText('Quiz finished: 1 of 2 correct.')).toBeInTheDocument();
    const review = screen.getByRole('region', { name: 'Your mistakes' });
    expect(within(review).getAllByRole('listitem').filter((li) => li.classList.contains('review-item'))).toHaveLength(1);
    // The mistake is folded to its answer line: what was typed and what is right, no explanation yet.
    const toggle = within(review).getByRole('button', { name: /^Question [12] of 2$/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(review).getByText('private cloud', { selector: '.review-answer dd' })).toBeInTheDocument();
    expect(within(review).getByText(/^hybrid cloud$/i, { selector: '.review-answer dd.strong' })).toBeInTheDocument();
    expect(within(review).queryByText(/Hybrid cloud is a composition|composition of two or more/i, { selector: 'blockquote' })).toBeNull();
    // Opened from the keyboard: the question, its explanation and its source.
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(review).getByText(/Hybrid cloud is a composition|composition of two or more/i, { selector: 'blockquote' })).toBeInTheDocument();
    expect(screen.getByText(/^“private cloud” is a different term\.$/i)).toBeInTheDocument();
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText(/joined the “Missed in quizzes” deck/)).toHaveTextContent(/is due in your flashcards now \(at most 10 terms a day; \d more today\)/);
    expect(screen.getByRole('link', { name: 'Change the daily limit' })).toHaveAttribute('href', '/settings');
    expect(screen.getByRole('link', { name: 'Study them now' })).toHaveAttribute('href', '/study/missed');
    expect(screen.getByRole('link', { name: 'Retry the wrong ones' }).getAttribute('href')).toMatch(/^\/quiz\/mixed\?seed=[a-z0-9]+&retry=/);
    const { attempts, missed } = useAppStore.getState().quiz;
    const answers = Object.fromEntries((attempts.at(-1)?.answers ?? []).map((a) => [a.questionId, a.correct]));
    expect(answers).toEqual({ 'q-cloud-basics-hybrid-cloud-typed': false, 'q-cloud-basics-hybrid-entities-stay-unique': true });
    expect(Object.keys(missed)).toContain('hybrid-cloud');
  });
});

describe('a quiz on one track', () => {
  it("asks a readings mixed quiz only the readings topics' questions, and names the track", async () => {
    const { user } = renderApp('/quiz/mixed?seed=track&n=5&track=readings');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mixed · Readings' })).toBeInTheDocument();
    for (let guard = 0; guard < 12 && !screen.queryByRole('heading', { name: 'Results' }); guard++) {
      const form = await screen.findByRole('heading', { name: /^Question \d of 5$/ });
      expect(form).toBeInTheDocument();
      const field = screen.queryByRole('textbox');
      if (field) await user.type(field, 'cloud');
      else if (document.querySelector('.q-match-target')) for (let i = 1; i <= document.querySelectorAll('.q-match-target').length; i++) await user.keyboard(String(i));
      else await user.keyboard('1');
      await user.keyboard('{Enter}');
      await screen.findByRole('heading', { name: /Correct|Not quite/ });
      await user.keyboard('{Enter}');
    }
    await screen.findByRole('heading', { name: 'Results' });
    const topics = within(screen.getByRole('region', { name: 'By topic' }))
      .getAllByRole('rowheader').map((cell) => cell.textContent);
    // Five questions over the five readings topics: one each, and none of Foundations' own.
    expect(topics.sort()).toEqual(["C2B and Alibaba's cloud", 'Cloud and marketing', 'Defining the cloud', 'Market figures', 'Service models'].sort());
    expect(useAppStore.getState().quiz.attempts.at(-1)?.quizId).toBe('mixed@readings');
  });

  it("weighs a readings exam by the readings topics, named on its front page", async () => {
    renderApp('/quiz/exam-short?seed=weights&track=readings', { language: 'zh' });
    expect(await screen.findByRole('heading', { level: 1, name: '短考试 · 阅读材料' })).toBeInTheDocument();
    const table = screen.getByRole('table');
    const topics = within(table).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(topics.length).toBeGreaterThan(2);
    expect(topics).not.toContain('计算');
  });
});

describe('a bad quiz URL', () => {
  it('says what is wrong and links back to the quizzes', async () => {
    renderApp('/quiz/cooking?seed=abc');
    expect(await screen.findByRole('heading', { level: 1, name: 'Quiz not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no quiz called “cooking”.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All quizzes' })).toHaveAttribute('href', '/quiz');
  });

  it('names a track that does not exist, in either language', async () => {
    renderApp('/quiz/mixed?seed=abc&track=cooking');
    expect(await screen.findByRole('heading', { level: 1, name: 'Quiz not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no track “cooking”: a quiz follows foundations or readings/)).toBeInTheDocument();
    cleanup();
    renderApp('/quiz/exam-short?seed=abc&track=all', { language: 'zh' });
    expect(await screen.findByText(/没有“all”这条学习路线/)).toBeInTheDocument();
  });

  it('explains an empty "weak spots" quiz', async () => {
    renderApp('/quiz/weak?seed=abc', { language: 'zh' });
    expect(await screen.findByText(/还没有薄弱点/)).toBeInTheDocument();
  });
});

describe('an exam', () => {
  it('starts on request, shows no answers until it is handed in, then reviews them', async () => {
    const { user } = renderApp('/quiz/exam?seed=exam1&n=3&minutes=5');
    await user.click(await screen.findByRole('button', { name: 'Start the exam' }));
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent(/5:00|4:5\d/);
    expect(screen.queryByText(/Enter checks/)).toBeNull();
    await user.keyboard('1');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('heading', { name: /Correct|Not quite/ })).toBeNull();
    expect(await screen.findByRole('heading', { name: 'Question 2 of 3' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hand in' }));
    await user.click(await screen.findByRole('button', { name: 'Hand in now' }));
    expect(await screen.findByRole('heading', { name: 'Results' })).toBeInTheDocument();
    expect(screen.getByText(/Quiz finished: \d of 3 correct\./)).toBeInTheDocument();
    expect(useAppStore.getState().quiz.attempts.at(-1)?.quizId).toBe('exam');
    // The two questions left unanswered are scored wrong, but are not mistakes: their terms stay out of the Missed deck.
    const [answered, ...unanswered] = useAppStore.getState().quiz.attempts.at(-1)?.answers ?? [];
    expect(unanswered.map((a) => [a.correct, a.skipped])).toEqual([
      [false, true],
      [false, true],
    ]);
    expect(answered?.skipped).toBeUndefined();
    const missed = Object.keys(useAppStore.getState().quiz.missed);
    expect(missed).toEqual(answered?.correct ? [] : answered?.termIds);
  });

  it('flags questions, moves by the navigator, and lists what is unanswered or flagged before hand-in', async () => {
    const { user } = renderApp('/quiz/exam?seed=flags&n=4');
    await user.click(await screen.findByRole('button', { name: 'Start the exam' }));
    const navigator = screen.getByRole('navigation', { name: 'Question navigator' });
    expect(within(navigator).getByRole('button', { name: 'Question 1: unanswered, current' })).toHaveAttribute('aria-current', 'step');

    await user.keyboard('1'); // answers question 1
    await user.keyboard('f'); // and flags it
    expect(screen.getByRole('button', { name: 'Flag for review' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Question 1 flagged for review.')).toBeInTheDocument();
    expect(within(navigator).getByRole('button', { name: 'Question 1: answered, flagged, current' })).toBeInTheDocument();

    // Straight to question 3 from the navigator; question 2 is left unanswered.
    await user.click(within(navigator).getByRole('button', { name: 'Question 3: unanswered' }));
    expect(await screen.findByRole('heading', { name: 'Question 3 of 4' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Flag for review' }));

    // And back: answers stay where they were given.
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByRole('heading', { name: 'Question 2 of 4' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Hand in' }));
    const check = await screen.findByRole('region', { name: 'Hand in the exam?' });
    expect(within(check).getByText('3 questions are unanswered:')).toBeInTheDocument();
    expect(within(check).getAllByRole('button', { name: /^Go to question/ }).map((b) => b.textContent)).toEqual(['2', '3', '4', '1', '3']);
    expect(within(check).getByText('2 questions are flagged for review:')).toBeInTheDocument();

    // "Go to question 4" leaves the check at that question; handing in needs the check again.
    await user.click(within(check).getAllByRole('button', { name: 'Go to question 4' })[0]!);
    expect(await screen.findByRole('heading', { name: 'Question 4 of 4' })).toHaveFocus();
    expect(useAppStore.getState().quiz.attempts).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Hand in' }));
    await user.click(await screen.findByRole('button', { name: 'Keep working' }));
    expect(await screen.findByRole('heading', { name: 'Question 4 of 4' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Hand in' }));
    await user.click(await screen.findByRole('button', { name: 'Hand in now' }));
    expect(await screen.findByRole('heading', { name: 'Results' })).toBeInTheDocument();
    expect(screen.getByText(/^Not passed$|^Passed$/)).toBeInTheDocument();
    expect(screen.getByText(/^\d+%; the pass mark is 70%\.$/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'By topic' })).toBeInTheDocument();
  });

  it('moves through the navigator with the arrow keys, one Tab stop for all the numbers', async () => {
    const { user } = renderApp('/quiz/exam?seed=arrows&n=5');
    await user.click(await screen.findByRole('button', { name: 'Start the exam' }));
    const navigator = screen.getByRole('navigation', { name: 'Question navigator' });
    const numbers = within(navigator).getAllByRole('button');
    expect(numbers.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    numbers[0]!.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(numbers[2]).toHaveFocus();
    await user.keyboard('{End}');
    expect(numbers[4]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Question 5 of 5' })).toHaveFocus();
  });

  it('offers the presets with their size, time and pass mark, and shows the topics before starting', async () => {
    const { user } = renderApp('/quiz');
    const presets = await screen.findByRole('list', { name: 'Exams' });
    const links = within(presets).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/quiz/exam-short?track=foundations', '/quiz/exam-standard?track=foundations', '/quiz/exam-long?track=foundations']);
    expect(links[2]).toHaveTextContent('65 questions · 90 min · pass 70%');
    await user.click(links[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Short exam · Foundations' })).toBeInTheDocument();
    expect(screen.getByText('20 questions, 30 minutes, pass mark 70%.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Questions per topic/ });
    const counts = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Number(within(row).getAllByRole('cell')[0]!.textContent));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20);
    expect(counts.length).toBeGreaterThan(3);
    expect(screen.getAllByRole('button', { name: 'Start the exam' })).toHaveLength(1);
  });

  it('says how many to choose in a multiple select', async () => {
    const { user } = renderApp('/quiz/exam-long?seed=multi');
    await user.click(await screen.findByRole('button', { name: 'Start the exam' }));
    const navigator = screen.getByRole('navigation', { name: 'Question navigator' });
    for (const button of within(navigator).getAllByRole('button')) {
      await user.click(button);
      if (screen.queryAllByRole('checkbox').length > 0) break;
    }
    expect(screen.getByText(/^Choose [2-9]$/)).toBeInTheDocument();
    expect(screen.queryByText('Choose all that apply')).toBeNull();
  });
});

describe('a timed exam', () => {
  it('is handed in when the time is up, and says so', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] });
    try {
      const { user } = renderApp('/quiz/exam?seed=timed&n=2&minutes=1');
      await user.click(await screen.findByRole('button', { name: 'Start the exam' }));
      await user.keyboard('1');
      await act(async () => {
        vi.advanceTimersByTime(61_000);
      });
      expect(await screen.findByText('Time is up: the exam was handed in.')).toBeInTheDocument();
      expect(screen.getByText(/Quiz finished: \d of 2 correct\./)).toBeInTheDocument();
      expect(useAppStore.getState().quiz.attempts).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
