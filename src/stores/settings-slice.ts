import type { StateCreator } from 'zustand';
import type { DirectionSetting } from '../domain/decks';
import { detectLanguage, type Language } from '../lib/i18n';
import type { AppState, PersistedState } from './app-store';
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
};

export type SettingsSlice = {
  settings: Settings;
  setLanguage: (language: Language) => void;
  setTheme: (theme: Theme) => void;
  updateSettings: (patch: Partial<Settings>) => void;
  /** Puts a whole validated state in place (an import): settings, progress and quiz history. */
  replaceData: (state: PersistedState) => void;
  /** Forgets all progress and quiz history and restores default settings, keeping the interface language. */
  resetAll: () => void;
};

export const SETTING_LIMITS = {
  newPerDay: { min: 0, max: 999 },
  reviewsPerDay: { min: 0, max: 9999 },
  retention: { min: 0.7, max: 0.97 },
} as const;

export function defaultSettings(preferredLanguages?: readonly string[]): Settings {
  return {
    language: detectLanguage(preferredLanguages),
    theme: 'system',
    newPerDay: 20,
    reviewsPerDay: 200,
    retention: 0.9,
    directions: 'both',
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
  };
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set, get) => ({
  settings: defaultSettings(typeof navigator === 'undefined' ? [] : navigator.languages),
  setLanguage: (language) => set((s) => ({ settings: { ...s.settings, language } })),
  setTheme: (theme) => set((s) => ({ settings: { ...s.settings, theme } })),
  updateSettings: (patch) => set((s) => ({ settings: restoreSettings({ ...s.settings, ...patch }, s.settings) })),
  // Both replace progress whole, so other open tabs are told to take it whole too (rather than
  // merge their reviews back in), and reviews undone earlier no longer matter.
  replaceData: ({ settings, progress, quiz }) => {
    set({ settings, progress, quiz, undoneReviews: new Map() });
    get().publishProgress({ type: 'replace', progress });
  },
  resetAll: () => {
    const progress = emptyProgress();
    set((s) => ({
      settings: { ...defaultSettings(typeof navigator === 'undefined' ? [] : navigator.languages), language: s.settings.language },
      progress,
      quiz: emptyQuizHistory(),
      undoneReviews: new Map(),
    }));
    get().publishProgress({ type: 'replace', progress });
  },
});
