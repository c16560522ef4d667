/**
 * Glossary search: instant, bilingual, forgiving.
 *
 * - Text is folded before it is indexed or searched: full-width forms become half-width
 *   (NFKD), accents and case go, apostrophes vanish ("Amazon's" → "amazons") and every other
 *   punctuation mark separates words. "ＩａａＳ", "iaas" and "IaaS," are the same word.
 * - Latin words go to MiniSearch, which gives them what hand-written code would do worse:
 *   prefix search (results while a word is still being typed), typo tolerance (one edit in a
 *   word of 4+ letters, two in 8+) and BM25 scoring with field boosts.
 * - Chinese (and Japanese, Korean) has no spaces, so a CJK run is indexed as its single
 *   characters and its overlapping character pairs: 私有云 → 私 有 云 私有 有云. A
 *   one-character query looks up the character, a longer one its pairs, which must all occur.
 *   Pairs behave the same in every browser, which `Intl.Segmenter`'s dictionaries do not.
 *   They live in a plain hash map scored with the same BM25 as MiniSearch: a radix tree is the
 *   wrong shape for an alphabet of thousands of characters (its nodes are scanned linearly),
 *   and measured on 10,000 terms MiniSearch took 3–4× longer to index the pairs and over 5 ms
 *   for a one-character prefix query; the map answers in well under a millisecond.
 * - Every query word must match (AND). A term's tier is the weakest field every word needed:
 *   all in the name, else name + aliases, else + definition, else + explanation. Results sort
 *   by exact name, then exact alias, then tier, then typo-free before fuzzy, then how much of
 *   a name the query fills ("cloud" → Cloud computing before Cloudonomics), then BM25. So a
 *   name match outranks an alias match, which outranks a definition match.
 */
import MiniSearch from 'minisearch';
import type { Term } from './content';

export type MatchField = 'name' | 'alias' | 'definition' | 'explanation';

/**
 * What to highlight in a term's texts for one search: the indexed words that matched, the
 * Latin words as typed (so that "multi" marks only "Multi" in "Multidimensional"), and the
 * CJK pieces of the query.
 */
export type Marks = { readonly words: readonly string[]; readonly typed?: readonly string[]; readonly cjk: readonly string[] };

export type SearchHit = {
  term: Term;
  /** The weakest field every query word needed, best first: name, alias, definition, explanation. */
  field: MatchField;
  /** The query is the whole name or an alias (ignoring case, width and punctuation). */
  exact: boolean;
  /** Some word of the query matched only with a typo allowed. */
  fuzzy: boolean;
  score: number;
  marks: Marks;
};

export type Segment = { text: string; match: boolean };

type Doc = { i: number } & Record<MatchField, string>;

type TermKeys = {
  /** Compact names, zh then en. */
  names: readonly string[];
  /** The first word of each name. */
  firstWords: readonly string[];
  /** Compact aliases, also without a leading article ("the cloud" → "cloud"). */
  aliases: ReadonlySet<string>;
};

type CjkIndex = {
  /** For each character and character pair, one entry `doc * 4 + field` per occurrence, in order. */
  postings: Map<string, number[]>;
  /** CJK characters per document and field, `doc * 4 + field`. */
  lengths: Uint32Array;
  averageLength: readonly number[];
};

export type SearchIndex = {
  readonly terms: readonly Term[];
  readonly latin: MiniSearch<Doc>;
  readonly cjk: CjkIndex;
  readonly keys: readonly TermKeys[];
  /** How many other terms list each term as related or overlapping: how central it is. */
  readonly links: Uint16Array;
};

const FIELDS: readonly MatchField[] = ['name', 'alias', 'definition', 'explanation'];
const BOOST: Record<MatchField, number> = { name: 8, alias: 5, definition: 2, explanation: 1 };
const FIELD_RANK = new Map<string, number>(FIELDS.map((field, rank) => [field, rank]));

// ---------------------------------------------------------------------------------------------
// Folding and tokens

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
const IS_CJK = new RegExp(`[${CJK}]`, 'u');
/** A run of CJK characters, or a run of other letters and digits. */
const WORD = new RegExp(`([${CJK}]+)|((?:(?![${CJK}])[\\p{L}\\p{N}])+)`, 'gu');
const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /['\u2018\u2019\u02BC`]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
/** Characters that join two words into one name: on-demand, daxue.qq.com, TCP/IP. */
const JOINERS = new Set(['-', '.', '/', '_', '+']);
const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;
/** Dropped from a query that has other words: they would only make the AND stricter. */
const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'is', 'as', 'in', 'for']);

