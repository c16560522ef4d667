import { Page } from '../components/page';
import { useMessages } from '../lib/i18n';
import { DataSection } from '../features/settings/data-section';
import { settingsMessages } from '../features/settings/messages';
import { Preferences } from '../features/settings/preferences';

export function Component() {
  const m = useMessages(settingsMessages);
  return (
    <Page title={m.title} lead={m.lead}>
      <div className="settings-page">
        <Preferences />
        <DataSection />
      </div>
    </Page>
  );
}
