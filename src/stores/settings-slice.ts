import type { StateCreator } from 'zustand';
import { TYPED_SETTINGS, type DirectionSetting, type TypedSetting } from '../domain/decks';
import { DEFAULT_LEECH_FAILURES, LEECH_LIMITS } from '../domain/leech-threshold';
import { DEFAULT_MISSED_PER_DAY, MISSED_PER_DAY_LIMITS } from '../domain/missed-feed-limits';
import { CARD_LANGUAGES, LEARNER_PROFILES, type CardLanguage, type LearnerProfile } from '../domain/learner-profile';
import { DEFAULT_TRACK, isTrackChoice, type TrackChoice } from '../domain/tracks';
import { isPrerendered } from '../lib/document-choice';
import { detectLanguage, type Language } from '../lib/i18n';
import type { AppState, PersistedState, SavedState } from './app-store';
import { emptyProgress } from './progress-slice';
import { emptyQuizHistory } from './quiz-slice';

export type Theme = 'system' | 'light' | 'dark';
/** Which directions of each term's cards are studied: both, or only one. */
export type CardDirections = DirectionSetting;

export type Settings = {
  language: Language;
  theme: Theme;
  newPerDay: number;
  reviewsPerDay: number;
  /** FSRS desired retention, 0.70–0.97. */
  retention: number;
  directions: CardDirections;
  /** A card graded Again this many times is a leech; 0: leeches off. */
  leechFailures: number;
  /** At most this many terms missed in quizzes come back in the flashcards a study day; 0: none. */
  missedPerDay: number;
  /**
   * The track Today, the decks, the quizzes and the glossary show: Foundations, Readings or
   * all (absent in older data: Foundations, where new learners start).
   */
  track: TrackChoice;
  /** Say each card aloud as it appears (the term; its definition too with `speakDefinitions`). */
  autoPlay: boolean;
  /** Read definitions aloud as well as terms. */
  speakDefinitions: boolean;
  /** English ⇄ 中文 translation cards, both ways. */
  translation: boolean;
  /** Typed recall cards: type the term's English name, its Chinese name, both, or none. */
  typedRecall: TypedSetting;
  /** Which language a card shows first. */
  cardLanguage: CardLanguage;
  /** The Chinese name's pinyin on cards. */
  pinyinOnCards: boolean;
  /** The first-run choice (learner-profile.ts); null until made. */
  profile: LearnerProfile | null;
};

export type SettingsSlice = {
  settings: Settings;
  /**
   * When the settings last changed, in any open tab (epoch ms; 0: never). Tabs keep the latest
   * change: each change is stamped later than the one before it, even if the clock went back.
   */
  settingsChangedAt: number;
  /**
   * When the whole state was last put in place by an import or a reset (0: never). A tab that
   * hears of a later one takes that state whole, rather than merge its own older data back in.
   */
  replacedAt: number;
  setLanguage: (language: Language) => void;
  setTheme: (theme: Theme) => void;
  updateSettings: (patch: Partial<Settings>) => void;
  /** Puts a whole validated state in place (an import): settings, progress and quiz history. */
  replaceData: (state: PersistedState) => void;
  /** Forgets all progress and quiz history and restores default settings, keeping the interface language. */
  resetAll: () => void;
  /** Takes settings changed in another tab, when they are the later change. */
  receiveSettings: (settings: Settings, changedAt: number) => void;
  /** Takes a whole state put in place in another tab, when it was put there later than this one's. */
  receiveState: (state: SavedState) => void;
};

export const SETTING_LIMITS = {
  newPerDay: { min: 0, max: 999 },
  reviewsPerDay: { min: 0, max: 9999 },
  retention: { min: 0.7, max: 0.97 },
  leechFailures: LEECH_LIMITS,
  missedPerDay: MISSED_PER_DAY_LIMITS,
} as const;

/**
 * The languages a new store starts in: a prerendered document's own, so that hydration meets its
 * HTML (the document was chosen for the learner before it was painted), else the browser's.
 */
function startingLanguages(): readonly string[] {
  if (isPrerendered()) return [document.documentElement.lang];
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

export function defaultSettings(preferredLanguages?: readonly string[]): Settings {
  return {
    language: detectLanguage(preferredLanguages),
    theme: 'system',
    newPerDay: 20,
    reviewsPerDay: 200,
    retention: 0.9,
    directions: 'both',
    leechFailures: DEFAULT_LEECH_FAILURES,
    missedPerDay: DEFAULT_MISSED_PER_DAY,
    track: DEFAULT_TRACK,
    autoPlay: false,
    speakDefinitions: false,
    translation: false,
    typedRecall: 'off',
    cardLanguage: 'interface',
    pinyinOnCards: false,
    profile: null,
  };
}

const clamp = (value: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, value));

