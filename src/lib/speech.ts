import { useEffect, useSyncExternalStore } from 'react';
import { languageTag, type Language } from './i18n';

/*
 * The browser's speech synthesis, the one place the app touches it. Browsers list their voices
 * late (Chrome fires `voiceschanged` after the first call; some never fire it when they have
 * none), so the voices are "loading" until they are listed or a short wait has passed, and only
 * then does a screen say that a language has no voice.
 */

/** Whether cards in a language can be spoken: the browser cannot at all, is still listing its voices, has none for it, or has one. */
export type VoiceStatus = 'unsupported' | 'loading' | 'none' | 'ready';

/** One piece to say, in its language. */
export type Utterance = { text: string; language: Language };

type SpeechState = { voices: readonly SpeechSynthesisVoice[]; listed: boolean; speaking: boolean; error: string | null };

const WAIT_FOR_VOICES_MS = 1500;

let state: SpeechState = { voices: [], listed: false, speaking: false, error: null };
const listeners = new Set<() => void>();
/** The synthesis the voices were read from (a page has one; a test may put another in place). */
let startedWith: SpeechSynthesis | null = null;
/** Counts what was asked to be said, so that events of a cancelled utterance do not change the state. */
let turn = 0;

function synthesis(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && window.speechSynthesis && typeof window.SpeechSynthesisUtterance === 'function'
    ? window.speechSynthesis
    : null;
}

function update(patch: Partial<SpeechState>) {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

function start(speech: SpeechSynthesis) {
  if (startedWith === speech) return;
  startedWith = speech;
  state = { voices: [], listed: false, speaking: false, error: null };
  const read = () => {
    if (startedWith !== speech) return;
    const voices = speech.getVoices();
    if (voices.length > 0) update({ voices, listed: true });
  };
  read();
  speech.addEventListener?.('voiceschanged', read);
  if (!state.listed) setTimeout(() => startedWith === speech && update({ listed: true, voices: speech.getVoices() }), WAIT_FOR_VOICES_MS);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const speech = synthesis();
  if (speech) start(speech);
  return () => listeners.delete(listener);
}

const normal = (tag: string) => tag.replace(/_/g, '-').toLowerCase();

/**
 * The voice to use for a language: for Chinese, Mandarin in simplified script first (zh-CN,
 * then other Mandarin regions; never Cantonese); for English, the browser's default English
 * voice, then US, then any. Voices on the device come before network ones (the app works
 * offline). Null when none speaks the language.
 */
export function chooseVoice(voices: readonly SpeechSynthesisVoice[], language: Language): SpeechSynthesisVoice | null {
  const rank = (voice: SpeechSynthesisVoice): number => {
    const tag = normal(voice.lang);
    let score: number;
    if (language === 'zh') {
      if (tag === 'zh-hk' || tag === 'zh-mo' || tag.startsWith('yue') || tag.includes('hant-hk')) return -1;
      if (tag === 'zh-cn' || tag === 'cmn-hans-cn' || tag === 'zh-hans-cn') score = 40;
      else if (tag.startsWith('zh-hans') || tag.startsWith('cmn') || tag === 'zh-sg') score = 30;
      else if (tag === 'zh' || tag.startsWith('zh-')) score = 20;
      else return -1;
    } else {
      if (tag !== 'en' && !tag.startsWith('en-')) return -1;
      score = tag === 'en-us' ? 30 : 20;
      if (voice.default) score += 15;
    }
    return score + (voice.localService ? 5 : 0);
  };
  let best: SpeechSynthesisVoice | null = null;
  let bestRank = -1;
  for (const voice of voices) {
    const r = rank(voice);
    if (r > bestRank) {
      best = voice;
      bestRank = r;
    }
  }
  return best;
}

/** Says the pieces one after the other, after stopping whatever was being said. Pieces with no voice are left out. */
function say(pieces: readonly Utterance[]) {
  const speech = synthesis();
  if (!speech) return;
  speech.cancel();
  const mine = ++turn;
  const spoken = pieces
    .map((piece) => ({ piece, voice: chooseVoice(state.voices, piece.language) }))
    .filter(({ piece, voice }) => piece.text.trim() !== '' && (voice !== null || !state.listed));
  if (spoken.length === 0) {
    update({ speaking: false });
    return;
  }
  let left = spoken.length;
  update({ speaking: true, error: null });
  for (const { piece, voice } of spoken) {
    const utterance = new SpeechSynthesisUtterance(piece.text);
    utterance.lang = languageTag(piece.language);
    if (voice) utterance.voice = voice;
    utterance.rate = piece.language === 'zh' ? 0.9 : 0.95;
    const done = () => {
      left -= 1;
      if (mine === turn && left <= 0) update({ speaking: false });
    };
    utterance.onend = done;
    utterance.onerror = (event: SpeechSynthesisErrorEvent) => {
      // A cancel (a newer card, a stop) is not a failure worth telling.
      if (mine === turn && event.error !== 'canceled' && event.error !== 'interrupted') update({ error: event.error });
      done();
    };
    speech.speak(utterance);
  }
}

function stop() {
  turn += 1;
  synthesis()?.cancel();
  if (state.speaking) update({ speaking: false });
}

const subscribeNever = () => () => {};

const serverState: SpeechState = { voices: [], listed: true, speaking: false, error: null };

/**
 * The speech synthesis as a screen uses it: per language whether it can speak, the voice it
 * would use, whether it is speaking now, and `speak` / `stop`. Speech stops when the screen
 * goes away.
 */
export function useSpeech() {
  const current = useSyncExternalStore(subscribe, () => state, () => serverState);
  useEffect(() => () => stop(), []);
  // The prerendered page was drawn where no browser speaks: hydrate as that, then say what this browser can do.
  const supported = useSyncExternalStore(subscribeNever, () => synthesis() !== null, () => false);
  const status = (language: Language): VoiceStatus => {
    if (!supported) return 'unsupported';
    if (chooseVoice(current.voices, language)) return 'ready';
    return current.listed ? 'none' : 'loading';
  };
  return {
    status,
    voice: (language: Language) => chooseVoice(current.voices, language),
    speaking: current.speaking,
    /** The browser's reason when it refused to speak ("not-allowed" before any tap, "synthesis-failed", …). */
    error: current.error,
    speak: say,
    stop,
  };
}
