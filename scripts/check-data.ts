/**
 * Validates the content in data/ (or in the directory given as the first argument):
 * every problem is printed as `file: $.path: message`, then a summary; exits 1 on any problem.
 *
 *   npm run check:data
 *   npx tsx scripts/check-data.ts tests/fixtures/content/valid
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  QuestionSchema,
  SourceIdSchema,
  TermSchema,
  TopicSchema,
  checkContent,
  parseJson,
  type ContentFile,
  type Problem,
  type SourceId,
} from '../src/domain/content';
import { checkGrading, type LocatedQuestion } from '../src/domain/grading-checks';
import { inTrack, TRACKS } from '../src/domain/tracks';
import { generatePinyin, hasHan, pinyinOverrideProblem } from './pinyin';

export type ContentDir = {
  files: ContentFile[];
  posts: Partial<Record<SourceId, string>>;
  /** Problems found while reading: unreadable files, JSON syntax errors, stray posts. */
  problems: Problem[];
};

/** Reads sources.json, topics.json, terms/*.json, questions/*.json and posts/*.txt from `dir`. */
export async function readContentDir(dir: string): Promise<ContentDir> {
  const content: ContentDir = { files: [], posts: {}, problems: [] };
  const inFolder = async (folder: string) => (await listFiles(join(dir, folder), '.json')).map((name) => join(folder, name));
  const termFiles = await inFolder('terms');
  const questionFiles = await inFolder('questions');
  if (termFiles.length === 0) content.problems.push({ file: join(dir, 'terms'), path: '$', message: 'no term files (expected terms/<name>.json)' });

  const vendorFile = (await listFiles(dir, '.json')).filter((name) => name === 'vendors.json');
  for (const name of ['sources.json', 'topics.json', ...vendorFile, ...termFiles, ...questionFiles]) {
    const path = join(dir, name);
    const text = await readText(path);
    if (text === undefined) {
      content.problems.push({ file: path, path: '$', message: 'file not found or unreadable' });
      continue;
    }
    const parsed = parseJson(path, text);
    if (parsed.ok) content.files.push({ path, json: parsed.json });
    else content.problems.push(parsed.problem);
  }

  for (const name of await listFiles(join(dir, 'posts'), '.txt')) {
    const path = join(dir, 'posts', name);
    const id = SourceIdSchema.safeParse(basename(name, '.txt'));
    const text = await readText(path);
    if (!id.success) content.problems.push({ file: path, path: '$', message: 'post file is not named after a source id' });
    else if (text !== undefined) content.posts[id.data] = text;
  }
  return content;
}

async function listFiles(dir: string, extension: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith(extension)).sort();
  } catch {
    return [];
  }
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

function countBy<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([name, count]) => `${name} ${count}`).join(', ') || 'none';
}

/** Counts what parsed: the summary is a view of the content, not a verdict on it. */
function summarize(files: readonly ContentFile[]): string[] {
  const items = (suffix: RegExp) =>
    files.filter((file) => suffix.test(file.path.replaceAll('\\', '/'))).flatMap((file) => (Array.isArray(file.json) ? file.json : []));
  const terms = items(/(?:^|\/)terms\/[^/]+\.json$/).flatMap((item: unknown) => {
    const parsed = TermSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  const questions = items(/(?:^|\/)questions\/[^/]+\.json$/).flatMap((item: unknown) => {
    const parsed = QuestionSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  const topics = items(/(?:^|\/)topics\.json$/).flatMap((item: unknown) => {
    const parsed = TopicSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  const usedTopics = new Set(terms.map((term) => term.topic));
  const empty = topics.filter((topic) => !usedTopics.has(topic.id)).map((topic) => topic.id);
  return [
    `Topics: ${topics.length} (by track, a topic in both counted in each: ${TRACKS.map((track) => `${track} ${topics.filter((topic) => inTrack(track, topic)).length}`).join(', ')})`,
    `Terms by track: ${TRACKS.map((track) => `${track} ${terms.filter((term) => inTrack(track, topics.find((topic) => topic.id === term.topic))).length}`).join(', ')}`,
    `Topics without terms yet (hidden in the app): ${empty.join(', ') || 'none'}`,
    `Terms: ${terms.length} (by topic: ${countBy(terms, (term) => term.topic)})`,
    `Questions: ${questions.length} (by kind: ${countBy(questions, (question) => question.kind)})`,
    `Questions by topic: ${countBy(questions, (question) => question.topic)}`,
    `Numbers & facts questions: ${questions.filter((question) => question.figure === true).length}`,
    `Scenario questions: ${questions.filter((question) => question.scenario === true).length}`,
  ];
}

/** The checks that need the grading rules (grading-checks.ts), over every item that parsed. */
export function gradingProblems(files: readonly ContentFile[]): Problem[] {
  const terms = files
    .filter((file) => /(?:^|\/)terms\/[^/]+\.json$/.test(file.path.replaceAll('\\', '/')))
    .flatMap((file) => (Array.isArray(file.json) ? file.json : []))
    .flatMap((item: unknown) => {
      const parsed = TermSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  const questions: LocatedQuestion[] = files
    .filter((file) => /(?:^|\/)questions\/[^/]+\.json$/.test(file.path.replaceAll('\\', '/')))
    .flatMap((file) =>
      (Array.isArray(file.json) ? file.json : []).flatMap((item: unknown, index) => {
        const parsed = QuestionSchema.safeParse(item);
        return parsed.success ? [{ file: file.path, index, question: parsed.data }] : [];
      }),
    );
  return checkGrading(questions, terms);
}

/**
 * Pinyin (scripts/pinyin.ts): every Chinese name gets one from the library, or gives its own;
 * an override must fit its name and differ from what the library reads.
 */
export function pinyinProblems(files: readonly ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    if (!/(?:^|\/)terms\/[^/]+\.json$/.test(file.path.replaceAll('\\', '/')) || !Array.isArray(file.json)) continue;
    file.json.forEach((item: unknown, index) => {
      const parsed = TermSchema.safeParse(item);
      if (!parsed.success) return;
      const { term, pinyin } = parsed.data;
      if (pinyin !== undefined) {
        const problem = pinyinOverrideProblem(term.zh, pinyin);
        if (problem) problems.push({ file: file.path, path: `$[${index}].pinyin`, message: problem });
      } else if (hasHan(term.zh)) {
        const generated = generatePinyin(term.zh);
        if (generated === null || hasHan(generated)) {
          problems.push({ file: file.path, path: `$[${index}].term.zh`, message: `pinyin-pro gives no pinyin for every character ("${generated ?? ''}"): add "pinyin"` });
        }
      }
    });
  }
  return problems;
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? 'data';
  const content = await readContentDir(dir);
  const problems = [...content.problems, ...checkContent(content.files, content.posts), ...gradingProblems(content.files), ...pinyinProblems(content.files)];

  for (const problem of problems) console.error(`${problem.file}: ${problem.path}: ${problem.message}`);
  for (const line of summarize(content.files)) console.log(line);

  if (problems.length > 0) {
    console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`);
    process.exitCode = 1;
  } else {
    console.log(`\nNo problems in ${dir}`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
