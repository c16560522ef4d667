import { defineMessages } from '../../lib/i18n';

/** What a leech says on the study screen, and its setting. */
export const leechMessages = defineMessages({
  en: {
    tag: 'Leech',
    heading: (failures: number) => `You have failed this card ${failures} times`,
    lead: 'More of the same will not help. Read the term’s page, then put it in your own words: writing it yourself is what makes it stick.',
    openTerm: (term: string) => `Open the page for “${term}”`,
    noteLabel: 'Rewrite it in my words',
    saveNote: 'Save my words',
    noteSaved: 'Saved with your progress.',
    noteCleared: 'Your note was removed.',
    yourWords: 'In your words:',
  },
  zh: {
    tag: '顽固卡',
    heading: (failures: number) => `这张卡片你已经答错 ${failures} 次`,
    lead: '同样的方法再来一遍帮助不大。先读读这个术语的页面，再用自己的话写下来：亲手写出来才记得牢。',
    openTerm: (term: string) => `打开“${term}”的页面`,
    noteLabel: '用我自己的话重写',
    saveNote: '保存我的话',
    noteSaved: '已和你的学习进度一起保存。',
    noteCleared: '你的笔记已删除。',
    yourWords: '用你的话说：',
  },
});
