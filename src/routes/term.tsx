import { Page } from '../components/page';
import { defineMessages, useMessages } from '../lib/i18n';

const messages = defineMessages({
  en: { title: 'Term', lead: 'A term and where it comes from.' },
  zh: { title: '术语', lead: '术语及其出处。' },
});

export function Component() {
  const m = useMessages(messages);
  return <Page title={m.title} lead={m.lead} />;
}
