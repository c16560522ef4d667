import { defineMessages } from '../../lib/i18n';

const n = (value: number) => value.toLocaleString('en');
const plural = (value: number, one: string, many: string) => `${n(value)} ${value === 1 ? one : many}`;
const zh = (value: number) => value.toLocaleString('zh-CN');

/** The progress screen's strings. */
export const progressMessages = defineMessages({
  en: {
    title: 'Progress',
    lead: 'Your streak, your reviews and what is coming up.',

    today: 'Today',
    reviewedToday: 'Reviewed',
    dueToday: 'Due',
    newLeft: 'New cards left',
    dueOverLimit: (limit: number) => `Showing ${n(limit)} today, your daily review limit.`,

    streak: 'Streak',
    currentStreak: 'Current streak',
    longestStreak: 'Longest streak',
    days: (value: number) => plural(value, 'day', 'days'),
    keepItGoing: 'Review a card today to keep it going.',
    doneToday: 'You have studied today.',
    dayStartsAt: 'A study day runs from 4 AM to 4 AM.',

    calendar: 'Reviews in the last year',
    calendarSummary: (reviews: number, days: number) =>
      reviews === 0 ? 'No reviews in the last year yet.' : `${plural(reviews, 'review', 'reviews')} on ${plural(days, 'day', 'days')} in the last year.`,
    busiestDay: (date: string, reviews: number) => `Busiest day: ${date}, with ${plural(reviews, 'review', 'reviews')}.`,
    reviewsOn: (date: string, reviews: number) => `${date}: ${plural(reviews, 'review', 'reviews')}`,
    less: 'Less',
    more: 'More',
    showTable: 'Show as a table',
    month: 'Month',
    reviews: 'Reviews',
    daysStudied: 'Days studied',
    scrollHint: 'Reviews per day over the last year, scrollable',

    forecast: 'Coming up',
    forecastSummary: (tomorrow: number, week: number, month: number) =>
      `Tomorrow: ${plural(tomorrow, 'card', 'cards')}. Next 7 days: ${n(week)}. Next 30 days: ${n(month)}.`,
    forecastEmpty: 'Nothing is scheduled yet. Cards you study come back here on the day they are due.',
    forecastToday: 'Today',
    inDays: (value: number) => `in ${value} days`,
    date: 'Date',
    cardsDue: 'Cards due',
    overdueIncluded: 'Today includes overdue cards.',

    retention: 'True retention',
    retentionWindow: 'Last 30 days',
    retentionSummary: (remembered: number, reviews: number) =>
      `You remembered ${n(remembered)} of ${plural(reviews, 'review', 'reviews')} of learned cards (not graded Again).`,
    retentionTarget: (target: string) => `Your target: ${target}`,
    retentionEmpty: 'Shows once cards you have learned come back for review, usually a few days after you start.',
    percent: (value: number) => `${Math.round(value * 100)}%`,

    mastery: 'Mastery by topic',
    masteryLead: 'A card is mature once its interval reaches 21 days.',
    legend: 'Legend',
    legendMature: 'Mature',
    legendYoung: 'Young',
    legendLearning: 'Learning',
    legendNew: 'New (empty track)',
    legendLength: 'The coloured length is the share of the topic’s cards studied; the number is the share mature.',
    masteryRow: (mature: number, total: number) => `${n(mature)} of ${plural(total, 'card', 'cards')} mature`,
    stageYoung: (value: number) => `${n(value)} young`,
    stageLearning: (value: number) => `${n(value)} learning`,
    stageNew: (value: number) => `${n(value)} new`,
    masteryLoadFailed: 'The topics could not be loaded.',
    tryAgain: 'Try again',

    quiz: 'Quiz accuracy',
    quizSummary: (accuracy: string, correct: number, total: number) => `Overall ${accuracy}: ${n(correct)} of ${plural(total, 'answer', 'answers')} right.`,
    quizEmpty: 'Take a quiz to see how your accuracy changes over time.',
    takeQuiz: 'Take a quiz',
    quizChartLabel: 'Share of answers right on each day you took quizzes',
    quizzes: 'Quizzes',
    accuracy: 'Accuracy',

    emptyHeading: 'Your progress starts with your first card',
    emptyBody:
      'Study a deck of new cards, grading each one honestly. Your streak, a calendar of your reviews and a forecast of what is due will appear here as you go.',
    startStudying: 'Start studying',
  },
  zh: {
    title: '进度',
    lead: '你的连续学习天数、复习记录和接下来的安排。',

    today: '今日',
    reviewedToday: '已复习',
    dueToday: '到期',
    newLeft: '剩余新卡片',
    dueOverLimit: (limit: number) => `今天显示 ${zh(limit)} 张，即每日复习上限。`,

    streak: '连续学习',
    currentStreak: '当前连续',
    longestStreak: '最长连续',
    days: (value: number) => `${zh(value)} 天`,
    keepItGoing: '今天复习一张卡片，保持连续记录。',
    doneToday: '今天已经学习过了。',
    dayStartsAt: '学习日从凌晨 4 点到次日凌晨 4 点。',

    calendar: '过去一年的复习',
    calendarSummary: (reviews: number, days: number) =>
      reviews === 0 ? '过去一年还没有复习记录。' : `过去一年在 ${zh(days)} 天中共复习 ${zh(reviews)} 次。`,
    busiestDay: (date: string, reviews: number) => `复习最多的一天：${date}，共 ${zh(reviews)} 次。`,
    reviewsOn: (date: string, reviews: number) => `${date}：${zh(reviews)} 次复习`,
    less: '少',
    more: '多',
    showTable: '以表格显示',
    month: '月份',
    reviews: '复习次数',
    daysStudied: '学习天数',
    scrollHint: '过去一年每天的复习次数，可滚动查看',

    forecast: '即将到期',
    forecastSummary: (tomorrow: number, week: number, month: number) =>
      `明天：${zh(tomorrow)} 张。未来 7 天：${zh(week)} 张。未来 30 天：${zh(month)} 张。`,
    forecastEmpty: '还没有安排。学过的卡片会在到期那天出现在这里。',
    forecastToday: '今天',
    inDays: (value: number) => `${value} 天后`,
    date: '日期',
    cardsDue: '到期卡片',
    overdueIncluded: '“今天”包含已逾期的卡片。',

    retention: '真实记忆率',
    retentionWindow: '最近 30 天',
    retentionSummary: (remembered: number, reviews: number) => `在已学会卡片的 ${zh(reviews)} 次复习中，你记住了 ${zh(remembered)} 次（未选“重来”）。`,
    retentionTarget: (target: string) => `你的目标：${target}`,
    retentionEmpty: '学会的卡片再次到期复习后（通常在开始学习几天后）显示。',
    percent: (value: number) => `${Math.round(value * 100)}%`,

    mastery: '各主题掌握程度',
    masteryLead: '卡片的间隔达到 21 天即为“已掌握”。',
    legend: '图例',
    legendMature: '已掌握',
    legendYoung: '较新',
    legendLearning: '学习中',
    legendNew: '未学（空白轨道）',
    legendLength: '着色部分的长度是该主题已学卡片的比例；数字是已掌握的比例。',
    masteryRow: (mature: number, total: number) => `${zh(total)} 张卡片中已掌握 ${zh(mature)} 张`,
    stageYoung: (value: number) => `较新 ${zh(value)} 张`,
    stageLearning: (value: number) => `学习中 ${zh(value)} 张`,
    stageNew: (value: number) => `未学 ${zh(value)} 张`,
    masteryLoadFailed: '无法加载主题。',
    tryAgain: '重试',

    quiz: '测验正确率',
    quizSummary: (accuracy: string, correct: number, total: number) => `总体 ${accuracy}：${zh(total)} 个答案中答对 ${zh(correct)} 个。`,
    quizEmpty: '完成一次测验后，这里会显示正确率随时间的变化。',
    takeQuiz: '开始测验',
    quizChartLabel: '每个测验日的答题正确率',
    quizzes: '测验次数',
    accuracy: '正确率',

    emptyHeading: '从第一张卡片开始记录进度',
    emptyBody: '学习一组新卡片，并如实评分。随着学习，你的连续天数、复习日历和到期预测会出现在这里。',
    startStudying: '开始学习',
  },
});

export type ProgressMessages = (typeof progressMessages)['en'];