/** Folds one piece of text: compatibility forms, accents, case and apostrophes. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').normalize('NFC').toLowerCase().replace(APOSTROPHES, '');
}

/**
 * The comparable form of a text: folded, every run of punctuation and spaces one space.
 * `normalizeText('Ｉｎｆｒａ-Structure，ÉTÉ')` → `'infra structure ete'`.
 */
export function normalizeText(text: string): string {
  return fold(text).replace(NOT_WORD, ' ').trim();
}

/** Without any separator: how names and aliases are compared whole. */
function compact(text: string): string {
  return fold(text).replace(NOT_WORD, '');
}

function pairs(chars: readonly string[]): string[] {
  const result: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) result.push(chars[i]! + chars[i + 1]!);
  return result;
}

export type Tokens = { latin: string[]; cjk: string[]; characters: number };

/**
 * The tokens a text is indexed under: Latin words (and hyphenated or dotted groups joined,
 * so "on-demand" is also "ondemand"), CJK characters and character pairs.
 */
export function indexTokens(text: string): Tokens {
  const folded = fold(text);
  const latin: string[] = [];
  const cjk: string[] = [];
  let characters = 0;
  let chain: string[] = [];
  let chainEnd = -1;
  const closeChain = () => {
    if (chain.length > 1) latin.push(chain.join(''));
    chain = [];
  };
  for (const match of folded.matchAll(WORD)) {
    const [, run, word] = match;
    if (run !== undefined) {
      closeChain();
      const chars = Array.from(run);
      characters += chars.length;
      cjk.push(...chars, ...pairs(chars));
    } else if (word !== undefined) {
      const joined = match.index === chainEnd + 1 && JOINERS.has(folded[chainEnd] ?? '');
      if (!joined) closeChain();
      chain.push(word);
      chainEnd = match.index + word.length;
      latin.push(word);
    }
  }
  closeChain();
  return { latin, cjk, characters };
}

export type QueryToken = { text: string; cjk: boolean; prefix: boolean; fuzzy: number };

/** The words of a query, each with how it may match. */
export function queryTokens(query: string): QueryToken[] {
  const seen = new Set<string>();
  const tokens: QueryToken[] = [];
  const add = (token: QueryToken) => {
    if (seen.has(token.text)) return;
    seen.add(token.text);
    tokens.push(token);
  };
  for (const [, run, word] of fold(query).matchAll(WORD)) {
    if (run !== undefined) {
      const chars = Array.from(run);
      for (const piece of chars.length === 1 ? chars : pairs(chars)) add({ text: piece, cjk: true, prefix: false, fuzzy: 0 });
    } else if (word !== undefined) {
      const letters = /\p{L}/u.test(word);
      add({ text: word, cjk: false, prefix: true, fuzzy: letters ? typoAllowance(word.length) : 0 });
    }
  }
  const meaningful = tokens.filter((token) => token.cjk || !STOP_WORDS.has(token.text));
  return meaningful.length > 0 ? meaningful : tokens;
}

