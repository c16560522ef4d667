import { lazy, Suspense, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { Logo } from '../components/logo';
import { LanguageContext, languageTag, useMessages, type Language } from '../lib/i18n';
import { paths } from '../lib/paths';
import { useAppStore } from '../stores/app-store';
import type { Theme } from '../stores/settings-slice';
import { shellMessages } from './messages';
import { NavIcon } from './nav-icons';
import { PAGE_NOTICES } from './page-notices';
import { useOnline } from './use-online';
import { useStorageProblems } from './use-storage-problems';

/** Today first: the daily loop starts there. Settings sits in the header, so five tabs fit a thumb. */
const NAV = [
  { to: paths.home(), key: 'today' },
  { to: paths.glossary(), key: 'glossary' },
  { to: paths.study(), key: 'study' },
  { to: paths.quizzes(), key: 'quiz' },
  { to: paths.progress(), key: 'progress' },
] as const;

/** Applies the language and theme to the document, so CSS and assistive tech see them. */
function useDocumentSettings(language: Language, theme: Theme) {
  useEffect(() => {
    document.documentElement.lang = languageTag(language);
  }, [language]);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}

export function Layout() {
  const language = useAppStore((s) => s.settings.language);
  const theme = useAppStore((s) => s.settings.theme);
  useDocumentSettings(language, theme);
  return (
    <LanguageContext value={language}>
      <Shell language={language} />
    </LanguageContext>
  );
}

/**
 * Keyboard hints (key badges, "press Space") are for people with a keyboard: they show on wide
 * screens, and anywhere once a key is pressed outside a text field (an on-screen keyboard only
 * types into fields, so such a press means a real one).
 */
function useKeyboardSeen() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== 'Tab' && target?.closest('input, textarea, select, [contenteditable]')) return;
      document.documentElement.dataset.keyboard = '';
      document.removeEventListener('keydown', onKey, true);
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);
}

/**
 * A new screen starts at the top, as a new page would. Not the first: that is the page the
 * browser loaded, which the learner may have scrolled already, before its code arrived.
 */
function useScrollToTopOnNavigate() {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    window.scrollTo?.(0, 0);
  }, [pathname]);
}

function Shell({ language }: { language: Language }) {
  const m = useMessages(shellMessages);
  useScrollToTopOnNavigate();
  useKeyboardSeen();
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <>
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <header className="app-header">
        <div className="header-row">
          <NavLink to={paths.home()} className="brand" end>
            <Logo />
            <span className="brand-name">
              {m.appName}
              {m.appNameLocal ? <span className="brand-local"> {m.appNameLocal}</span> : null}
            </span>
          </NavLink>
          <div className="header-controls">
            <OfflineBadge />
            <div role="group" aria-label={m.language} className="segmented">
              {(['zh', 'en'] as const).map((option) => (
                <button
                  key={option}
                  type="button"
                  lang={languageTag(option)}
                  aria-pressed={language === option}
                  onClick={() => setLanguage(option)}
                >
                  {option === 'zh' ? '中文' : 'English'}
                </button>
              ))}
            </div>
            <NavLink to={paths.settings()} className="settings-link" aria-label={m.settings}>
              <NavIcon name="settings" />
              <span aria-hidden="true">{m.settings}</span>
            </NavLink>
          </div>
        </div>
        <nav aria-label={m.mainNav} className="main-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.key}>
                <NavLink to={item.to} end={item.key === 'today'}>
                  <NavIcon name={item.key} />
                  <span>{m[item.key]}</span>
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <StorageNotices />
      {/* Notes in the flow of the page (the backup reminder): they push the screen down, never cover it. */}
      <div id={PAGE_NOTICES} className="notices page-notices" />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <Suspense fallback={null}>
        <PwaPrompt />
      </Suspense>
    </>
  );
}

function OfflineBadge() {
  const m = useMessages(shellMessages);
  const online = useOnline();
  return online ? null : (
    <span className="status-pill" role="status">
      {m.offline}
    </span>
  );
}

const StorageNoticeList = lazy(() => import('./storage-notices'));
/** The service worker's registration and its two toasts: nothing of it is needed to draw the first screen. */
const PwaPrompt = lazy(() => import('./pwa-prompt').then((module) => ({ default: module.PwaPrompt })));

/** What storage problems there are, said by a module loaded only when there is one. */
function StorageNotices() {
  const problems = useStorageProblems();
  if (problems.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <StorageNoticeList problems={problems} />
    </Suspense>
  );
}
