/**
 * The content schema: the one description of what may live in data/.
 *
 * zod parses every file where it enters (at test time and in `npm run check:data`) and names
 * the file, the JSON path and what is wrong. `checkContent` adds the checks a schema cannot
 * make alone: ids that must be unique, references that must resolve, answers that must be
 * among their choices, and quotes that must be verbatim passages of their source.
 */
import { z } from 'zod';
import { placementsOf, TRACKS } from './tracks';
import { VENDORS, type Vendor } from './vendors';

// ---------------------------------------------------------------------------------------------
// Building blocks

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HTML_TAG = /<\/?[a-z][^>]*>/i;
const MARKDOWN = /\*\*|\]\(|^#{1,6} /m;

/** Plain text: not empty, no surrounding whitespace, no HTML or markdown. */
function plainText(max?: number) {
  const schema = z
    .string()
    .refine((value) => value.trim() !== '', { message: 'must not be empty', abort: true })
    .refine((value) => value.trim() === value, 'must not start or end with whitespace')
    .refine((value) => !HTML_TAG.test(value) && !MARKDOWN.test(value), 'must be plain text, not HTML or markdown');
  return max === undefined ? schema : schema.max(max, `must be at most ${max} characters`);
}

const kebabId = z.string().regex(KEBAB_CASE, 'must be a kebab-case id such as "public-cloud"');
const choiceId = z.string().regex(/^[a-z]$/, 'must be a single lowercase letter: "a", "b", "c"…');

/** A source's id: any kebab-case id; `checkContent` checks that it is in sources.json. */
export const SourceIdSchema = kebabId;

/** A topic's id: any kebab-case id; `checkContent` checks that it is in topics.json. */
export const TopicIdSchema = kebabId;

export const TrackSchema = z.enum(TRACKS);

export const QuestionKindSchema = z.enum(['single', 'multiple', 'true-false', 'matching', 'typed']);

export const LocalizedSchema = z.strictObject({ zh: plainText(), en: plainText() });

/** A flashcard-sized definition. */
const DefinitionSchema = z.strictObject({ zh: plainText(80), en: plainText(160) });

/**
 * Where a claim comes from: a `quote` (verbatim text of the source, checked wherever the text is
 * held) or, for documents whose full text we do not hold, the `section` it is in.
 */
export const SourceRefSchema = z.union(
  [
    z.strictObject({ source: SourceIdSchema, quote: plainText() }),
    z.strictObject({ source: SourceIdSchema, section: plainText(200) }),
  ],
  { error: 'must be {"source", "quote"} or {"source", "section"}' },
);

/**
 * A teacher's note beside the source: where a claim is wrong, narrow or dated, what is so
 * instead, in both languages, and where that comes from.
 */
export const NoteSchema = z.strictObject({ zh: plainText(), en: plainText(), source: SourceRefSchema });

// ---------------------------------------------------------------------------------------------
// Sources, topics, terms

/** `report`: a company's annual report or filing. */
export const SourceKindSchema = z.enum(['post', 'standard', 'book', 'documentation', 'article', 'report']);
/** Kinds that are published on the web: their entries must give the URL. */
const ONLINE_KINDS: ReadonlySet<SourceKind> = new Set(['standard', 'documentation', 'article', 'report']);

const IsoDateSchema = z.string().regex(/^\d{4}(?:-\d{2}){0,2}$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

export const SourceSchema = z
  .strictObject({
    id: SourceIdSchema,
    kind: SourceKindSchema,
    title: LocalizedSchema,
    /** The author, or for documentation the organisation that writes it. */
    author: LocalizedSchema,
    /** Published, or for living documentation the month it was read. */
    date: IsoDateSchema,
    url: z.httpUrl().optional(),
    publisher: plainText().optional(),
  })
  .refine((source) => source.url !== undefined || !ONLINE_KINDS.has(source.kind), {
    message: 'a standard, documentation page or article must give its URL',
    path: ['url'],
  });

const TopicOrderSchema = z.number().int('must be a whole number').positive('must be 1 or more');

export const TopicSchema = z.strictObject({
  id: TopicIdSchema,
  name: LocalizedSchema,
  description: LocalizedSchema,
  track: TrackSchema,
  /** Position within its track: 1 is studied first. */
  order: TopicOrderSchema,
  /** The other tracks it is studied in too, each at its own position (the basics, met first in both). */
  alsoIn: z.array(z.strictObject({ track: TrackSchema, order: TopicOrderSchema })).min(1, 'list at least 1 other track, or leave alsoIn out').optional(),
});

/**
 * A small table on a term's page (the shared responsibility model per service model, say):
 * a header row of columns, the first naming the row labels, and one cell per further column.
 */
export const TermTableSchema = z
  .strictObject({
    caption: LocalizedSchema,
    columns: z.array(LocalizedSchema).min(2, 'needs a label column and at least 1 more').max(7, 'at most 7 columns'),
    rows: z.array(z.strictObject({ label: LocalizedSchema, cells: z.array(LocalizedSchema) })).min(1, 'needs at least 1 row').max(20, 'at most 20 rows'),
  })
  .superRefine((table, context) => {
    table.rows.forEach((row, index) => {
      if (row.cells.length !== table.columns.length - 1) {
        context.addIssue({
          code: 'custom',
          path: ['rows', index, 'cells'],
          message: `needs ${table.columns.length - 1} cells, one per column after the first (has ${row.cells.length})`,
        });
      }
    });
  });

export const TermSchema = z.strictObject({
  id: kebabId,
  topic: TopicIdSchema,
  term: LocalizedSchema,
  /**
   * The pinyin of `term.zh`. In data/, only where the library that writes it at build time
   * (scripts/pinyin.ts) reads a character wrongly (曾鸣 is Zēng Míng); the build fills in every
   * other term's, so in the app it is there for every name with a Chinese character.
   */
  pinyin: plainText(200).optional(),
  aliases: z.array(plainText()),
  definition: DefinitionSchema,
  explanation: LocalizedSchema,
  examples: z.array(LocalizedSchema).max(4, 'at most 4 examples'),
  related: z.array(kebabId),
  /**
   * Terms that are a definition, a part, a unit or a near-synonym of this one, so never offered
   * as each other's wrong option. Symmetric: listing it on one side is enough.
   */
  overlaps: z.array(kebabId).optional(),
  source: SourceRefSchema,
  note: NoteSchema.optional(),
  table: TermTableSchema.optional(),
});

/**
 * One row of the vendor table (data/vendors.json): a kind of service and what each provider
 * calls its product, as of the month written (names change; the date says when they were true).
 */
export const VendorRowSchema = z.strictObject({
  id: kebabId,
  /** The Foundations topic that explains this kind of service. */
  topic: TopicIdSchema,
  category: LocalizedSchema,
  products: z.strictObject(Object.fromEntries(VENDORS.map((vendor) => [vendor, plainText(80)])) as Record<Vendor, ReturnType<typeof plainText>>),
  asOf: z.string().regex(/^\d{4}-\d{2}$/, 'must be the month written: YYYY-MM'),
});

// ---------------------------------------------------------------------------------------------
// Questions: one shape per kind, told apart by `kind`

/** A choice; `why` says why it is wrong (or right), shown after the learner answers. */
export const ChoiceSchema = z.strictObject({ id: choiceId, text: LocalizedSchema, why: LocalizedSchema.optional() });

const questionBase = {
  id: kebabId,
  topic: TopicIdSchema,
  prompt: LocalizedSchema,
  explanation: LocalizedSchema,
  terms: z.array(kebabId).min(1, 'must test at least 1 term'),
  source: SourceRefSchema,
  note: NoteSchema.optional(),
  figure: z.boolean().optional(),
  /** A short situation to apply knowledge to: every wrong choice must say why it is wrong. */
  scenario: z.literal(true).optional(),
};

const MatchingPairSchema = z.strictObject({ left: LocalizedSchema, right: LocalizedSchema });

export const QuestionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...questionBase,
    kind: z.literal('single'),
    choices: z.array(ChoiceSchema).min(3, 'needs 3 to 5 choices').max(5, 'needs 3 to 5 choices'),
    answer: choiceId,
  }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('multiple'),
    choices: z.array(ChoiceSchema).min(4, 'needs 4 to 6 choices').max(6, 'needs 4 to 6 choices'),
    answers: z.array(choiceId).min(2, 'needs at least 2 correct answers'),
  }),
  z.strictObject({ ...questionBase, kind: z.literal('true-false'), answer: z.boolean() }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('matching'),
    pairs: z.array(MatchingPairSchema).min(3, 'needs 3 to 5 pairs').max(5, 'needs 3 to 5 pairs'),
  }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('typed'),
    answers: z.strictObject({
      zh: z.array(plainText()).min(1, 'needs at least 1 accepted answer'),
      en: z.array(plainText()).min(1, 'needs at least 1 accepted answer'),
    }),
  }),
]);