/** Edits a word may be off by: none under 5 letters ("saas" is not "paas", "nope" not "node"). */
function typoAllowance(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

// ---------------------------------------------------------------------------------------------
// Building

const split = (text: string) => (text === '' ? [] : text.split(' '));
const single = (text: string) => [text];
const identity = (term: string) => term;

/** Builds the index once per glossary (a few milliseconds for a hundred terms). */
export function buildSearchIndex(terms: readonly Term[]): SearchIndex {
  const postings = new Map<string, number[]>();
  const lengths = new Uint32Array(terms.length * FIELDS.length);
  const totals = FIELDS.map(() => 0);
  const docs: Doc[] = terms.map((term, i) => {
    const texts: Record<MatchField, string> = {
      name: `${term.term.zh}\n${term.term.en}`,
      alias: term.aliases.join('\n'),
      definition: `${term.definition.zh}\n${term.definition.en}`,
      explanation: `${term.explanation.zh}\n${term.explanation.en}`,
    };
    const doc = { i } as Doc;
    FIELDS.forEach((field, f) => {
      const { latin, cjk, characters } = indexTokens(texts[field]);
      doc[field] = latin.join(' ');
      const entry = i * FIELDS.length + f;
      for (const gram of cjk) {
        const list = postings.get(gram);
        if (list === undefined) postings.set(gram, [entry]);
        else list.push(entry);
      }
      lengths[entry] = characters;
      totals[f]! += characters;
    });
    return doc;
  });

  const latin = new MiniSearch<Doc>({ idField: 'i', fields: [...FIELDS], tokenize: split, processTerm: identity });
  latin.addAll(docs);

  const keys = terms.map((term) => ({
    names: [term.term.zh, term.term.en].map(compact),
    firstWords: [term.term.zh, term.term.en].map((name) => normalizeText(name).split(' ')[0] ?? ''),
    aliases: new Set(term.aliases.flatMap((alias) => [compact(alias), compact(alias.replace(LEADING_ARTICLE, ''))])),
  }));
  const averageLength = totals.map((total) => Math.max(1, total / Math.max(1, terms.length)));
  const position = new Map(terms.map((term, i) => [term.id, i]));
  const links = new Uint16Array(terms.length);
  for (const term of terms) {
    for (const id of new Set([...term.related, ...(term.overlaps ?? [])])) {
      const at = position.get(id);
      if (at !== undefined && id !== term.id) links[at]! += 1;
    }
  }
  return { terms, latin, cjk: { postings, lengths, averageLength }, keys, links };
}

// ---------------------------------------------------------------------------------------------
// Searching

type TokenMatch = { score: number; rank: number; fuzzyOnly: boolean };

/** Matches one Latin word; adds the indexed words it matched (after prefix and typos) to `words`. */
function matchLatin(index: SearchIndex, token: QueryToken, fields: readonly MatchField[], words: Set<string>): Map<number, TokenMatch> {
  const results = index.latin.search(token.text, {
    fields: [...fields],
    boost: BOOST,
    prefix: token.prefix,
    fuzzy: token.fuzzy,
    maxFuzzy: 3,
    tokenize: single,
    processTerm: identity,
  });
  const matches = new Map<number, TokenMatch>();
  for (const result of results) {
    let rank = FIELDS.length;
    let fuzzyOnly = true;
    for (const word in result.match) {
      for (const field of result.match[word]!) rank = Math.min(rank, FIELD_RANK.get(field) ?? rank);
      if (word.startsWith(token.text)) fuzzyOnly = false;
      words.add(word);
    }
    matches.set(result.id as number, { score: result.score, rank, fuzzyOnly });
  }
  return matches;
}

// BM25+ with MiniSearch's parameters, so that Chinese and Latin scores add up fairly.
const K = 1.2;
const B = 0.7;
const D = 0.5;

function matchCjk(index: SearchIndex, token: QueryToken, fields: readonly MatchField[]): Map<number, TokenMatch> {
  const matches = new Map<number, TokenMatch>();
  const list = index.cjk.postings.get(token.text);
  if (list === undefined) return matches;
  const width = FIELDS.length;
  const allowed = fields.map((field) => FIELD_RANK.get(field)!);
  // Documents per field that contain the token, for its inverse document frequency.
  const documents = FIELDS.map(() => 0);
  for (let k = 0; k < list.length; k++) if (list[k] !== list[k - 1]) documents[list[k]! % width]!++;
  const count = index.terms.length;
  for (let k = 0; k < list.length; ) {
    const entry = list[k]!;
    let frequency = 0;
    while (list[k] === entry) {
      frequency++;
      k++;
    }
    const field = entry % width;
    if (!allowed.includes(field)) continue;
    const doc = (entry - field) / width;
    const matching = documents[field]!;
    const idf = Math.log(1 + (count - matching + 0.5) / (matching + 0.5));
    const norm = 1 - B + (B * index.cjk.lengths[entry]!) / index.cjk.averageLength[field]!;
    const score = BOOST[FIELDS[field]!] * idf * (D + (frequency * (K + 1)) / (frequency + K * norm));
    const previous = matches.get(doc);
    if (previous === undefined) matches.set(doc, { score, rank: field, fuzzyOnly: false });
    else {
      previous.score += score;
      previous.rank = Math.min(previous.rank, field);
    }
  }
  return matches;
}

function matchToken(index: SearchIndex, token: QueryToken, words: Set<string>, fields: readonly MatchField[] = FIELDS): Map<number, TokenMatch> {
  if (token.cjk) return matchCjk(index, token, fields);
  // A single letter is the start of a word being typed: expand it among names and aliases
  // only, where "c" means "names starting with c", not every text with such a word.
  return matchLatin(index, token, token.text.length === 1 ? ['name', 'alias'] : fields, words);
}

type Candidate = { i: number; rank: number; score: number; fuzzy: boolean };

/**
 * Searches the glossary. Every query word must match somewhere in a term (name, aliases,
 * definition or explanation, either language). Best first; at most `limit` hits.
 */
export function searchGlossary(index: SearchIndex, query: string, { limit = Infinity } = {}): SearchHit[] {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return [];

  // Every indexed word the query matched: a term's own text shows which of them it has.
  const words = new Set<string>();
  let candidates: Map<number, Candidate> | undefined;
  // Longest words first: they are the rarest, so the intersection shrinks fast.
  for (const token of [...tokens].sort((a, b) => b.text.length - a.text.length)) {
    const matches = matchToken(index, token, words);
    const next = new Map<number, Candidate>();
    if (candidates === undefined) {
      for (const [i, match] of matches) next.set(i, { i, rank: match.rank, score: match.score, fuzzy: match.fuzzyOnly });
    } else {
      for (const [i, candidate] of candidates) {
        const match = matches.get(i);
        if (match === undefined) continue;
        candidate.rank = Math.max(candidate.rank, match.rank);
        candidate.score += match.score;
        candidate.fuzzy ||= match.fuzzyOnly;
        next.set(i, candidate);
      }
    }
    candidates = next;
    if (candidates.size === 0) return [];
  }

  const whole = compact(query);
  const marks: Marks = {
    words: [...words],
    typed: tokens.filter((token) => !token.cjk).map((token) => token.text),
    cjk: tokens.filter((token) => token.cjk).map((token) => token.text),
  };
  const ranked = [...(candidates ?? new Map<number, Candidate>()).values()].map((candidate) => {
    const { names, firstWords, aliases } = index.keys[candidate.i]!;
    // How much of a name the query (or the word its first word matched) fills from the start.
    let cover = 0;
    names.forEach((name, n) => {
      const first = firstWords[n]!;
      if (name.startsWith(whole)) cover = Math.max(cover, whole.length / name.length);
      else if (words.has(first)) cover = Math.max(cover, first.length / name.length);
    });
    // 2: the query is the name; 1: it is an alias; 0: neither.
    return { candidate, exact: names.includes(whole) ? 2 : aliases.has(whole) ? 1 : 0, cover };
  });
  // A typo is a guess at what was meant: a name it spells whole first ("forester" → Forrester),
  // then the more central term (the one more terms link to), the likelier meaning
  // ("infrastucture" → IaaS before IaC).
  const central = (i: number) => (ranked.every((entry) => entry.candidate.fuzzy) ? index.links[i]! : 0);
  ranked.sort(
    (a, b) =>
      b.exact - a.exact ||
      a.candidate.rank - b.candidate.rank ||
      Number(a.candidate.fuzzy) - Number(b.candidate.fuzzy) ||
      Number(b.cover >= 1) - Number(a.cover >= 1) ||
      central(b.candidate.i) - central(a.candidate.i) ||
      b.cover - a.cover ||
      b.candidate.score - a.candidate.score ||
      a.candidate.i - b.candidate.i,
  );
  return relevant(ranked.map((entry) => entry.candidate))
    .slice(0, limit)
    .map((candidate) => ({
      term: index.terms[candidate.i]!,
      field: FIELDS[candidate.rank] ?? 'explanation',
      exact: names(index, candidate.i).has(whole),
      fuzzy: candidate.fuzzy,
      score: candidate.score,
      marks,
    }));
}

/** A term's compact names and aliases, for telling an exact match. */
function names(index: SearchIndex, i: number): ReadonlySet<string> {
  const keys = index.keys[i]!;
  return new Set([...keys.names, ...keys.aliases]);
}

/** Explanation-only matches fill a short list; they are not shown below this many better ones. */
const FILL_UP_TO = 8;

/**
 * The relevance cut, on hits sorted best first. Typo matches are shown only when no word of
 * the query matched as typed, and then only in names and aliases (a typo that happens to be
 * a word of some explanation is noise). Matches found only in an explanation fill a list of
 * fewer than FILL_UP_TO better ones, and are otherwise left out: no long tail of weak hits.
 */
function relevant(sorted: readonly Candidate[]): Candidate[] {
  const typed = sorted.some((candidate) => !candidate.fuzzy);
  const kept = sorted.filter((candidate) => (typed ? !candidate.fuzzy : candidate.rank <= 1));
  const strong = kept.filter((candidate) => candidate.rank < 3).length;
  if (strong >= FILL_UP_TO) return kept.filter((candidate) => candidate.rank < 3);
  return kept.slice(0, Math.max(strong, FILL_UP_TO));
}

/** Levenshtein distance, for the few words a "did you mean" compares. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * "Did you mean …": when the best hit was found only by allowing typos, the query with each
 * mistyped word replaced by the closest word of that term's names and aliases
 * ("infrastucture" → "infrastructure"). Null when the query was typed as it is indexed.
 */
export function didYouMean(hits: readonly SearchHit[], query: string): string | null {
  const best = hits[0];
  if (best === undefined || !best.fuzzy) return null;
  const vocabulary = [...new Set(indexTokens([best.term.term.en, best.term.term.zh, ...best.term.aliases].join(' ')).latin)];
  let changed = false;
  const words = normalizeText(query)
    .split(' ')
    .map((word) => {
      if (IS_CJK.test(word) || vocabulary.some((known) => known.startsWith(word))) return word;
      let closest: string | null = null;
      let distance = typoAllowance(word.length) + 1;
      for (const known of vocabulary) {
        const d = editDistance(word, known);
        if (d < distance) [closest, distance] = [known, d];
      }
      if (closest === null) return word;
      changed = true;
      return closest;
    });
  return changed ? words.join(' ') : null;
}

// ---------------------------------------------------------------------------------------------
// When nothing matches: the closest names

type NameGrams = { owner: Int32Array; size: Uint16Array; postings: Map<string, number[]> };

const nameGramsCache = new WeakMap<SearchIndex, NameGrams>();

/** Character pairs, and single CJK characters (which carry meaning on their own). */
function grams(text: string): Set<string> {
  const chars = Array.from(text);
  const set = new Set<string>(chars.length === 1 ? chars : chars.filter((char) => IS_CJK.test(char)));
  for (const pair of pairs(chars)) set.add(pair);
  return set;
}

/** An inverted index of the grams of every name and alias, built the first time it is needed. */
function nameGrams(index: SearchIndex): NameGrams {
  const cached = nameGramsCache.get(index);
  if (cached) return cached;
  const owners: number[] = [];
  const sizes: number[] = [];
  const postings = new Map<string, number[]>();
  index.keys.forEach((keys, term) => {
    for (const name of new Set([...keys.names, ...keys.aliases])) {
      const key = owners.length;
      const set = grams(name);
      owners.push(term);
      sizes.push(set.size);
      for (const gram of set) {
        const list = postings.get(gram);
        if (list === undefined) postings.set(gram, [key]);
        else list.push(key);
      }
    }
  });
  const built = { owner: Int32Array.from(owners), size: Uint16Array.from(sizes), postings };
  nameGramsCache.set(index, built);
  return built;
}

/** The words of every term's names and aliases, for suggestions by spelling. */
const nameWordsCache = new WeakMap<SearchIndex, readonly (readonly string[])[]>();

function nameWords(index: SearchIndex): readonly (readonly string[])[] {
  let words = nameWordsCache.get(index);
  if (words === undefined) {
    words = index.terms.map((term) => [...new Set(indexTokens([term.term.en, term.term.zh, ...term.aliases].join(' ')).latin)].filter((word) => word.length >= 3));
    nameWordsCache.set(index, words);
  }
  return words;
}

/**
 * The terms closest to a query that found nothing. Chinese: a name or alias that holds the
 * largest share of the query's characters and character pairs ("百渡" → Baidu Cloud Drive).
 * Latin: a name or alias with a word spelt within a few edits of a query word of 5 letters or
 * more ("kubernetis cluster" → Kubernetes); a short word that matched nothing has no close
 * neighbour worth offering ("nope" → nothing), and neither do words that merely share letters.
 */
export function suggestTerms(index: SearchIndex, query: string, limit = 5): Term[] {
  const best = new Map<number, number>();
  const consider = (term: number, closeness: number) => {
    if (closeness > (best.get(term) ?? 0)) best.set(term, closeness);
  };
  const cjk = [...fold(query).matchAll(WORD)].flatMap(([, run]) => (run === undefined ? [] : [run])).join('');
  const wanted = grams(cjk);
  if (wanted.size > 0) {
    const { owner, size, postings } = nameGrams(index);
    const shared = new Uint16Array(owner.length);
    const touched: number[] = [];
    for (const gram of wanted) {
      for (const key of postings.get(gram) ?? []) if (shared[key]!++ === 0) touched.push(key);
    }
    for (const key of touched) {
      const count = shared[key]!;
      // The share of the query found, plus a little Dice so that closer-sized names win ties.
      const closeness = count / wanted.size + (0.1 * count) / (wanted.size + size[key]!);
      if (closeness >= 0.3) consider(owner[key]!, closeness);
    }
  }
  const words = normalizeText(query)
    .split(' ')
    .filter((word) => word.length >= 5 && !IS_CJK.test(word));
  if (words.length > 0) {
    nameWords(index).forEach((vocabulary, term) => {
      let closeness = 0;
      for (const word of words) {
        let distance = typoAllowance(word.length) + 2;
        for (const known of vocabulary) distance = Math.min(distance, editDistance(word, known));
        if (distance <= typoAllowance(word.length) + 1) closeness += 1 - distance / word.length;
      }
      if (closeness > 0) consider(term, closeness / words.length + index.links[term]! / 10_000);
    });
  }
  return [...best]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([term]) => index.terms[term]!);
}

