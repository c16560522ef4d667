import { Page } from '../components/page';
import { defineMessages, useMessages } from '../lib/i18n';

const messages = defineMessages({
  en: { title: 'Study session', lead: 'Flip the card, then grade how well you knew it.' },
  zh: { title: '学习', lead: '翻开卡片，然后评价你记得多好。' },
});

export function Component() {
  const m = useMessages(messages);
  return <Page title={m.title} lead={m.lead} />;
}
