import { useId } from 'react';
import { useMessages, type Language } from '../../lib/i18n';
import { useSpeech } from '../../lib/speech';
import { useAppStore } from '../../stores/app-store';
import { settingsMessages } from './messages';

const SAMPLES: Record<Language, string> = { zh: '云计算', en: 'Cloud computing' };

function Toggle({ label, hint, checked, onChange }: { label: string; hint: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="settings-toggle">
      <input id={id} type="checkbox" checked={checked} aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.target.checked)} />
      <span>
        <label htmlFor={id}>{label}</label>
        <span className="settings-hint" id={`${id}-hint`}>
          {hint}
        </span>
      </span>
    </div>
  );
}

/** Auto-play, definitions, and which voice each language gets here, or why there is none. */
export function SpeechSettings() {
  const m = useMessages(settingsMessages);
  const autoPlay = useAppStore((s) => s.settings.autoPlay);
  const speakDefinitions = useAppStore((s) => s.settings.speakDefinitions);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const speech = useSpeech();
  const unsupported = speech.status('en') === 'unsupported';
  return (
    <div className="settings-speech">
      <Toggle label={m.autoPlay} hint={m.autoPlayHint} checked={autoPlay} onChange={(on) => updateSettings({ autoPlay: on })} />
      <Toggle label={m.speakDefinitions} hint={m.speakDefinitionsHint} checked={speakDefinitions} onChange={(on) => updateSettings({ speakDefinitions: on })} />
      <h3 className="settings-subheading">
        {m.voices}
      </h3>
      {unsupported ? (
        <p className="notice">{m.speechUnsupported}</p>
      ) : (
        <dl className="settings-voices">
          {(['zh', 'en'] as const).map((language) => {
            const status = speech.status(language);
            const voice = speech.voice(language);
            return (
              <div key={language}>
                <dt>{m.voiceLanguage(language)}</dt>
                <dd>
                  {status === 'ready' && voice ? (
                    <>
                      <span>{m.voiceReady(voice.name, voice.lang)}</span>{' '}
                      <button type="button" className="button secondary small" onClick={() => speech.speak([{ text: SAMPLES[language], language }])}>
                        {m.tryVoice(language)}
                      </button>
                    </>
                  ) : status === 'loading' ? (
                    m.voiceLoading
                  ) : (
                    <span className="settings-voice-none">{m.voiceNone(language)}</span>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </div>
  );
}
