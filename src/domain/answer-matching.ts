/**
 * Typed answers: does what the learner typed match one of the accepted answers?
 *
 * A fair teacher's rules, each a small named step below, tried in this order by
 * `matchTypedAnswer`:
 *
 * 1. `normalizeAnswer`: the same text, ignoring case, character width (full-width ＩａａＳ is
 *    IaaS), punctuation and spacing, and a leading English article.
 * 2. `bracketedParts`: a full form with its abbreviation in brackets ("Platform as a Service
 *    (PaaS)"), right when each part is an accepted answer or another name of the right term.
 * 3. `readQuantity` + `sameQuantity`: the same number written another way: Arabic or Chinese
 *    numerals, number words, a measure word or unit ("5个", "5 cities"), a range written any
 *    usual way ("700~800", "七八百"), an approximation ("nearly a billion"), currency and
 *    scale shorthand ("$286m", "2.86亿美元"), percentages in words ("百分之三十五"). Another
 *    number, another currency or another unit stays wrong.
 * 4. Another term's name is wrong, and is named as such; another name of the right term never is.
 * 5. `typoAllowance` + `editDistance`: a typo is forgiven only in answers written in Latin
 *    letters without digits: one in short answers, two in long ones, none in very short ones
 *    (IaaS and PaaS differ by one letter and are different things), and not when what was
 *    typed is as close to another term (a "confusable") as to the answer.
 */

export type TypedMatch =
  | { correct: true; forgiven: false; matched: string }
  /** Right but misspelled: `matched` is the exact spelling to show. */
  | { correct: true; forgiven: true; matched: string; typos: number }
  /** `confusedWith` is set when the input is (nearly) another term's name. */
  | { correct: false; reason: 'empty' | 'wrong'; confusedWith?: string };

export type MatchOptions = {
  /** Other terms' names: typing one of them is a mistake, never a typo. */
  confusables?: readonly string[];
  /**
   * Other names of the right term, which the question does not ask for ("Infrastructure as a
   * Service" when it asks for the abbreviation): never called a different term, and right
   * beside an accepted answer in brackets.
   */
  equivalents?: readonly string[];
  /** The question's prompt, in both languages: its words may follow a number ("5 cities"). */
  prompt?: readonly string[];
};

/** Letters (without spaces) below which no typo is forgiven, and from which two are. */
export const TYPO_LIMITS = { minLettersForOne: 5, minLettersForTwo: 12 } as const;

const DASHES = /[\u2010-\u2015\u2212\u30fc\ufe58\ufe63]/g;
const ARTICLE = /^(?:the|an|a)\s+/;

// ---------------------------------------------------------------------------------------------
// Step 1: the same text

/**
 * The comparable form of an answer: NFKC (width), lower case, punctuation dropped except where
 * it carries meaning in a number (6.6, 700-800, 35%, 1,000 → 1000), a leading article dropped,
 * and no spaces at all.
 */
export function normalizeAnswer(text: string): string {
  let value = text.normalize('NFKC').toLowerCase().replace(DASHES, '-');
  value = value.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  value = value.replace(/\p{P}/gu, (mark, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + 1] ?? '';
    if (mark === '%') return '%';
    if ((mark === '.' || mark === '-') && /\d/.test(before) && /\d/.test(after)) return mark;
    return ' ';
  });
  value = value.replace(/\s+/g, ' ').trim().replace(ARTICLE, '');
  return value.replace(/\s+/g, '');
}

// ---------------------------------------------------------------------------------------------
// Step 2: a full form with its abbreviation in brackets

/** "Platform as a Service (PaaS)" → the text outside and inside the brackets; null without them. */
export function bracketedParts(text: string): { outside: string; inside: string } | null {
  const found = /^(.*?)\s*[(（]([^()（）]+)[)）]\s*$/.exec(text.normalize('NFKC').trim());
  if (!found) return null;
  const [, outside = '', inside = ''] = found;
  return outside.trim() === '' || inside.trim() === '' ? null : { outside: outside.trim(), inside: inside.trim() };
}

// ---------------------------------------------------------------------------------------------
// Step 3: the same number, written another way

export type Currency = 'usd' | 'cny';
export type TimeUnit = 'year' | 'month' | 'day';

/** A number as a learner means it: a value (low = high) or a range, with what it counts. */
export type Quantity = { low: number; high: number; currency: Currency | null; percent: boolean; unit: TimeUnit | null };

