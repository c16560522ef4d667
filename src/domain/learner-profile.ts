/**
 * Who is learning: the first-run choice, changeable in Settings. A reader of Chinese learning
 * cloud English, a reader of English learning Chinese cloud terms, or both. The choice sets at
 * once the interface language, the language cards show first and which new kinds of card are on;
 * each of those can then be changed alone.
 */
import type { TypedSetting } from './decks';

export type LearnerProfile = 'learn-en' | 'learn-zh' | 'both';
export const LEARNER_PROFILES: readonly LearnerProfile[] = ['learn-en', 'learn-zh', 'both'];

/** The language a card's text is shown in first (the other one tap away): the interface's, or one of the two. */
export type CardLanguage = 'interface' | 'zh' | 'en';
export const CARD_LANGUAGES: readonly CardLanguage[] = ['interface', 'zh', 'en'];

/** What a choice sets: the settings it changes, and no others ("both" leaves the interface language and pinyin as they are). */
export type ProfileEffects = {
  profile: LearnerProfile;
  language?: 'zh' | 'en';
  cardLanguage: CardLanguage;
  translation: boolean;
  typedRecall: TypedSetting;
  pinyinOnCards?: boolean;
};

/**
 * What a choice sets. A reader of Chinese learning English gets the app in Chinese, sees English
 * first and types English names; a reader of English learning Chinese gets the app in English,
 * sees Chinese first, with pinyin, and types Chinese names (or their pinyin); "both" keeps the
 * interface language, shows cards in it and adds translation cards both ways. Every choice turns
 * translation cards on: they are what the two languages add.
 */
export function profileEffects(profile: LearnerProfile): ProfileEffects {
  if (profile === 'learn-en') return { profile, language: 'zh', cardLanguage: 'en', translation: true, typedRecall: 'en', pinyinOnCards: false };
  if (profile === 'learn-zh') return { profile, language: 'en', cardLanguage: 'zh', translation: true, typedRecall: 'zh', pinyinOnCards: true };
  return { profile, cardLanguage: 'interface', translation: true, typedRecall: 'off' };
}