/** Reads settings from untrusted JSON, keeping each valid field and defaulting the rest. */
export function restoreSettings(raw: unknown, defaults: Settings): Settings {
  if (typeof raw !== 'object' || raw === null) return defaults;
  const r = raw as Record<string, unknown>;
  const num = (value: unknown, fallback: number, limits: { min: number; max: number }) =>
    typeof value === 'number' && Number.isFinite(value) ? clamp(value, limits) : fallback;
  return {
    language: r.language === 'zh' || r.language === 'en' ? r.language : defaults.language,
    theme: r.theme === 'light' || r.theme === 'dark' || r.theme === 'system' ? r.theme : defaults.theme,
    newPerDay: Math.round(num(r.newPerDay, defaults.newPerDay, SETTING_LIMITS.newPerDay)),
    reviewsPerDay: Math.round(num(r.reviewsPerDay, defaults.reviewsPerDay, SETTING_LIMITS.reviewsPerDay)),
    retention: num(r.retention, defaults.retention, SETTING_LIMITS.retention),
    directions:
      r.directions === 'both' || r.directions === 'term-first' || r.directions === 'definition-first'
        ? r.directions
        : defaults.directions,
    leechFailures: Math.round(num(r.leechFailures, defaults.leechFailures, SETTING_LIMITS.leechFailures)),
    missedPerDay: Math.round(num(r.missedPerDay, defaults.missedPerDay, SETTING_LIMITS.missedPerDay)),
    track: isTrackChoice(r.track) ? r.track : defaults.track,
    autoPlay: typeof r.autoPlay === 'boolean' ? r.autoPlay : defaults.autoPlay,
    speakDefinitions: typeof r.speakDefinitions === 'boolean' ? r.speakDefinitions : defaults.speakDefinitions,
    translation: typeof r.translation === 'boolean' ? r.translation : defaults.translation,
    typedRecall: TYPED_SETTINGS.includes(r.typedRecall as TypedSetting) ? (r.typedRecall as TypedSetting) : defaults.typedRecall,
    cardLanguage: CARD_LANGUAGES.includes(r.cardLanguage as CardLanguage) ? (r.cardLanguage as CardLanguage) : defaults.cardLanguage,
    pinyinOnCards: typeof r.pinyinOnCards === 'boolean' ? r.pinyinOnCards : defaults.pinyinOnCards,
    profile: r.profile === null || LEARNER_PROFILES.includes(r.profile as LearnerProfile) ? (r.profile as LearnerProfile | null) : defaults.profile,
  };
}

/** Whether settings stamped `at` are a later change than `mine`, stamped `mineAt` (ties broken alike in every tab). */
function isLaterChange(settings: Settings, at: number, mine: Settings, mineAt: number): boolean {
  return at > mineAt || (at === mineAt && JSON.stringify(settings) > JSON.stringify(mine));
}

/** The store's slice of settings. `now` is the store's clock, for the stamps. */
export const createSettingsSlice =
  (now: () => number): StateCreator<AppState, [], [], SettingsSlice> =>
  (set, get) => {
    const change = (settings: Settings) => {
      const s = get();
      if (JSON.stringify(settings) === JSON.stringify(s.settings)) return;
      const changedAt = Math.max(now(), s.settingsChangedAt + 1);
      set({ settings, settingsChangedAt: changedAt });
      s.publishChange({ type: 'settings', settings, changedAt });
    };
    // An import or a reset: the other tabs are told to take the state whole (rather than merge
    // their data back in, or write it back), and reviews undone earlier no longer matter.
    const replace = (state: PersistedState) => {
      const s = get();
      const at = Math.max(now(), s.replacedAt + 1, s.settingsChangedAt + 1);
      const saved: SavedState = { ...state, settingsChangedAt: at, replacedAt: at };
      set({ ...saved, undoneReviews: new Map() });
      s.publishChange({ type: 'replace', ...saved });
    };
    return {
      settings: defaultSettings(startingLanguages()),
      settingsChangedAt: 0,
      replacedAt: 0,
      setLanguage: (language) => change({ ...get().settings, language }),
      setTheme: (theme) => change({ ...get().settings, theme }),
      updateSettings: (patch) => change(restoreSettings({ ...get().settings, ...patch }, get().settings)),
      replaceData: replace,
      resetAll: () =>
        replace({
          settings: { ...defaultSettings(typeof navigator === 'undefined' ? [] : navigator.languages), language: get().settings.language },
          progress: emptyProgress(),
          quiz: emptyQuizHistory(),
        }),
      receiveSettings: (settings, changedAt) => {
        const s = get();
        if (isLaterChange(settings, changedAt, s.settings, s.settingsChangedAt)) set({ settings, settingsChangedAt: changedAt });
      },
      receiveState: (state) => {
        if (state.replacedAt > get().replacedAt) set({ ...state, undoneReviews: new Map() });
      },
    };
  };
