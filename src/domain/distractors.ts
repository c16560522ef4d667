/**
 * Wrong options for questions generated from the glossary. Good distractors are plausible:
 * terms from the same topic, terms the glossary marks as related, and terms whose names look
 * alike (public/private cloud, IaaS/PaaS) — never random picks. They are never duplicates of
 * each other or of the answer, and never accidentally correct: a term that shares a name or
 * an alias with the answer, or whose option text reads the same, is left out, and so is a
 * term the content declares as overlapping the answer (a definition, part, unit or
 * near-synonym of it) or overlapping another wrong option.
 */
import { normalizeAnswer } from './answer-matching';
import type { Term } from './content';
import { overlapIndex, termsOverlap, type OverlapIndex } from './overlaps';
import type { Random } from './random';

/** term → definition: the options are definitions; definition → term: the options are names. */
export type GeneratedDirection = 'term-to-definition' | 'definition-to-term';

export const DISTRACTOR_WEIGHTS = { related: 4, sameTopic: 3, lookAlike: 3, jitter: 1 } as const;

/** The normalized names and aliases of a term, in both languages. */
export function termNames(term: Term): ReadonlySet<string> {
  return cached(term, 'names', () => new Set([term.term.en, term.term.zh, ...term.aliases].map(normalizeAnswer).filter((key) => key !== '')));
}

/** The texts an option shows for a term, in both languages, normalized for comparison. */
function optionKeys(term: Term, direction: GeneratedDirection): readonly string[] {
  return cached(term, direction, () => {
    const text = direction === 'term-to-definition' ? term.definition : term.term;
    return [normalizeAnswer(text.en), normalizeAnswer(text.zh)];
  });
}

// Terms are immutable content: what is derived from one is computed once.
const memo = new WeakMap<Term, Map<string, unknown>>();
function cached<T>(term: Term, key: string, compute: () => T): T {
  let entries = memo.get(term);
  if (!entries) memo.set(term, (entries = new Map()));
  if (!entries.has(key)) entries.set(key, compute());
  return entries.get(key) as T;
}

function bigrams(text: string): Set<string> {
  const key = normalizeAnswer(text);
  const grams = new Set<string>();
  if (key.length === 1) grams.add(key);
  for (let i = 0; i < key.length - 1; i++) grams.add(key.slice(i, i + 2));
  return grams;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return jaccardIndex(shared, a.size, b.size);
}

/** Shared bigrams over all the bigrams of two names: the one formula both comparisons use. */
function jaccardIndex(shared: number, sizeA: number, sizeB: number): number {
  return shared / (sizeA + sizeB - shared);
}

/** The bigrams of each of a term's names (without parentheses: "C2B (consumer to business)" → "C2B"). */
function gramsOf(term: Term): Set<string>[] {
  return cached(term, 'grams', () => {
    const strip = (name: string) => name.replace(/\s*[(（][^)）]*[)）]\s*/g, ' ');
    return [term.term.en, term.term.zh, ...term.aliases.filter((alias) => alias.length > 1)].map((name) => bigrams(strip(name)));
  });
}

/** How alike two terms' names look, 0–1, in whichever language they look most alike. */
export function lookAlike(a: Term, b: Term): number {
  let best = 0;
  for (const x of gramsOf(a)) for (const y of gramsOf(b)) best = Math.max(best, jaccard(x, y));
  return best;
}

/**
 * How good a wrong option `candidate` is for `target`, before the seeded jitter. `alike` is
 * `lookAlike(target, candidate)`, passed in when it is already known.
 */
export function distractorScore(target: Term, candidate: Term, alike = lookAlike(target, candidate)): number {
  const related = target.related.includes(candidate.id) || candidate.related.includes(target.id);
  return (related ? DISTRACTOR_WEIGHTS.related : 0) + (candidate.topic === target.topic ? DISTRACTOR_WEIGHTS.sameTopic : 0) + DISTRACTOR_WEIGHTS.lookAlike * alike;
}

/** One name of one term: `gramsOf(term)[name]`. */
type NameRef = { term: Term; name: number };

