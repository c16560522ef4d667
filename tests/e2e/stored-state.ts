import type { Page } from 'playwright-core';
import type { ReviewLogEntry } from '../../src/domain/cards';
import { unpackLog } from '../../src/domain/review-log-reader';

export type StoredState = {
  version: number;
  state: {
    settings: Record<string, unknown>;
    progress: { cards: Record<string, { lastReview: number | null; due: number }>; log: ReviewLogEntry[]; starred: string[] };
    quiz: { attempts: { id: string }[]; missed: Record<string, number> };
    [key: string]: unknown;
  };
};

/**
 * What the browser's storage holds under the app's key (what a reload will find), with the
 * review log unpacked; null when nothing is stored yet. Fails loudly if the log cannot be read.
 */
export async function storedState(page: Page): Promise<StoredState | null> {
  const raw = await page.evaluate(() => window.localStorage.getItem('cloudcards'));
  if (raw === null) return null;
  const stored = JSON.parse(raw) as { version: number; state: StoredState['state'] & { progress?: { log: unknown } } };
  const progress = stored.state.progress;
  if (!progress) return { ...stored, state: { ...stored.state, progress: { cards: {}, log: [], starred: [] } } } as StoredState;
  const log = unpackLog(progress.log, Date.now(), 'state.progress.log');
  if (!log.ok) throw new Error(`The stored review log cannot be read: ${log.issue.code} at ${log.issue.path}`);
  return { ...stored, state: { ...stored.state, progress: { ...progress, log: log.value } } } as StoredState;
}