// Highlighting: where the marks fall in the original text

type Folded = { text: string; start: number[]; end: number[] };

/** Folds text character by character, remembering where each folded unit came from. */
function foldWithOffsets(text: string): Folded {
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = fold(char);
    for (let k = 0; k < piece.length; k++) {
      start.push(offset);
      end.push(offset + char.length);
    }
    folded += piece;
    offset += char.length;
  }
  return { text: folded, start, end };
}

function matchRanges(folded: string, marks: Marks): [number, number][] {
  const ranges: [number, number][] = [];
  if (marks.words.length > 0) {
    const words = new Set(marks.words);
    for (const match of folded.matchAll(WORD)) {
      const latin = match[2];
      if (latin === undefined || !words.has(latin)) continue;
      // A word found by its beginning is marked as far as it was typed; a typo marks it whole.
      let typedLength = 0;
      for (const typed of marks.typed ?? []) if (latin.startsWith(typed)) typedLength = Math.max(typedLength, typed.length);
      ranges.push([match.index, match.index + (typedLength || latin.length)]);
    }
  }
  for (const piece of marks.cjk) {
    for (let at = folded.indexOf(piece); at >= 0; at = folded.indexOf(piece, at + 1)) ranges.push([at, at + piece.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Splits a text into plain and matched segments, for rendering with `<mark>` (as text). */
export function highlight(text: string, marks: Marks): Segment[] {
  const folded = foldWithOffsets(text);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [from, to] of matchRanges(folded.text, marks)) {
    const start = folded.start[from]!;
    const end = folded.end[to - 1]!;
    if (start < cursor) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    cursor = end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}

/** Whether any mark falls in the text. */
export function hasMatch(text: string, marks: Marks): boolean {
  return matchRanges(foldWithOffsets(text).text, marks).length > 0;
}

/**
 * A window of about `radius` characters either side of the first match, with "…" where text
 * was cut, for showing why a long explanation matched. The whole text if nothing matches.
 */
export function excerpt(text: string, marks: Marks, radius = 48): Segment[] {
  const segments = highlight(text, marks);
  const first = segments.findIndex((segment) => segment.match);
  if (first < 0 || text.length <= radius * 2 + 20) return segments;
  let before = segments.slice(0, first).map((s) => s.text).join('');
  const matchStart = before.length;
  let from = Math.max(0, matchStart - radius);
  // Prefer to start at a word or sentence boundary in Latin text.
  const space = text.lastIndexOf(' ', from + 12);
  if (space > from - 12 && space >= 0 && space < matchStart) from = space + 1;
  const to = Math.min(text.length, matchStart + (segments[first]?.text.length ?? 0) + radius * 2);
  const cut = highlight(text.slice(from, to), marks);
  before = from > 0 ? '…' : '';
  const after = to < text.length ? '…' : '';
  return [...(before ? [{ text: before, match: false }] : []), ...cut, ...(after ? [{ text: after, match: false }] : [])];
}

/** Whether a text is (mostly) Chinese, for `lang` attributes on quotes and aliases. */
export function isChinese(text: string): boolean {
  return IS_CJK.test(text);
}
