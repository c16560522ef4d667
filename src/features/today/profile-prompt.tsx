import { useState } from 'react';
import { Link } from 'react-router-dom';
import { languageTag, useMessages } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { useAppStore } from '../../stores/app-store';
import { profileEffects } from '../../domain/learner-profile';
import { profileMessages, readerOptions } from './profile-messages';

/**
 * The first-run choice, offered on Today to a learner who has not made it: who is learning
 * which language. It sets the interface language, the side a card shows first and the new kinds
 * of card at once; once made it gives way to a line naming it (Settings changes it), which takes
 * the focus from the button that is gone. Each reader's option is written in the language they
 * read, so either can find theirs whatever the interface's language.
 */
export function ProfilePrompt() {
  const m = useMessages(profileMessages);
  const profile = useAppStore((s) => s.settings.profile);
  const [chosenHere, setChosenHere] = useState(false);
  if (profile !== null) {
    if (!chosenHere) return null;
    const option = profile === 'both' ? { language: null, text: m.both } : readerOptions[profile];
    return (
      <p className="today-profile-done" tabIndex={-1} ref={focusOnMount}>
        {m.chosen}
        <q lang={option.language ? languageTag(option.language) : undefined}>{option.text}</q> <Link to={paths.settings()}>{m.change}</Link>
      </p>
    );
  }
  const options = [...(['learn-en', 'learn-zh'] as const).map((value) => ({ value, ...readerOptions[value] })), { value: 'both' as const, language: null, text: m.both }];
  return (
    <fieldset className="today-profile">
      <legend>{m.title}</legend>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="button secondary"
          lang={option.language ? languageTag(option.language) : undefined}
          onClick={() => {
            useAppStore.getState().updateSettings(profileEffects(option.value));
            setChosenHere(true);
          }}
        >
          {option.text}
        </button>
      ))}
    </fieldset>
  );
}

/** Focuses an element once, when it is put on the page. */
const focusOnMount = (el: HTMLElement | null) => el?.focus();
