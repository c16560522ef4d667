import { Link } from 'react-router-dom';
import { Page } from '../components/page';
import { defineMessages, useMessages } from '../lib/i18n';
import { paths } from '../lib/paths';

const messages = defineMessages({
  en: {
    title: 'Today',
    lead: 'Learn cloud computing in Chinese and English, a few cards a day.',
    dueToday: 'Due today',
    learned: 'Learned',
    streak: 'Streak',
    days: (n: number) => (n === 1 ? '1 day' : `${n} days`),
    nothingDue: 'Nothing is due yet. Start with a deck of new cards, or browse the glossary.',
    continueStudying: 'Start studying',
    quickQuiz: 'Quick quiz',
    browseGlossary: 'Browse the glossary',
    statsLabel: 'Your day',
  },
  zh: {
    title: '今日',
    lead: '用中英双语学习云计算，每天几张卡片。',
    dueToday: '今日到期',
    learned: '已学会',
    streak: '连续学习',
    days: (n: number) => `${n} 天`,
    nothingDue: '还没有到期的卡片。先学习一组新卡片，或浏览术语表。',
    continueStudying: '开始学习',
    quickQuiz: '快速测验',
    browseGlossary: '浏览术语表',
    statsLabel: '今日概况',
  },
});

export function Component() {
  const m = useMessages(messages);
  const due = 0;
  const learned = 0;
  const streak = 0;
  return (
    <Page title={m.title} lead={m.lead}>
      <section aria-label={m.statsLabel}>
        <dl className="stats">
          <div className="stat">
            <dt>{m.dueToday}</dt>
            <dd>{due}</dd>
          </div>
          <div className="stat">
            <dt>{m.learned}</dt>
            <dd>{learned}</dd>
          </div>
          <div className="stat">
            <dt>{m.streak}</dt>
            <dd>{m.days(streak)}</dd>
          </div>
        </dl>
      </section>
      <p>{m.nothingDue}</p>
      <p className="actions">
        <Link className="button" to={paths.study()}>
          {m.continueStudying}
        </Link>
        <Link className="button secondary" to={paths.quizzes()}>
          {m.quickQuiz}
        </Link>
        <Link className="button secondary" to={paths.glossary()}>
          {m.browseGlossary}
        </Link>
      </p>
    </Page>
  );
}
