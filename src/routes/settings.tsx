import { lazy, Suspense } from 'react';
import { Page } from '../components/page';
import { useMessages } from '../lib/i18n';
import { DataSection } from '../features/settings/data-section';
import { settingsMessages } from '../features/settings/messages';
import { Preferences } from '../features/settings/preferences';
import { StorageSection } from '../features/settings/storage-section';

/** Sync is its own chunk: learners who never open it never download it. */
const SyncSection = lazy(() => import('../features/sync/sync-section'));
/** So is the Anki, CSV and review-log export, and the writers behind it load on its first click. */
const ExportSection = lazy(() => import('../features/settings/export-section'));

export function Component() {
  const m = useMessages(settingsMessages);
  return (
    <Page title={m.title} lead={m.lead}>
      <div className="settings-page">
        <Preferences />
        <DataSection />
        <Suspense fallback={null}>
          <ExportSection />
        </Suspense>
        <StorageSection />
        <Suspense fallback={null}>
          <SyncSection />
        </Suspense>
      </div>
    </Page>
  );
}
