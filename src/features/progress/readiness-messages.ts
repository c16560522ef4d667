import { defineMessages } from '../../lib/i18n';

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** Readiness on the Progress screen. */
export const readinessMessages = defineMessages({
  en: {
    title: 'Readiness',
    overall: (share: number) => `${pct(share)} ready overall`,
    how: 'How it is worked out',
    explanation:
      'For each topic: the share of its cards you have studied, times how well you know them. “How well” is the average chance, by the FSRS memory model, that you would recall each studied card today; once you have taken quizzes on the topic, it is the mean of that and your recent quiz accuracy (an answer counts half as much after two weeks). Overall is the topics weighted by their number of cards. This is not a chance of passing an exam.',
    next: (topic: string) => `Study next: ${topic}`,
    nextLink: (topic: string) => `Study ${topic}`,
    topic: 'Topic',
    ready: 'Ready',
    coverage: 'Studied',
    memory: 'Recall today',
    quiz: 'Recent quizzes',
    none: '—',
    percent: pct,
    trend: 'Readiness over the last 30 days',
    trendSummary: (then: number, now: number) => `30 days ago ${pct(then)}, today ${pct(now)}.`,
    date: 'Day',
    loading: 'Working out the trend…',
  },
  zh: {
    title: '备考程度',
    overall: (share: number) => `总体 ${pct(share)}`,
    how: '如何计算',
    explanation:
      '每个主题：已学过的卡片占比，乘以你对它们的掌握程度。“掌握程度”是按 FSRS 记忆模型算出的、你今天仍能记起每张已学卡片的平均概率；如果做过这个主题的测验，则取它与近期测验正确率的平均（两周前的答案只算一半）。总体按各主题的卡片数加权。这不是考试通过的概率。',
    next: (topic: string) => `接下来学：${topic}`,
    nextLink: (topic: string) => `学习${topic}`,
    topic: '主题',
    ready: '备考程度',
    coverage: '已学',
    memory: '今天能记起',
    quiz: '近期测验',
    none: '—',
    percent: pct,
    trend: '最近 30 天的备考程度',
    trendSummary: (then: number, now: number) => `30 天前 ${pct(then)}，今天 ${pct(now)}。`,
    date: '日期',
    loading: '正在计算趋势……',
  },
});
