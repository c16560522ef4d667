import { useEffect, useState } from 'react';

export type SpeechLanguage = 'zh-CN' | 'en-US';

function synthesis(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function'
    ? window.speechSynthesis
    : null;
}

const matches = (voice: SpeechSynthesisVoice, language: SpeechLanguage) =>
  voice.lang.replace('_', '-').toLowerCase().startsWith(language.slice(0, 2));

/**
 * The browser's speech synthesis, if it has one. `canSpeak(language)` is false without speech
 * synthesis, or once the browser has listed its voices and none speaks that language.
 */
export function useSpeech() {
  const speech = synthesis();
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => speech?.getVoices() ?? []);

  useEffect(() => {
    if (!speech) return;
    const update = () => setVoices(speech.getVoices());
    speech.addEventListener?.('voiceschanged', update);
    return () => {
      speech.removeEventListener?.('voiceschanged', update);
      speech.cancel();
    };
  }, [speech]);

  return {
    canSpeak: (language: SpeechLanguage) => speech !== null && (voices.length === 0 || voices.some((voice) => matches(voice, language))),
    speak(text: string, language: SpeechLanguage) {
      if (!speech) return;
      speech.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = language;
      const voice = voices.find((v) => v.lang === language) ?? voices.find((v) => matches(v, language));
      if (voice) utterance.voice = voice;
      utterance.rate = language === 'zh-CN' ? 0.9 : 0.95;
      speech.speak(utterance);
    },
  };
}
