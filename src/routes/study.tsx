import { Page } from '../components/page';
import { defineMessages, useMessages } from '../lib/i18n';

const messages = defineMessages({
  en: { title: 'Study', lead: 'Choose a deck to study.' },
  zh: { title: '学习', lead: '选择一个卡组开始学习。' },
});

export function Component() {
  const m = useMessages(messages);
  return <Page title={m.title} lead={m.lead} />;
}
