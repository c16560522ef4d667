import { LIMITS } from './limits';

/**
 * A learner's own words for a term ("rewrite in my words", offered on a leech). Kept with the
 * progress, so it is exported, imported and merged with it. Plain JSON: the text and when it
 * was written; an emptied note keeps its time, so clearing it on one tab or device is not undone
 * by an older copy elsewhere.
 */
export type TermNote = { text: string; at: number };
export type TermNotes = Record<string, TermNote>;

export const MAX_NOTE_LENGTH = LIMITS.noteLength;

/** Whether note `a` is a later writing than `b` (ties: the longer text, the same everywhere). */
const isLaterNote = (a: TermNote, b: TermNote) => a.at > b.at || (a.at === b.at && a.text > b.text);

/**
 * Both sets of notes, each term's latest (pure). Returns `mine` itself when `theirs` adds
 * nothing, so a merge that changes nothing writes nothing.
 */
export function mergeNotes(mine: TermNotes | undefined, theirs: TermNotes | undefined): TermNotes | undefined {
  if (!theirs) return mine;
  let merged = mine;
  for (const [termId, note] of Object.entries(theirs)) {
    const known = merged && Object.hasOwn(merged, termId) ? merged[termId] : undefined;
    if (known && !isLaterNote(note, known)) continue;
    const next: TermNotes = merged === mine ? { ...mine } : merged!;
    Object.defineProperty(next, termId, { value: note, enumerable: true, writable: true, configurable: true });
    merged = next;
  }
  return merged;
}