const CN_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A Chinese numeral, with Arabic digits mixed in as Chinese writes them: 十五, 六十, 一百零五,
 * 二零一一, 六点六亿, 2.86亿, 1500万, 3千万, and two neighbouring digits as a range: 七八百
 * (700 to 800). Null when the text is not one.
 */
export function readChineseNumeral(text: string): { low: number; high: number } | null {
  const pair = /^([一二三四五六七八九])([一二三四五六七八九])([十百千万亿].*)$/.exec(text);
  if (pair) {
    const [, first = '', second = '', rest = ''] = pair;
    const low = readChineseValue(first + rest);
    const high = readChineseValue(second + rest);
    if (low !== null && high !== null && (CN_DIGITS[second] ?? 0) === (CN_DIGITS[first] ?? 0) + 1) return { low, high };
    return null;
  }
  const value = readChineseValue(text);
  return value === null ? null : { low: value, high: value };
}

function readChineseValue(text: string): number | null {
  if (text === '') return null;
  const [above, below, ...more] = text.split('亿');
  if (more.length > 0 || above === undefined) return null;
  if (below === undefined) return readBelowYi(above);
  const high = above === '' ? null : readBelowYi(above);
  const low = below === '' ? 0 : readBelowYi(below);
  return high === null || low === null ? null : high * 1e8 + low;
}

function readBelowYi(text: string): number | null {
  const [above, below, ...more] = text.split('万');
  if (more.length > 0 || above === undefined) return null;
  if (below === undefined) return readSection(above);
  const high = above === '' ? null : readSection(above);
  const low = below === '' ? 0 : readSection(below);
  return high === null || low === null ? null : high * 1e4 + low;
}

/** A numeral below 万: digits and 十, 百, 千. */
function readSection(text: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  if (/^[零〇一二两三四五六七八九]{2,}$/.test(text)) return Number([...text].map((char) => CN_DIGITS[char]).join(''));
  const decimal = /^([零〇一二两三四五六七八九]+)点([零〇一二三四五六七八九]+)$/.exec(text);
  if (decimal) {
    const [, whole = '', fraction = ''] = decimal;
    return Number(`${[...whole].map((char) => CN_DIGITS[char]).join('')}.${[...fraction].map((char) => CN_DIGITS[char]).join('')}`);
  }
  let total = 0;
  let current: number | null = null;
  let rest = text;
  while (rest !== '') {
    const arabic = /^\d+(?:\.\d+)?/.exec(rest);
    const char = rest[0] ?? '';
    if (arabic) {
      if (current !== null) return null;
      current = Number(arabic[0]);
      rest = rest.slice(arabic[0].length);
      continue;
    }
    if (char in CN_DIGITS) {
      if (current !== null && current !== 0) return null;
      current = CN_DIGITS[char] ?? 0;
    } else if (char in CN_UNITS) {
      total += (current ?? (total === 0 ? 1 : Number.NaN)) * (CN_UNITS[char] ?? 1);
      current = null;
    } else return null;
    rest = rest.slice(1);
  }
  const value = total + (current ?? 0);
  return Number.isFinite(value) ? value : null;
}

const EN_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const EN_SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };
/** Scales written after a number: "286 million", "$286m", "3bn", "2.86 hundred million". */
const SCALE_WORDS: Readonly<Record<string, number>> = { hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, mn: 1e6, m: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9 };

/** English number words: "five", "thirty five", "nineteen hundred", "a billion", "one hundred and five". */
export function readEnglishNumber(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [index, word] of words.entries()) {
    if (word === 'and' && seen && index < words.length - 1) continue;
    if (word === 'a' && index === 0 && words.length > 1) {
      current = 1;
      seen = true;
      continue;
    }
    const unit = EN_NUMBERS[word];
    if (unit !== undefined) {
      current += unit;
      seen = true;
    } else if (word === 'hundred' && seen) current = (current || 1) * 100;
    else if (EN_SCALES[word] !== undefined && seen) {
      const scale = EN_SCALES[word] ?? 1;
      // "a thousand million" is 10⁹; "one million two thousand" is 1 002 000.
      total = total !== 0 && total < scale ? (total + current) * scale : total + (current || 1) * scale;
      current = 0;
    } else return null;
  }
  return seen ? total + current : null;
}

