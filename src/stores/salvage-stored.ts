/**
 * Takes back what can be read of stored data that could not be read whole at start, and was
 * kept aside: every valid card, review, attempt, starred term, miss and note (src/domain/salvage.ts),
 * merged into what this tab holds by the one merge, so that new work done since is kept too.
 * Loaded only when there is damage to salvage, so the first page does not carry it.
 */
import type { StoreApi } from 'zustand';
import { LIMITS } from '../domain/limits';
import { mergeProgressCopies, mergeQuizCopies } from '../domain/merge';
import { countSetAside, salvageBackup } from '../domain/salvage';
import type { SalvageReport } from '../lib/storage';
import { STORE_VERSION, type AppState } from './app-store';
import { restoreSettings } from './settings-slice';
import { migrate } from './stored-state';

/** Salvages the kept-aside copy `raw` into the store; what was kept and set aside, or null when nothing could be kept. */
export function salvageIntoStore(store: StoreApi<AppState>, raw: string, now: number): SalvageReport | null {
  const s = store.getState();
  const result = salvageBackup(raw, { currentVersion: STORE_VERSION, now, migrate, settings: (settings) => restoreSettings(settings, s.settings) });
  if (!result) return null;
  // The learner's settings come back too, unless they were changed in this tab since it started afresh.
  const takeSettings = s.settingsChangedAt === 0;
  store.setState({
    progress: mergeProgressCopies(s.progress, result.state.progress),
    quiz: mergeQuizCopies(s.quiz, result.state.quiz, LIMITS.keptAttempts),
    ...(takeSettings ? { settings: result.state.settings, settingsChangedAt: Math.max(now, s.settingsChangedAt + 1) } : {}),
  });
  const { reviews, cards, attempts } = result.kept;
  return { reviews, cards, attempts, setAside: countSetAside(result.setAside), paths: result.setAside.slice(0, 3).map((item) => item.path) };
}
