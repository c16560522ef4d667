import { useId, useState } from 'react';
import { languageTag, useMessages, type Language } from '../../lib/i18n';
import { useAppStore } from '../../stores/app-store';
import { SETTING_LIMITS, type CardDirections, type Theme } from '../../stores/settings-slice';
import { settingsMessages } from './messages';
import { SpeechSettings } from './speech-settings';
import { BilingualSection } from './bilingual-section';
import { ChoiceGroup, Section } from './controls';
import { WorkloadForecast } from './workload-forecast';
import './settings.css';

/**
 * A whole-number setting. What is typed is a draft: it is saved as soon as it is valid, an
 * invalid draft says why, and leaving the field puts the saved value back.
 */
function NumberSetting({
  label,
  hint,
  value,
  limits,
  onCommit,
}: {
  label: string;
  hint: string;
  value: number;
  limits: { min: number; max: number };
  onCommit: (value: number) => void;
}) {
  const m = useMessages(settingsMessages);
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // Changed elsewhere (another tab, an import, a reset): show the new value.
    setShown(value);
    setDraft(String(value));
  }
  const isValid = (text: string) => {
    const n = Number(text);
    return text.trim() !== '' && Number.isInteger(n) && n >= limits.min && n <= limits.max;
  };
  const valid = isValid(draft);
  return (
    <div className="settings-field">
      <label htmlFor={id}>{label}</label>
      <p className="settings-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={limits.min}
        max={limits.max}
        step={1}
        value={draft}
        aria-invalid={!valid}
        aria-describedby={valid ? `${id}-hint` : `${id}-hint ${id}-error`}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          if (isValid(text)) {
            setShown(Number(text));
            onCommit(Number(text));
          }
        }}
        onBlur={() => {
          if (!valid) setDraft(String(value));
        }}
      />
      {valid ? null : (
        <p className="settings-field-error" id={`${id}-error`}>
          {m.wholeNumber(limits.min, limits.max)}
        </p>
      )}
    </div>
  );
}

/** Interface and study preferences, saved as they change. */
export function Preferences() {
  const m = useMessages(settingsMessages);
  const settings = useAppStore((s) => s.settings);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const setTheme = useAppStore((s) => s.setTheme);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const retentionId = useId();
  const retentionPercent = Math.round(settings.retention * 100);

  return (
    <>
      <Section title={m.appearance}>
        <ChoiceGroup<Language>
          compact
          legend={m.language}
          name="language"
          value={settings.language}
          onChange={setLanguage}
          options={[
            { value: 'zh', label: '中文', lang: languageTag('zh') },
            { value: 'en', label: 'English', lang: languageTag('en') },
          ]}
        />
        <ChoiceGroup<Theme>
          compact
          legend={m.theme}
          name="theme"
          value={settings.theme}
          onChange={setTheme}
          options={[
            { value: 'system', label: m.themeSystem },
            { value: 'light', label: m.themeLight },
            { value: 'dark', label: m.themeDark },
          ]}
        />
      </Section>

      <Section title={m.study}>
        <div className="settings-field-row">
          <NumberSetting
            label={m.newPerDay}
            hint={m.newPerDayHint}
            value={settings.newPerDay}
            limits={SETTING_LIMITS.newPerDay}
            onCommit={(newPerDay) => updateSettings({ newPerDay })}
          />
          <NumberSetting
            label={m.reviewsPerDay}
            hint={m.reviewsPerDayHint}
            value={settings.reviewsPerDay}
            limits={SETTING_LIMITS.reviewsPerDay}
            onCommit={(reviewsPerDay) => updateSettings({ reviewsPerDay })}
          />
        </div>
        <div className="settings-field">
          <div className="settings-range-label">
            <label htmlFor={retentionId}>{m.retention}</label>
            {/* The slider itself announces the value (aria-valuetext). */}
            <span className="settings-range-value" aria-hidden="true">
              {m.percent(settings.retention)}
            </span>
          </div>
          <p className="settings-hint" id={`${retentionId}-hint`}>
            {m.retentionHint}
          </p>
          <input
            id={retentionId}
            type="range"
            className="settings-range"
            min={Math.round(SETTING_LIMITS.retention.min * 100)}
            max={Math.round(SETTING_LIMITS.retention.max * 100)}
            step={1}
            value={retentionPercent}
            aria-valuetext={m.percent(settings.retention)}
            aria-describedby={`${retentionId}-hint`}
            onChange={(event) => updateSettings({ retention: Number(event.target.value) / 100 })}
          />
          <div className="settings-range-scale" aria-hidden="true">
            <span>{m.percent(SETTING_LIMITS.retention.min)}</span>
            <span>{m.percent(SETTING_LIMITS.retention.max)}</span>
          </div>
          <WorkloadForecast retention={settings.retention} />
        </div>
        <ChoiceGroup<CardDirections>
          legend={m.directions}
          name="directions"
          value={settings.directions}
          onChange={(directions) => updateSettings({ directions })}
          options={[
            { value: 'both', label: m.directionsBoth, hint: m.directionsBothHint },
            { value: 'term-first', label: m.directionsTermFirst, hint: m.directionsTermFirstHint },
            { value: 'definition-first', label: m.directionsDefinitionFirst, hint: m.directionsDefinitionFirstHint },
          ]}
        />
        <NumberSetting
          label={m.leechFailures}
          hint={m.leechFailuresHint}
          value={settings.leechFailures}
          limits={SETTING_LIMITS.leechFailures}
          onCommit={(leechFailures) => updateSettings({ leechFailures })}
        />
        <NumberSetting
          label={m.missedPerDay}
          hint={m.missedPerDayHint}
          value={settings.missedPerDay}
          limits={SETTING_LIMITS.missedPerDay}
          onCommit={(missedPerDay) => updateSettings({ missedPerDay })}
        />
      </Section>

      <Section title={m.speech}>
        <SpeechSettings />
      </Section>

      <BilingualSection />
    </>
  );
}