type NumberRead = { low: number; high: number; scale: number };
type ReadState = {
  numbers: NumberRead[];
  separated: boolean;
  currency: Currency | null;
  percent: boolean;
  unit: TimeUnit | null;
  lastWasNumber: boolean;
  words: ReadonlySet<string>;
  chars: ReadonlySet<string>;
};
/** `number` and `scale` tokens may be followed by a scale ("286 million"); others may not. */
type Token = { pattern: RegExp; kind?: 'number' | 'scale'; read: (match: string, state: ReadState) => boolean };

const WORD_END = '(?![a-z])';
const SCALE_CHARS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

const setCurrency = (currency: Currency) => (_: string, state: ReadState) => {
  if (state.currency !== null && state.currency !== currency) return false;
  state.currency = currency;
  return true;
};
const setUnit = (unit: TimeUnit) => (_: string, state: ReadState) => {
  if (state.unit !== null && state.unit !== unit) return false;
  state.unit = unit;
  return true;
};
const setPercent = (_: string, state: ReadState) => {
  state.percent = true;
  return true;
};
const skip = () => true;
function addNumber(state: ReadState, read: NumberRead): boolean {
  if (state.numbers.length >= 2 || (state.numbers.length === 1 && !state.separated)) return false;
  state.numbers.push(read);
  return true;
}
/** The scale written last: 万 in "2000万", "hundred" in "eight hundred". */
function trailingScale(units: readonly string[], scales: Readonly<Record<string, number>>): number {
  let scale = 1;
  for (const unit of [...units].reverse()) {
    const factor = scales[unit];
    if (factor === undefined) break;
    scale *= factor;
  }
  return scale;
}

/** What may stand around a number, tried in order at each position. */
const TOKENS: readonly Token[] = [
  // approximations the cards use, and filler a learner adds
  { pattern: new RegExp(`^(?:nearly|almost|about|around|approximately|approx|roughly|close to|just under|some|in|the|only|just|or so)${WORD_END}`), read: skip },
  { pattern: /^(?:将近|接近|近|大约|大概|约|差不多|几乎|左右|上下|以内|之内|以后|之后|内|后|共|一共)/, read: skip },
  // percentages
  { pattern: new RegExp(`^(?:percent|per cent|pct)${WORD_END}`), read: setPercent },
  { pattern: /^(?:%|百分之)/, read: setPercent },
  // currencies
  { pattern: new RegExp(`^(?:usd|us dollars?|dollars?|bucks)${WORD_END}`), read: setCurrency('usd') },
  { pattern: /^(?:us\$|\$|美元|美金)/, read: setCurrency('usd') },
  { pattern: new RegExp(`^(?:rmb|cny|yuan|renminbi)${WORD_END}`), read: setCurrency('cny') },
  { pattern: /^(?:¥|人民币|元|块钱|块)/, read: setCurrency('cny') },
  // time units
  { pattern: new RegExp(`^(?:years?|yrs?)${WORD_END}`), read: setUnit('year') },
  { pattern: new RegExp(`^months?${WORD_END}`), read: setUnit('month') },
  { pattern: new RegExp(`^days?${WORD_END}`), read: setUnit('day') },
  { pattern: /^个月/, read: setUnit('month') },
  { pattern: /^年/, read: setUnit('year') },
  { pattern: /^[天日]/, read: setUnit('day') },
  // range separators
  {
    pattern: new RegExp(`^(?:-|到|至|或|(?:to|or)${WORD_END})`),
    read: (_, state) => {
      if (state.numbers.length !== 1 || state.separated) return false;
      state.separated = true;
      return true;
    },
  },
  // Arabic and Chinese numerals
  {
    pattern: /^(?=[\d零〇一二两三四五六七八九十])[\d.零〇一二两三四五六七八九十百千万亿点]+/,
    kind: 'number',
    read: (match, state) => {
      const value = readChineseNumeral(match);
      return value !== null && addNumber(state, { ...value, scale: trailingScale([...match], SCALE_CHARS) });
    },
  },
  // a scale after a number: "286 million", "$286m"
  {
    pattern: new RegExp(`^(?:${Object.keys(SCALE_WORDS).join('|')})${WORD_END}`),
    kind: 'scale',
    read: (match, state) => {
      const last = state.numbers.at(-1);
      if (!state.lastWasNumber || last === undefined) return false;
      const scale = SCALE_WORDS[match] ?? 1;
      Object.assign(last, { low: last.low * scale, high: last.high * scale, scale: last.scale * scale });
      return true;
    },
  },
  // English number words
  {
    pattern: new RegExp(
      `^(?:a|${Object.keys(EN_NUMBERS).join('|')})${WORD_END}(?: (?:and )?(?:${[...Object.keys(EN_NUMBERS), 'hundred', ...Object.keys(EN_SCALES)].join('|')})${WORD_END})*`,
    ),
    kind: 'number',
    read: (match, state) => {
      const words = match.split(' ');
      const value = readEnglishNumber(words);
      return value !== null && addNumber(state, { low: value, high: value, scale: trailingScale(words, { hundred: 100, ...EN_SCALES }) });
    },
  },
  // measure words
  { pattern: /^(?:个|项|种|根|人|座|家|位|条|次|份|部分)/, read: skip },
  // words of the question itself: "5 cities", "5项要求"
  { pattern: /^[a-z]+/, read: (match, state) => state.words.has(match) || state.words.has(match.replace(/e?s$/, '')) },
  { pattern: /^\p{Script=Han}/u, read: (match, state) => state.chars.has(match) },
];

