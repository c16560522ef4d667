import { deckCards } from '../domain/decks';
import { deckCounts, dueCount } from '../domain/queue';
import { localOffset } from '../lib/clock';
import { loadIndex } from '../lib/content-index';
import { useAppStore, type AppState } from '../stores/app-store';

/**
 * The installed app's icon shows how many cards are due today, as Today counts them; no badge
 * at zero. Loaded only where the browser can badge (main.tsx), so it never weighs on the first
 * page. Cards fall due as time passes, so the count is also looked at every minute and
 * whenever the app comes back into view.
 */
const RECOUNT_MS = 60_000;

type Badging = Pick<Navigator, 'setAppBadge' | 'clearAppBadge'>;

export function countDue(state: Pick<AppState, 'settings' | 'progress' | 'quiz'>, glossary: { terms: readonly { id: string; topic: string }[] }, now: number): number {
  const { settings, progress, quiz } = state;
  return dueCount(
    deckCounts({
      deck: deckCards('all', { terms: glossary.terms, starred: progress.starred, missed: quiz.missed }, settings),
      cards: progress.cards,
      log: progress.log,
      limits: { newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay },
      now,
      offsetMinutes: localOffset(now),
    }),
  );
}

export async function startAppBadge(badging: Badging = navigator, store = useAppStore): Promise<() => void> {
  const glossary = await loadIndex(); // the compact index: ids and topics are all a count needs
  let shown: number | null = null;
  const show = () => {
    const due = countDue(store.getState(), glossary, Date.now());
    if (due === shown) return;
    shown = due;
    const done = due > 0 ? badging.setAppBadge(due) : badging.clearAppBadge();
    done.catch(() => undefined); // not allowed here (not installed, say): nothing to show
  };
  show();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.progress !== previous.progress || state.settings !== previous.settings || state.quiz.missed !== previous.quiz.missed) show();
  });
  const timer = setInterval(show, RECOUNT_MS);
  const onVisible = () => {
    if (document.visibilityState === 'visible') show();
  };
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    unsubscribe();
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
