import type { TypedSetting } from '../../domain/decks';
import { profileEffects, type CardLanguage, type LearnerProfile } from '../../domain/learner-profile';
import { useMessages } from '../../lib/i18n';
import { useAppStore } from '../../stores/app-store';
import { settingsMessages } from './messages';
import { ChoiceGroup, Section } from './controls';

/**
 * Learning in two languages: who is learning (the first-run choice, which sets the rest at
 * once), and each of what it sets, to change alone: the language cards show first, the new
 * kinds of card (translation, typed recall) and pinyin on cards.
 */
export function BilingualSection() {
  const m = useMessages(settingsMessages);
  const settings = useAppStore((s) => s.settings);
  const updateSettings = useAppStore((s) => s.updateSettings);
  return (
    <Section title={m.bilingual}>
      <ChoiceGroup<LearnerProfile | 'none'>
        legend={m.profile}
        name="profile"
        value={settings.profile ?? 'none'}
        onChange={(profile) => {
          if (profile !== 'none') updateSettings(profileEffects(profile));
        }}
        options={[
          { value: 'learn-en', label: m.profileLearnEn, hint: m.profileLearnEnHint },
          { value: 'learn-zh', label: m.profileLearnZh, hint: m.profileLearnZhHint },
          { value: 'both', label: m.profileBoth, hint: m.profileBothHint },
        ]}
      />
      <ChoiceGroup<CardLanguage>
        compact
        legend={m.cardLanguage}
        name="cardLanguage"
        value={settings.cardLanguage}
        onChange={(cardLanguage) => updateSettings({ cardLanguage })}
        options={[
          { value: 'interface', label: m.cardLanguageInterface },
          { value: 'zh', label: m.cardLanguageZh },
          { value: 'en', label: m.cardLanguageEn },
        ]}
      />
      <Toggle label={m.translation} hint={m.translationHint} checked={settings.translation} onChange={(translation) => updateSettings({ translation })} />
      <ChoiceGroup<TypedSetting>
        legend={m.typedRecall}
        name="typedRecall"
        value={settings.typedRecall}
        onChange={(typedRecall) => updateSettings({ typedRecall })}
        options={[
          { value: 'off', label: m.typedOff },
          { value: 'en', label: m.typedEnglish },
          { value: 'zh', label: m.typedChinese },
          { value: 'both', label: m.typedBoth, hint: m.typedRecallHint },
        ]}
      />
      <Toggle label={m.pinyinOnCards} hint={m.pinyinOnCardsHint} checked={settings.pinyinOnCards} onChange={(pinyinOnCards) => updateSettings({ pinyinOnCards })} />
    </Section>
  );
}

function Toggle({ label, hint, checked, onChange }: { label: string; hint: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="settings-choice settings-toggle">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span className="settings-choice-text">
        <span className="settings-choice-label">{label}</span>
        <span className="settings-choice-hint">{hint}</span>
      </span>
    </label>
  );
}
