import { Suspense } from 'react';
import { Page } from '../components/page';
import { todayMessages } from '../features/today/messages';
import { TodayOverview } from '../features/today/today-overview';
import { useMessages } from '../lib/i18n';

/** `/`: today — what is due, the next step, and a quick quiz. */
export function Component() {
  const m = useMessages(todayMessages);
  return (
    <Page title={m.title} lead={m.lead}>
      <Suspense fallback={<div className="today-skeleton" aria-busy="true" />}>
        <TodayOverview />
      </Suspense>
    </Page>
  );
}