function prepareQuantityText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/([a-z])-(?=[a-z\d])|(\d)-(?=[a-z])/g, '$1$2 ')
    .replace(/[~〜]/g, ' to ')
    .replace(/[、/]/g, ' or ')
    .replace(/[()（）[\]【】"“”'‘’「」《》:：!！?？,，;；。]/g, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words and Chinese characters of a prompt, which may stand beside a number in an answer. */
export function promptVocabulary(prompt: readonly string[]): { words: Set<string>; chars: Set<string> } {
  const text = prompt.join(' ').normalize('NFKC').toLowerCase();
  const words = new Set((text.match(/[a-z]+/g) ?? []).filter((word) => word.length >= 3));
  for (const word of [...words]) words.add(word.replace(/e?s$/, ''));
  const chars = new Set(text.match(/\p{Script=Han}/gu) ?? []);
  for (const char of [...Object.keys(CN_DIGITS), ...Object.keys(SCALE_CHARS)]) chars.delete(char);
  return { words, chars };
}

const NO_VOCABULARY = { words: new Set<string>(), chars: new Set<string>() };

/**
 * Reads a number as a learner writes it, or null when the text is more than a number, its
 * unit, its currency and words of the question. A range runs low to high: "800-145" is not one.
 */
export function readQuantity(text: string, vocabulary: { words: ReadonlySet<string>; chars: ReadonlySet<string> } = NO_VOCABULARY): Quantity | null {
  const state: ReadState = { numbers: [], separated: false, currency: null, percent: false, unit: null, lastWasNumber: false, ...vocabulary };
  let rest = prepareQuantityText(text);
  while (rest !== '') {
    const token = TOKENS.find((candidate) => candidate.pattern.test(rest));
    const found = token?.pattern.exec(rest)?.[0];
    if (token === undefined || found === undefined || found === '' || !token.read(found, state)) return null;
    state.lastWasNumber = token.kind !== undefined;
    rest = rest.slice(found.length).trimStart();
  }
  const [first, second] = state.numbers;
  if (first === undefined || (state.separated && second === undefined)) return null;
  const { currency, percent, unit } = state;
  if (second === undefined) return { low: first.low, high: first.high, currency, percent, unit };
  // "700 to 800 million", "1500-2000万", "seven or eight hundred": a scale written once applies to both ends.
  const scale = first.scale === 1 ? second.scale : 1;
  const low = first.low * scale;
  if (first.low !== first.high || second.low !== second.high || low >= second.low) return null;
  return { low, high: second.high, currency, percent, unit };
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Whether a typed quantity is one of the accepted ones: the same value or range, and, where it
 * names one, a currency, a percentage and a time unit that an accepted answer names.
 */
export function sameQuantity(typed: Quantity, accepted: readonly Quantity[]): number {
  const currencies = new Set(accepted.map((quantity) => quantity.currency));
  const units = new Set(accepted.map((quantity) => quantity.unit));
  if (typed.currency !== null && !currencies.has(typed.currency)) return -1;
  if (typed.unit !== null && !units.has(typed.unit)) return -1;
  if (typed.percent && !accepted.some((quantity) => quantity.percent)) return -1;
  return accepted.findIndex((quantity) => close(quantity.low, typed.low) && close(quantity.high, typed.high));
}

// ---------------------------------------------------------------------------------------------
// Step 5: typos

/** How many typos an accepted answer forgives, from its normalized form. */
export function typoAllowance(normalized: string): number {
  if (!/^[a-z]+$/.test(normalized)) return 0; // digits, CJK or symbols: exact only
  if (normalized.length >= TYPO_LIMITS.minLettersForTwo) return 2;
  if (normalized.length >= TYPO_LIMITS.minLettersForOne) return 1;
  return 0;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), so "hybird" is one
 * typo from "hybrid". Stops early and returns `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const current = new Array<number>(cols).fill(0);
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (prevPrev[j - 2] ?? 0) + 1);
      current[j] = best;
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = current;
  }
  return prev[cols - 1] ?? 0;
}

// ---------------------------------------------------------------------------------------------
// All the steps

type Keyed = { text: string; key: string };

const keyed = (texts: readonly string[]): Keyed[] => texts.map((text) => ({ text, key: normalizeAnswer(text) })).filter((entry) => entry.key !== '');

// The confusable names are every name in the glossary (about 1,200), the same list for every
// answer of a quiz: normalized once per list rather than on every answer (~4 ms each).
const keyedLists = new WeakMap<readonly string[], Keyed[]>();
function keyedOnce(texts: readonly string[]): Keyed[] {
  let entries = keyedLists.get(texts);
  if (!entries) keyedLists.set(texts, (entries = keyed(texts)));
  return entries;
}

/** Accepted answers and their bracketed parts: "Amazon Web Services (AWS)" also accepts each half. */
function withBracketedParts(texts: readonly string[]): string[] {
  return texts.flatMap((text) => {
    const parts = bracketedParts(text);
    return parts ? [text, parts.outside, parts.inside] : [text];
  });
}

/**
 * Matches a typed answer against every accepted spelling (both languages and aliases), step by
 * step as the module's comment lists them.
 */
export function matchTypedAnswer(input: string, accepted: readonly string[], { confusables = [], equivalents = [], prompt = [] }: MatchOptions = {}): TypedMatch {
  const typed = normalizeAnswer(input);
  if (typed === '') return { correct: false, reason: 'empty' };
  const answers = keyed(withBracketedParts(accepted));
  const answerOf = (key: string) => answers.find((answer) => answer.key === key);

  // 1. the same text
  const exact = answerOf(typed);
  if (exact) return { correct: true, forgiven: false, matched: exact.text };

  // 2. a full form with its abbreviation in brackets
  const sameTerm = new Set(keyed(withBracketedParts(equivalents)).map((entry) => entry.key));
  const parts = bracketedParts(input);
  if (parts) {
    const [outside, inside] = [normalizeAnswer(parts.outside), normalizeAnswer(parts.inside)];
    const right = answerOf(outside) ?? answerOf(inside);
    if (right && [outside, inside].every((key) => answerOf(key) !== undefined || sameTerm.has(key))) return { correct: true, forgiven: false, matched: right.text };
  }

  // 3. the same number, written another way
  const quantities = accepted.flatMap((text) => {
    const quantity = readQuantity(text);
    return quantity ? [{ text, quantity }] : [];
  });
  if (quantities.length > 0) {
    const quantity = readQuantity(input, promptVocabulary(prompt));
    const index = quantity ? sameQuantity(quantity, quantities.map((entry) => entry.quantity)) : -1;
    const match = quantities[index];
    if (match) return { correct: true, forgiven: false, matched: match.text };
  }

  // 4. another term's name
  const acceptedKeys = new Set(answers.map((answer) => answer.key));
  const others = keyedOnce(confusables).filter((other) => !acceptedKeys.has(other.key) && !sameTerm.has(other.key));
  const sameAsOther = others.find((other) => other.key === typed);
  if (sameAsOther) return { correct: false, reason: 'wrong', confusedWith: sameAsOther.text };

  // 5. a typo
  let best: { text: string; typos: number } | undefined;
  if (/^[a-z]+$/.test(typed)) {
    for (const answer of answers) {
      const allowance = typoAllowance(answer.key);
      if (allowance === 0) continue;
      const typos = editDistance(typed, answer.key, allowance);
      if (typos <= allowance && (!best || typos < best.typos)) best = { text: answer.text, typos };
    }
  }
  if (!best) return { correct: false, reason: 'wrong' };
  const typos = best.typos;
  const rival = others.find((other) => editDistance(typed, other.key, typos) <= typos);
  if (rival) return { correct: false, reason: 'wrong', confusedWith: rival.text };
  return { correct: true, forgiven: true, matched: best.text, typos };
}