export type Localized = z.infer<typeof LocalizedSchema>;
export type SourceId = z.infer<typeof SourceIdSchema>;
export type TopicId = z.infer<typeof TopicIdSchema>;
export type SourceKind = z.infer<typeof SourceKindSchema>;
export type QuestionKind = z.infer<typeof QuestionKindSchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type Term = z.infer<typeof TermSchema>;
export type TermTable = z.infer<typeof TermTableSchema>;
export type VendorRow = z.infer<typeof VendorRowSchema>;
export type Choice = z.infer<typeof ChoiceSchema>;
export type Question = z.infer<typeof QuestionSchema>;

// ---------------------------------------------------------------------------------------------
// Checking a whole content set

export type Problem = { file: string; path: string; message: string };
export type ContentFile = { path: string; json: unknown };

/** Weinman's C-L-O-U-D, as the spec quotes it: the text every Weinman quote must come from. */
type Path = readonly PropertyKey[];
type Collection = 'sources' | 'topics' | 'terms' | 'questions' | 'vendors';
type Entry<T> = { file: string; index: number; value: T };
/** What an item names, read even when the item is invalid, so one bad item does not cascade. */
type RawEntry = { file: string; index: number; id?: string; topic?: string; terms: string[] };
type Parsed<T> = { entries: Entry<T>[]; raw: RawEntry[] };