// Which names hold each bigram, per glossary: a target is compared only with the names it shares
// a bigram with, counting the shared bigrams as it goes, instead of with every name of every term.
const gramIndexOf = new WeakMap<readonly Term[], Map<string, NameRef[]>>();
function gramIndex(terms: readonly Term[]): Map<string, NameRef[]> {
  const known = gramIndexOf.get(terms);
  if (known) return known;
  const index = new Map<string, NameRef[]>();
  for (const term of terms) {
    gramsOf(term).forEach((grams, name) => {
      // One object per name: the shared bigrams are counted per object.
      const ref = { term, name };
      for (const gram of grams) {
        const refs = index.get(gram);
        if (refs) refs.push(ref);
        else index.set(gram, [ref]);
      }
    });
  }
  gramIndexOf.set(terms, index);
  return index;
}

/** `lookAlike(target, term)` for each term of `terms` that looks alike at all (the rest are 0). */
export function lookAlikes(target: Term, terms: readonly Term[]): Map<Term, number> {
  const index = gramIndex(terms);
  const best = new Map<Term, number>();
  for (const grams of gramsOf(target)) {
    const shared = new Map<NameRef, number>();
    for (const gram of grams) for (const ref of index.get(gram) ?? []) shared.set(ref, (shared.get(ref) ?? 0) + 1);
    for (const [ref, count] of shared) {
      const size = gramsOf(ref.term)[ref.name]?.size ?? 0;
      best.set(ref.term, Math.max(best.get(ref.term) ?? 0, jaccardIndex(count, grams.size, size)));
    }
  }
  return best;
}

// A target's scores against a glossary depend on nothing else: computed once, jittered per quiz.
const scoresOf = new WeakMap<Term, { terms: readonly Term[]; scored: { term: Term; score: number }[] }>();
function scoredCandidates(target: Term, terms: readonly Term[]): { term: Term; score: number }[] {
  const known = scoresOf.get(target);
  if (known?.terms === terms) return known.scored;
  const alike = lookAlikes(target, terms);
  const scored = terms.filter((term) => term.id !== target.id).map((term) => ({ term, score: distractorScore(target, term, alike.get(term) ?? 0) }));
  scoresOf.set(target, { terms, scored });
  return scored;
}

const overlapsOfGlossary = new WeakMap<readonly Term[], OverlapIndex>();
/** The glossary's declared overlaps, read once per glossary. */
export function glossaryOverlaps(terms: readonly Term[]): OverlapIndex {
  let index = overlapsOfGlossary.get(terms);
  if (!index) overlapsOfGlossary.set(terms, (index = overlapIndex(terms)));
  return index;
}

/**
 * Picks `count` wrong options for `target` from `terms`, best first, deterministically from
 * `random`. Returns fewer when the glossary has too few usable terms.
 */
export function pickDistractors(
  target: Term,
  terms: readonly Term[],
  { count, direction, random }: { count: number; direction: GeneratedDirection; random: Random },
): Term[] {
  const overlaps = glossaryOverlaps(terms);
  const targetNames = termNames(target);
  const taken = new Set(optionKeys(target, direction));
  const ranked = scoredCandidates(target, terms)
    .map(({ term, score }) => ({ term, score: score + DISTRACTOR_WEIGHTS.jitter * random.next() }))
    .sort((a, b) => b.score - a.score || a.term.id.localeCompare(b.term.id));

  const picked: Term[] = [];
  for (const { term } of ranked) {
    if (picked.length >= count) break;
    // A synonym of the answer would be a second right answer.
    if ([...termNames(term)].some((name) => targetNames.has(name))) continue;
    // A declared overlap: a definition, part or near-synonym of the answer, or of another option.
    if (termsOverlap(overlaps, target.id, term.id) || picked.some((other) => termsOverlap(overlaps, other.id, term.id))) continue;
    const keys = optionKeys(term, direction);
    if (keys.some((key) => key === '' || taken.has(key))) continue;
    keys.forEach((key) => taken.add(key));
    picked.push(term);
  }
  return picked;
}
