import { Page } from '../components/page';
import { defineMessages, useMessages } from '../lib/i18n';

const messages = defineMessages({
  en: { title: 'Settings', lead: 'Language, theme, study limits and your data.' },
  zh: { title: '设置', lead: '语言、主题、学习上限和你的数据。' },
});

export function Component() {
  const m = useMessages(messages);
  return <Page title={m.title} lead={m.lead} />;
}