/** `['related', 0]` → `$.related[0]` */
export function formatPath(path: Path): string {
  return '$' + path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
}

/** Parses one file's text; a syntax error names the file and the line and column. */
export function parseJson(file: string, text: string): { ok: true; json: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    const { reason, offset } = describeJsonError(error instanceof Error ? error.message : String(error), text);
    const where = offset === undefined ? '' : ` at ${lineAndColumn(text, offset)}`;
    return { ok: false, problem: { file, path: '$', message: `invalid JSON${where}: ${reason}` } };
  }
}

/**
 * Checks a whole content set: every file against its schema, then everything across files.
 * `files` are the parsed JSON files, named by path (…/sources.json, …/topics.json,
 * …/terms/<name>.json, …/questions/<name>.json); `posts` holds the text of each post source.
 */
export function checkContent(files: readonly ContentFile[], posts: Partial<Record<SourceId, string>>): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, path: Path, message: string) => problems.push({ file, path: formatPath(path), message });

  for (const { path } of files) {
    if (collectionOf(path) === undefined) {
      report(path, [], 'unknown content file: expected sources.json, topics.json, terms/<name>.json or questions/<name>.json');
    }
  }
  const filesOf = (collection: Collection) => files.filter((file) => collectionOf(file.path) === collection);

  const sources = parseFiles(filesOf('sources'), SourceSchema, report);
  const topics = parseFiles(filesOf('topics'), TopicSchema, report);
  const terms = parseFiles(filesOf('terms'), TermSchema, report);
  const questions = parseFiles(filesOf('questions'), QuestionSchema, report);
  const vendors = parseFiles(filesOf('vendors'), VendorRowSchema, report);

  const idsOf = (parsed: Parsed<unknown>) => new Set(parsed.raw.flatMap((entry) => (entry.id === undefined ? [] : [entry.id])));
  const sourceIds = idsOf(sources);
  const topicIds = idsOf(topics);
  const termIds = idsOf(terms);

  for (const [parsed, label] of [
    [sources, 'source'],
    [topics, 'topic'],
    [terms, 'term'],
    [questions, 'question'],
    [vendors, 'vendor row'],
  ] as const) {
    checkUniqueIds(parsed.raw, label, report);
  }

  // The texts quotes are checked against: each post. A book or documentation we do not hold is
  // cited by section, never quoted. NIST is not checked.
  const texts = new Map(Object.entries(posts).flatMap(([id, text]) => (text === undefined ? [] : [[id, normalizePost(text)] as const])));
  const kindOf = new Map(sources.entries.map(({ value }) => [value.id, value.kind]));
  for (const { file, index, value } of sources.entries) {
    if (value.kind === 'post' && posts[value.id] === undefined) {
      report(file, [index], `post "${value.id}" has no text to check quotes against (expected posts/${value.id}.txt)`);
    }
  }
  for (const id of Object.keys(posts)) {
    if (kindOf.get(id) !== 'post') report(`posts/${id}.txt`, [], `post file is not named after a post in sources.json`);
  }
  const checkSource = (file: string, path: Path, ref: SourceRef) => {
    if (!sourceIds.has(ref.source)) {
      report(file, [...path, 'source'], `unknown source "${ref.source}": not in sources.json`);
      return;
    }
    const text = texts.get(ref.source);
    if ('quote' in ref) {
      if (text !== undefined) checkQuote(file, [...path, 'quote'], ref.source, ref.quote, text, report);
      else if (kindOf.get(ref.source) === 'documentation' || kindOf.get(ref.source) === 'book') {
        report(file, [...path, 'quote'], `we do not hold the full text of "${ref.source}": cite its "section", not a quote`);
      }
    } else if (text !== undefined) {
      report(file, [...path, 'section'], `"${ref.source}" is held in full: quote it verbatim ("quote") instead of naming a section`);
    }
  };
  const checkRefs = (file: string, path: Path, item: { topic: TopicId; source: SourceRef; note?: Note | undefined }) => {
    if (!topicIds.has(item.topic)) report(file, [...path, 'topic'], `unknown topic "${item.topic}": not in topics.json`);
    checkSource(file, [...path, 'source'], item.source);
    if (item.note !== undefined) checkSource(file, [...path, 'note', 'source'], item.note.source);
  };

  for (const { file, index, value: term } of terms.entries) {
    checkRefs(file, [index], term);
    const seen = new Set<string>();
    term.related.forEach((id, position) => {
      const path = [index, 'related', position];
      if (id === term.id) report(file, path, `term "${term.id}" cannot be related to itself`);
      else if (!termIds.has(id)) report(file, path, `unknown term "${id}": not in terms/`);
      else if (seen.has(id)) report(file, path, `related term "${id}" is listed twice`);
      seen.add(id);
    });
    checkOverlaps(file, index, term, termIds, report);
  }

  checkAliasesNameOneTerm(terms.entries, report);

  for (const { file, index, value: question } of questions.entries) {
    checkRefs(file, [index], question);
    question.terms.forEach((id, position) => {
      if (!termIds.has(id)) report(file, [index, 'terms', position], `unknown term "${id}": not in terms/`);
    });
    checkAnswers(file, index, question, report);
  }

  for (const { file, index, value: row } of vendors.entries) {
    if (!topicIds.has(row.topic)) report(file, [index, 'topic'], `unknown topic "${row.topic}": not in topics.json`);
  }

  const orders = new Map<string, Entry<Topic>>();
  for (const entry of topics.entries) {
    const seenTracks = new Set<string>();
    placementsOf(entry.value).forEach(({ track, order }, position) => {
      const path = position === 0 ? [entry.index, 'order'] : [entry.index, 'alsoIn', position - 1];
      if (seenTracks.has(track)) {
        report(entry.file, path, `topic "${entry.value.id}" is already in the ${track} track`);
        return;
      }
      seenTracks.add(track);
      const key = `${track} ${order}`;
      const earlier = orders.get(key);
      if (earlier === undefined) orders.set(key, entry);
      else report(entry.file, path, `order ${order} is already taken in the ${track} track by "${earlier.value.id}"`);
    });
  }
  const testedTerms = new Set(questions.raw.flatMap((entry) => entry.terms));
  for (const { file, index, value: term } of terms.entries) {
    if (!testedTerms.has(term.id)) report(file, [index, 'id'], `term "${term.id}" is not tested by any question`);
  }

  return problems;
}

