import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { AppRoutes } from '../src/app/router';
import type { Language } from '../src/lib/i18n';
import { useAppStore } from '../src/stores/app-store';
import { emptyProgress, type Progress } from '../src/stores/progress-slice';
import { emptyQuizHistory, type QuizHistory } from '../src/stores/quiz-slice';
import { defaultSettings, type Settings } from '../src/stores/settings-slice';

/** Renders the whole app at a URL, as a learner would open it, in the given language (and with their history). */
export function renderApp(
  url = '/',
  {
    language = 'en' as Language,
    quiz = emptyQuizHistory() as QuizHistory,
    progress = emptyProgress() as Progress,
    settings = {} as Partial<Settings>,
  } = {},
) {
  useAppStore.setState({ settings: { ...defaultSettings(), ...settings, language }, progress, quiz });
  const user = userEvent.setup();
  return {
    user,
    ...render(
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
      </MemoryRouter>,
    ),
  };
}
