/**
 * Leeches, as Anki calls them: cards the learner keeps failing. A card graded Again this many
 * times is a leech; studying it more the same way wastes time, so the app tags it, gathers it
 * in the Leeches deck and offers the term's page and a note in the learner's own words.
 *
 * Failures are counted from the review log (every Again, in learning or in review), so the tag
 * follows the log wherever it goes: another tab, an import, another device.
 */
import { parseCardId, type CardId, type ReviewLogEntry } from './cards';

/** How many times each card was graded Again. */
export function countFailures(log: readonly ReviewLogEntry[]): Map<CardId, number> {
  const failures = new Map<CardId, number>();
  for (const entry of log) if (entry.grade === 1) failures.set(entry.cardId, (failures.get(entry.cardId) ?? 0) + 1);
  return failures;
}

/** Whether a card failed this often is a leech (never when leeches are off: threshold 0). */
export const isLeech = (failures: number, threshold: number) => threshold > 0 && failures >= threshold;

/**
 * How often the term's most failed card was graded Again: a term is a leech when any one of its
 * cards, of any kind (term ⇄ definition, translation, typed recall), is. The failures are counted
 * from the log, so a kind turned off keeps them: the term stays hard for the learner.
 */
export function termFailures(log: readonly ReviewLogEntry[], termId: string): number {
  const failures = new Map<CardId, number>();
  let most = 0;
  for (const entry of log) {
    if (entry.grade !== 1 || parseCardId(entry.cardId)?.termId !== termId) continue;
    const count = (failures.get(entry.cardId) ?? 0) + 1;
    failures.set(entry.cardId, count);
    most = Math.max(most, count);
  }
  return most;
}

/** The terms with a leech card (of any kind), by id: the ones whose termFailures reach the threshold. */
export function leechTermIds(log: readonly ReviewLogEntry[], threshold: number): Set<string> {
  const terms = new Set<string>();
  if (threshold <= 0) return terms;
  for (const [id, failures] of countFailures(log)) {
    const parsed = parseCardId(id);
    if (parsed && isLeech(failures, threshold)) terms.add(parsed.termId);
  }
  return terms;
}
