import { Page } from '../components/page';
import { defineMessages, useMessages } from '../lib/i18n';

const messages = defineMessages({
  en: { title: 'Glossary', lead: 'Every term of cloud computing in Chinese and English.' },
  zh: { title: '术语表', lead: '中英双语的云计算术语。' },
});

export function Component() {
  const m = useMessages(messages);
  return <Page title={m.title} lead={m.lead} />;
}
