/**
 * The terms a finished round names (pure): its own module, so that the summary's list of them
 * loads apart from the session (session-terms-list.tsx).
 */
import { parseCardId } from '../../domain/cards';
import type { Session } from './session';

/** How many terms the summary names as hardest, at most. */
export const HARDEST_SHOWN = 5;

/**
 * The terms of a session as the summary names them: the hardest, those whose cards were answered
 * Again, most Agains first (then first missed), at most HARDEST_SHOWN; and the learned, every
 * other term answered, in the order studied.
 */
export function sessionTerms(session: Session): { learned: string[]; hardest: { termId: string; agains: number }[] } {
  const order: string[] = [];
  const agains = new Map<string, number>();
  for (const id of session.answered) {
    const termId = parseCardId(id)?.termId;
    if (termId === undefined) continue;
    if (!order.includes(termId)) order.push(termId);
    const missed = session.agains[id] ?? 0;
    if (missed > 0) agains.set(termId, (agains.get(termId) ?? 0) + missed);
  }
  const missedFirst = session.missed.map((id) => parseCardId(id)?.termId);
  const hardest = [...agains]
    .map(([termId, count]) => ({ termId, agains: count }))
    .sort((a, b) => b.agains - a.agains || missedFirst.indexOf(a.termId) - missedFirst.indexOf(b.termId))
    .slice(0, HARDEST_SHOWN);
  return { learned: order.filter((termId) => !agains.has(termId)), hardest };
}
