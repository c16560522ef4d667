import { describe, expect, it } from 'vitest';
import { studiedKinds } from './decks';
import { LEARNER_PROFILES, profileEffects } from './learner-profile';

describe('the learner profile', () => {
  it('sets the interface language, the language cards show first and the new kinds of card', () => {
    expect(profileEffects('learn-en')).toEqual({ profile: 'learn-en', language: 'zh', cardLanguage: 'en', translation: true, typedRecall: 'en', pinyinOnCards: false });
    expect(profileEffects('learn-zh')).toEqual({ profile: 'learn-zh', language: 'en', cardLanguage: 'zh', translation: true, typedRecall: 'zh', pinyinOnCards: true });
  });

  it('leaves the interface language and pinyin as they are for a learner of both', () => {
    const both = profileEffects('both');
    expect(both).toEqual({ profile: 'both', cardLanguage: 'interface', translation: true, typedRecall: 'off' });
    expect('language' in both || 'pinyinOnCards' in both).toBe(false);
  });

  it('turns translation cards on for every choice, and typed recall in the language being learned', () => {
    for (const profile of LEARNER_PROFILES) {
      const kinds = studiedKinds({ directions: 'both', ...profileEffects(profile) });
      expect(kinds.slice(0, 4)).toEqual(['forward', 'reverse', 'en-zh', 'zh-en']);
    }
    expect(studiedKinds({ directions: 'both', ...profileEffects('learn-en') })).toContain('type-en');
    expect(studiedKinds({ directions: 'both', ...profileEffects('learn-zh') })).toContain('type-zh');
  });
});