/**
 * A post as the quotes see it: markdown markers dropped (`**`, blockquote `>`, link `[` and
 * `](url)`) and whitespace collapsed to single spaces.
 */
export function normalizePost(markdown: string): string {
  return normalizeSpace(
    markdown
      .replace(/\]\([^)]*\)/g, '')
      .replace(/\*\*/g, '')
      .replace(/^[ \t]*>/gm, '')
      .replace(/\[/g, ''),
  );
}

// ---------------------------------------------------------------------------------------------
// Helpers

type Report = (file: string, path: Path, message: string) => void;

function collectionOf(path: string): Collection | undefined {
  const normalized = path.replaceAll('\\', '/');
  if (/(?:^|\/)questions\/[^/]+\.json$/.test(normalized)) return 'questions';
  const name = normalized.slice(normalized.lastIndexOf('/') + 1);
  if (name === 'sources.json') return 'sources';
  if (name === 'topics.json') return 'topics';
  if (name === 'vendors.json') return 'vendors';
  if (/(?:^|\/)terms\/[^/]+\.json$/.test(normalized)) return 'terms';
  return undefined;
}

/** Parses item by item, so one bad item does not hide the others. */
function parseFiles<T>(files: readonly ContentFile[], schema: z.ZodType<T>, report: Report): Parsed<T> {
  const parsed: Parsed<T> = { entries: [], raw: [] };
  for (const { path: file, json } of files) {
    if (!Array.isArray(json)) {
      report(file, [], 'must be a JSON array');
      continue;
    }
    json.forEach((item: unknown, index) => {
      parsed.raw.push({ file, index, id: stringField(item, 'id'), topic: stringField(item, 'topic'), terms: stringList(item, 'terms') });
      const result = schema.safeParse(item);
      if (result.success) parsed.entries.push({ file, index, value: result.data });
      else for (const issue of result.error.issues) report(file, [index, ...issue.path], issue.message);
    });
  }
  return parsed;
}

