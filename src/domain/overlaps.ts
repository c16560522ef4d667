/**
 * Declared overlap between terms, read both ways: if A lists B in `overlaps`, B overlaps A too.
 * Overlapping terms are never offered as each other's wrong option.
 */
import type { Term } from './content';

export type OverlapIndex = ReadonlyMap<string, ReadonlySet<string>>;

/** Every term's overlaps, declared on either side. Unknown ids are kept; the checker reports them. */
export function overlapIndex(terms: readonly Pick<Term, 'id' | 'overlaps'>[]): OverlapIndex {
  const index = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    if (from === to) return;
    let set = index.get(from);
    if (set === undefined) index.set(from, (set = new Set()));
    set.add(to);
  };
  for (const term of terms) {
    for (const other of term.overlaps ?? []) {
      add(term.id, other);
      add(other, term.id);
    }
  }
  return index;
}

/** Whether two terms overlap (either declared it). */
export function termsOverlap(index: OverlapIndex, a: string, b: string): boolean {
  return index.get(a)?.has(b) ?? false;
}
