import { Page } from '../components/page';
import { defineMessages, useMessages } from '../lib/i18n';

const messages = defineMessages({
  en: { title: 'Progress', lead: 'Your streak, reviews and what is coming up.' },
  zh: { title: '进度', lead: '你的连续学习天数、复习记录和接下来的安排。' },
});

export function Component() {
  const m = useMessages(messages);
  return <Page title={m.title} lead={m.lead} />;
}