function stringField(item: unknown, key: string): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const value: unknown = (item as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

function stringList(item: unknown, key: string): string[] {
  if (typeof item !== 'object' || item === null) return [];
  const value: unknown = (item as Record<string, unknown>)[key];
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

/**
 * An alias names one term: it is accepted as that term's typed answer and masked in its
 * questions, so an alias another term also uses (as alias or name) would grade one term's
 * answer right for the other. Compared case-insensitively, spaces collapsed.
 */
function checkAliasesNameOneTerm(entries: readonly Entry<Term>[], report: Report): void {
  const key = (name: string) => normalizeSpace(name).toLowerCase();
  const owners = new Map<string, string[]>();
  for (const { value: term } of entries) {
    for (const name of new Set([term.term.en, term.term.zh, ...term.aliases].map(key))) owners.set(name, [...(owners.get(name) ?? []), term.id]);
  }
  for (const { file, index, value: term } of entries) {
    term.aliases.forEach((alias, position) => {
      const others = (owners.get(key(alias)) ?? []).filter((id) => id !== term.id);
      if (others.length > 0) report(file, [index, 'aliases', position], `alias "${alias}" also names ${others.map((id) => `"${id}"`).join(', ')}: an alias must name one term`);
    });
  }
}

function checkUniqueIds(raw: readonly RawEntry[], label: string, report: Report): void {
  const first = new Map<string, RawEntry>();
  for (const entry of raw) {
    if (entry.id === undefined) continue;
    const earlier = first.get(entry.id);
    if (earlier === undefined) first.set(entry.id, entry);
    else report(entry.file, [entry.index, 'id'], `duplicate ${label} id "${entry.id}" (first at ${earlier.file} ${formatPath([earlier.index])})`);
  }
}

/**
 * An overlap names another existing term, once, and not this one. Overlap is symmetric
 * (`overlapIndex` in overlaps.ts reads it both ways), so declaring it on one side is enough.
 */
function checkOverlaps(file: string, index: number, term: Term, termIds: ReadonlySet<string>, report: Report): void {
  const seen = new Set<string>();
  (term.overlaps ?? []).forEach((id, position) => {
    const path = [index, 'overlaps', position];
    if (id === term.id) report(file, path, `term "${term.id}" cannot overlap itself`);
    else if (!termIds.has(id)) report(file, path, `unknown term "${id}": not in terms/`);
    else if (seen.has(id)) report(file, path, `overlapping term "${id}" is listed twice`);
    seen.add(id);
  });
}

function checkAnswers(file: string, index: number, question: Question, report: Report): void {
  if (question.kind === 'single' || question.kind === 'multiple') {
    const ids = question.choices.map((choice) => choice.id);
    reportDuplicates(ids, (position, id) => report(file, [index, 'choices', position, 'id'], `duplicate choice id "${id}"`));
    for (const language of ['zh', 'en'] as const) {
      reportDuplicates(
        question.choices.map((choice) => comparable(choice.text[language])),
        (position) => report(file, [index, 'choices', position, 'text', language], 'duplicate choice text'),
      );
    }
    const answers = question.kind === 'single' ? [question.answer] : question.answers;
    answers.forEach((answer, position) => {
      const path = question.kind === 'single' ? [index, 'answer'] : [index, 'answers', position];
      if (!ids.includes(answer)) report(file, path, `answer "${answer}" is not among the choices (${ids.join(', ')})`);
    });
    if (question.scenario === true) {
      question.choices.forEach((choice, position) => {
        if (!answers.includes(choice.id) && choice.why === undefined) {
          report(file, [index, 'choices', position, 'why'], `scenario question: wrong choice "${choice.id}" must say why it is wrong`);
        }
      });
    }
    if (question.kind === 'multiple') {
      reportDuplicates(question.answers, (position, id) => report(file, [index, 'answers', position], `answer "${id}" is listed twice`));
      if (new Set(question.answers).size >= question.choices.length) report(file, [index, 'answers'], 'at least one choice must be wrong');
    }
  }
  if (question.scenario === true && question.kind !== 'single' && question.kind !== 'multiple') {
    report(file, [index, 'scenario'], 'a scenario question must be single or multiple choice, so that each wrong choice can be explained');
  }
  if (question.kind === 'matching') {
    for (const side of ['left', 'right'] as const) {
      for (const language of ['zh', 'en'] as const) {
        reportDuplicates(
          question.pairs.map((pair) => comparable(pair[side][language])),
          (position) => report(file, [index, 'pairs', position, side, language], `duplicate ${side} side`),
        );
      }
    }
  }
}

function reportDuplicates(values: readonly string[], onDuplicate: (position: number, value: string) => void): void {
  const seen = new Set<string>();
  values.forEach((value, position) => {
    if (seen.has(value)) onDuplicate(position, value);
    seen.add(value);
  });
}

/** Splits a quote on "…" and looks for every piece in the (normalized) source text. */
function checkQuote(file: string, path: Path, source: SourceId, quote: string, text: string, report: Report): void {
  const pieces = quote
    .split('…')
    .map(normalizeSpace)
    .filter((piece) => piece !== '');
  if (pieces.length === 0) report(file, path, 'quote has no text');
  let from = 0;
  for (const piece of pieces) {
    if (!text.includes(piece)) {
      report(file, path, `not verbatim: "${shorten(piece)}" is not in ${source}`);
      continue;
    }
    // Pieces joined with "…" keep the source's order.
    const at = text.indexOf(piece, from);
    if (at < 0) report(file, path, `out of order: "${shorten(piece)}" comes earlier in ${source} than the piece before it`);
    else from = at + piece.length;
  }
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function comparable(text: string): string {
  return normalizeSpace(text).toLowerCase();
}

function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57)}...`;
}

/**
 * What JSON.parse objected to, and where. V8 names the position, or for an unexpected token
 * shows the 10 characters either side of it (or the whole text when it is short).
 */
function describeJsonError(message: string, text: string): { reason: string; offset?: number } {
  const position = /^(.*?)(?: in JSON)? at position (\d+)/s.exec(message);
  if (position) return { reason: position[1] ?? message, offset: Number(position[2]) };
  if (message.includes('Unexpected end of JSON input')) return { reason: message, offset: text.length };
  const token = /^Unexpected token '(.)', (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/s.exec(message);
  if (!token) return { reason: message };
  const [, character = '', before, context = '', after] = token;
  const reason = `Unexpected token ${JSON.stringify(character)}`;
  const start = text.indexOf(context);
  if (start < 0) return { reason };
  if (before !== undefined) return { reason, offset: start + 10 };
  if (after !== undefined) return { reason, offset: start + context.length - 10 };
  return { reason, offset: start + context.indexOf(character) };
}

function lineAndColumn(text: string, offset: number): string {
  const lines = text.slice(0, offset).split('\n');
  const column = (lines.at(-1) ?? '').length + 1;
  return `line ${lines.length}, column ${column}`;
}
