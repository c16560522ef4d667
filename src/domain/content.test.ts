import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentDir } from '../../scripts/check-data';
import { checkContent, formatPath, normalizePost, parseJson } from './content';
import type { ContentFile, Note, Question, QuestionKind, SourceId, Term, Topic } from './content';

type Fixture = { files: ContentFile[]; posts: Partial<Record<SourceId, string>> };

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtureDir = join(root, 'tests/fixtures/content/valid');
const dataDir = join(root, 'data');

let valid: Fixture;

beforeAll(async () => {
  const content = await readContentDir(fixtureDir);
  expect(content.problems).toEqual([]);
  // Paths relative to the fixture, so problems read `terms/sample.json`, `questions/sample.json`.
  valid = { files: content.files.map((file) => ({ ...file, path: relative(fixtureDir, file.path) })), posts: content.posts };
});

/** A fresh copy of the valid fixture, to break in one place. */
function fixture(): Fixture {
  return structuredClone(valid);
}

function items<T>(content: Fixture, path: string): T[] {
  const file = content.files.find((candidate) => candidate.path === path);
  if (file === undefined || !Array.isArray(file.json)) throw new Error(`fixture has no ${path}`);
  return file.json as T[];
}

function first<T>(list: readonly T[]): T {
  const [item] = list;
  if (item === undefined) throw new Error('fixture list is empty');
  return item;
}

const terms = (content: Fixture) => items<Term>(content, 'terms/sample.json');
const topics = (content: Fixture) => items<Topic>(content, 'topics.json');
const questions = (content: Fixture) => items<Question>(content, 'questions/sample.json');

function questionOf<K extends QuestionKind>(content: Fixture, kind: K): Extract<Question, { kind: K }> {
  const found = questions(content).find((question): question is Extract<Question, { kind: K }> => question.kind === kind);
  if (found === undefined) throw new Error(`fixture has no ${kind} question`);
  return found;
}

const check = (content: Fixture) => checkContent(content.files, content.posts);

describe('checkContent', () => {
  it('accepts the valid fixture', () => {
    expect(check(fixture())).toEqual([]);
  });

  it('reports a duplicate term id where the second one is', () => {
    const content = fixture();
    first(terms(content)).id = 'iaas';

    expect(check(content)).toContainEqual({
      file: 'terms/sample.json',
      path: '$[1].id',
      message: 'duplicate term id "iaas" (first at terms/sample.json $[0])',
    });
  });

  it('reports a question id used in two files', () => {
    const content = fixture();
    content.files.push({ path: 'questions/more.json', json: [structuredClone(questionOf(content, 'typed'))] });

    expect(check(content)).toEqual([
      {
        file: 'questions/more.json',
        path: '$[0].id',
        message: 'duplicate question id "q-iaas-typed" (first at questions/sample.json $[4])',
      },
    ]);
  });

  it('reports a related id that does not resolve', () => {
    const content = fixture();
    first(terms(content)).related = ['no-such-term'];

    expect(check(content)).toEqual([
      { file: 'terms/sample.json', path: '$[0].related[0]', message: 'unknown term "no-such-term": not in terms/' },
    ]);
  });

  it('reports an alias that also names another term, as alias or name, ignoring case', () => {
    const content = fixture();
    const [cloud, iaas, paas] = terms(content);
    if (cloud === undefined || iaas === undefined || paas === undefined) throw new Error('fixture has fewer than three terms');
    iaas.aliases = ['IaaS', 'as a service'];
    paas.aliases = ['PaaS', 'As A Service', '云计算'];

    expect(check(content)).toEqual([
      { file: 'terms/sample.json', path: '$[1].aliases[1]', message: 'alias "as a service" also names "paas": an alias must name one term' },
      { file: 'terms/sample.json', path: '$[2].aliases[1]', message: 'alias "As A Service" also names "iaas": an alias must name one term' },
      { file: 'terms/sample.json', path: '$[2].aliases[2]', message: 'alias "云计算" also names "cloud-computing": an alias must name one term' },
    ]);
  });

  it('accepts overlaps with other terms, declared on one side or both', () => {
    const content = fixture();
    first(terms(content)).overlaps = ['iaas', 'paas'];
    const iaas = terms(content)[1];
    if (iaas === undefined) throw new Error('fixture has no second term');
    iaas.overlaps = ['cloud-computing'];

    expect(check(content)).toEqual([]);
  });

  it('reports an overlap that does not resolve, names the term itself, or repeats', () => {
    const content = fixture();
    first(terms(content)).overlaps = ['no-such-term', 'cloud-computing', 'iaas', 'iaas'];

    expect(check(content)).toEqual([
      { file: 'terms/sample.json', path: '$[0].overlaps[0]', message: 'unknown term "no-such-term": not in terms/' },
      { file: 'terms/sample.json', path: '$[0].overlaps[1]', message: 'term "cloud-computing" cannot overlap itself' },
      { file: 'terms/sample.json', path: '$[0].overlaps[3]', message: 'overlapping term "iaas" is listed twice' },
    ]);
  });

  it('accepts a bilingual note with its source on a term and on a question', () => {
    const content = fixture();
    const note: Note = {
      zh: '这是一个外行的看法。',
      en: 'This is a lay view.',
      source: { source: 'post-cloud-marketing', quote: '云计算（Cloud Computing），是一种基于互联网的计算方式' },
    };
    first(terms(content)).note = note;
    questionOf(content, 'typed').note = note;

    expect(check(content)).toEqual([]);
  });

  it('reports a note without English, and a note whose source is unknown or misquoted', () => {
    const content = fixture();
    Object.assign(first(terms(content)), { note: { zh: '说明', source: { source: 'post-cloud-marketing', quote: '基于互联网' } } });
    const iaas = terms(content)[1];
    if (iaas === undefined) throw new Error('fixture has no second term');
    iaas.note = { zh: '说明', en: 'Note', source: { source: 'post-cloud-marketing', quote: '不存在的句子' } };
    questionOf(content, 'typed').note = { zh: '说明', en: 'Note', source: { source: 'post-c2b-alibaba', quote: '信息为王' } };

    expect(check(content)).toEqual([
      { file: 'terms/sample.json', path: '$[0].note.en', message: expect.any(String) },
      { file: 'terms/sample.json', path: '$[1].note.source.quote', message: 'not verbatim: "不存在的句子" is not in post-cloud-marketing' },
      { file: 'questions/sample.json', path: '$[4].note.source.source', message: 'unknown source "post-c2b-alibaba": not in sources.json' },
    ]);
  });

  it('reports a question that tests an unknown term', () => {
    const content = fixture();
    questionOf(content, 'true-false').terms.push('cloud-conputing');

    expect(check(content)).toEqual([
      { file: 'questions/sample.json', path: '$[2].terms[1]', message: 'unknown term "cloud-conputing": not in terms/' },
    ]);
  });

  it('reports a single answer that is not among the choices', () => {
    const content = fixture();
    questionOf(content, 'single').answer = 'd';

    expect(check(content)).toEqual([
      { file: 'questions/sample.json', path: '$[0].answer', message: 'answer "d" is not among the choices (a, b, c)' },
    ]);
  });

  it('reports multiple answers outside the choices, and fewer than two', () => {
    const content = fixture();
    questionOf(content, 'multiple').answers = ['e', 'b'];
    expect(check(content)).toEqual([
      { file: 'questions/sample.json', path: '$[1].answers[0]', message: 'answer "e" is not among the choices (a, b, c, d)' },
    ]);

    questionOf(content, 'multiple').answers = ['b'];
    expect(check(content)).toEqual([
      { file: 'questions/sample.json', path: '$[1].answers', message: 'needs at least 2 correct answers' },
    ]);
  });

  it('reports duplicate choice texts, per language and ignoring case', () => {
    const content = fixture();
    const choice = questionOf(content, 'single').choices[1];
    if (choice === undefined) throw new Error('fixture changed');
    choice.text.en = 'infrastructure as a service';

    expect(check(content)).toEqual([
      { file: 'questions/sample.json', path: '$[0].choices[1].text.en', message: 'duplicate choice text' },
    ]);
  });

  it('reports an empty Chinese text', () => {
    const content = fixture();
    first(terms(content)).definition.zh = '  ';

    expect(check(content)).toEqual([{ file: 'terms/sample.json', path: '$[0].definition.zh', message: 'must not be empty' }]);
  });

  it('reports a definition too long for a card', () => {
    const content = fixture();
    first(terms(content)).definition.en = 'x'.repeat(161);

    expect(check(content)).toEqual([
      { file: 'terms/sample.json', path: '$[0].definition.en', message: 'must be at most 160 characters' },
    ]);
  });

  it('reports a topic outside the list, and one missing from topics.json', () => {
    const content = fixture();
    Object.assign(first(terms(content)), { topic: 'networking' });
    expect(check(content)).toEqual([{ file: 'terms/sample.json', path: '$[0].topic', message: 'unknown topic "networking": not in topics.json' }]);

    const other = fixture();
    questionOf(other, 'true-false').topic = 'market-figures';
    expect(check(other)).toEqual([
      { file: 'questions/sample.json', path: '$[2].topic', message: 'unknown topic "market-figures": not in topics.json' },
    ]);
  });

  it('reports two topics at the same place in one track', () => {
    const content = fixture();
    topics(content).push({
      id: 'market-figures',
      name: { zh: '市场与数字', en: 'Market figures' },
      description: { zh: '数字。', en: 'Numbers.' },
      track: 'readings',
      order: 1,
    });

    expect(check(content)).toEqual([
      { file: 'topics.json', path: '$[2].order', message: 'order 1 is already taken in the readings track by "basics"' },
    ]);
  });

  it('accepts a topic studied in both tracks, each at a free place, and reports a place taken or a track named twice', () => {
    const content = fixture();
    Object.assign(first(topics(content)), { alsoIn: [{ track: 'foundations', order: 2 }] });
    expect(check(content)).toEqual([]);

    Object.assign(first(topics(content)), { alsoIn: [{ track: 'foundations', order: 1 }] });
    expect(check(content)).toEqual([
      { file: 'topics.json', path: '$[1].order', message: 'order 1 is already taken in the foundations track by "basics"' },
    ]);

    Object.assign(first(topics(content)), { alsoIn: [{ track: 'readings', order: 2 }] });
    expect(check(content)).toEqual([{ file: 'topics.json', path: '$[0].alsoIn[0]', message: 'topic "basics" is already in the readings track' }]);

    Object.assign(first(topics(content)), { alsoIn: [] });
    expect(check(content)).toMatchObject([{ file: 'topics.json', path: '$[0].alsoIn' }]);
  });

  it('accepts a topic with no terms yet (the app hides it), and a track only from the two', () => {
    const content = fixture();
    topics(content).push({ id: 'storage', name: { zh: '存储', en: 'Storage' }, description: { zh: '存储。', en: 'Storage.' }, track: 'foundations', order: 2 });
    expect(check(content)).toEqual([]);

    Object.assign(first(topics(content)), { track: 'electives' });
    expect(check(content)).toMatchObject([{ file: 'topics.json', path: '$[0].track' }]);
  });

  it('reports a term no question tests', () => {
    const content = fixture();
    questionOf(content, 'true-false').terms = ['iaas'];
    questionOf(content, 'matching').terms = ['iaas', 'paas'];

    expect(check(content)).toEqual([
      { file: 'terms/sample.json', path: '$[0].id', message: 'term "cloud-computing" is not tested by any question' },
    ]);
  });

  it('reports a quote that is not verbatim in its post', () => {
    const content = fixture();
    // One character off: 基于 → 基於.
    first(terms(content)).source = { source: 'post-cloud-marketing', quote: '云计算（Cloud Computing），是一种基於互联网的计算方式' };

    expect(check(content)).toEqual([
      {
        file: 'terms/sample.json',
        path: '$[0].source.quote',
        message: 'not verbatim: "云计算（Cloud Computing），是一种基於互联网的计算方式" is not in post-cloud-marketing',
      },
    ]);
  });

  it('checks each piece of a quote joined with "…"', () => {
    const content = fixture();
    first(terms(content)).source = { source: 'post-cloud-marketing', quote: '云计算（Cloud Computing）…不存在的句子' };

    expect(check(content)).toEqual([
      { file: 'terms/sample.json', path: '$[0].source.quote', message: 'not verbatim: "不存在的句子" is not in post-cloud-marketing' },
    ]);
  });

  it("reports pieces of a quote joined with '…' out of the source's order", () => {
    const content = fixture();
    first(terms(content)).source = { source: 'post-cloud-marketing', quote: '是一种基于互联网的计算方式…云计算（Cloud Computing）' };

    expect(check(content)).toEqual([
      {
        file: expect.stringMatching(/terms/),
        path: '$[0].source.quote',
        message: 'out of order: "云计算（Cloud Computing）" comes earlier in post-cloud-marketing than the piece before it',
      },
    ]);
  });

  it('refuses a quote of a book whose text we do not hold, and takes its section', () => {
    const content = fixture();
    Object.assign(items<object>(content, 'sources.json'), {
      2: { id: 'weinman-cloudonomics', kind: 'book', title: { zh: 'Cloudonomics', en: 'Cloudonomics' }, author: { zh: 'Joe Weinman', en: 'Joe Weinman' }, date: '2012' },
    });
    first(terms(content)).source = { source: 'weinman-cloudonomics', quote: 'Common, Location-independent, Online, Utility, on-Demand' };
    expect(check(content)).toMatchObject([
      { path: '$[0].source.quote', message: 'we do not hold the full text of "weinman-cloudonomics": cite its "section", not a quote' },
    ]);

    first(terms(content)).source = { source: 'weinman-cloudonomics', section: 'The C.L.O.U.D. definition of the cloud' };
    expect(check(content)).toEqual([]);
  });

  it('reports a source that is not in sources.json', () => {
    const content = fixture();
    first(terms(content)).source = { source: 'post-c2b-alibaba', quote: '信息为王' };

    expect(check(content)).toEqual([
      { file: 'terms/sample.json', path: '$[0].source.source', message: 'unknown source "post-c2b-alibaba": not in sources.json' },
    ]);
  });

  it('reports a post source without its text', () => {
    const content = fixture();
    content.posts = {};

    expect(check(content)).toEqual([
      {
        file: 'sources.json',
        path: '$[0]',
        message: 'post "post-cloud-marketing" has no text to check quotes against (expected posts/post-cloud-marketing.txt)',
      },
    ]);
  });

  it('reports a kind that is not one of the five', () => {
    const content = fixture();
    Object.assign(questionOf(content, 'true-false'), { kind: 'essay' });

    expect(check(content)).toEqual([
      {
        file: 'questions/sample.json',
        path: '$[2].kind',
        message: "Invalid discriminator value. Expected 'single' | 'multiple' | 'true-false' | 'matching' | 'typed'",
      },
    ]);
  });

  it('reports a field that belongs to another kind', () => {
    const content = fixture();
    Object.assign(questionOf(content, 'true-false'), { choices: [] });

    expect(check(content)).toEqual([
      { file: 'questions/sample.json', path: '$[2]', message: 'Unrecognized key: "choices"' },
    ]);
  });

  it('reports the exact JSON path of a nested problem', () => {
    const content = fixture();
    const choice = questionOf(content, 'single').choices[2];
    if (choice === undefined) throw new Error('fixture changed');
    Object.assign(choice.text, { zh: undefined });

    expect(check(content)).toEqual([
      {
        file: 'questions/sample.json',
        path: '$[0].choices[2].text.zh',
        message: 'Invalid input: expected string, received undefined',
      },
    ]);
  });

  it('reports matching pairs with a repeated side, and too few pairs', () => {
    const content = fixture();
    const matching = questionOf(content, 'matching');
    const [pair] = matching.pairs;
    if (pair === undefined) throw new Error('fixture changed');
    pair.right.zh = '平台即服务';
    expect(check(content)).toEqual([
      { file: 'questions/sample.json', path: '$[3].pairs[1].right.zh', message: 'duplicate right side' },
    ]);

    matching.pairs = matching.pairs.slice(0, 2);
    expect(check(content)).toEqual([{ file: 'questions/sample.json', path: '$[3].pairs', message: 'needs 3 to 5 pairs' }]);
  });

  it('reports a typed question with no accepted English answer', () => {
    const content = fixture();
    questionOf(content, 'typed').answers.en = [];

    expect(check(content)).toEqual([
      { file: 'questions/sample.json', path: '$[4].answers.en', message: 'needs at least 1 accepted answer' },
    ]);
  });

  it('reports HTML or markdown in a text', () => {
    const content = fixture();
    first(terms(content)).explanation.en = 'Shared resources are <b>provided</b> on demand.';

    expect(check(content)).toEqual([
      { file: 'terms/sample.json', path: '$[0].explanation.en', message: 'must be plain text, not HTML or markdown' },
    ]);
  });

  it('reports a file that is not an array, and keeps checking the rest', () => {
    const content = fixture();
    const file = content.files.find((candidate) => candidate.path === 'topics.json');
    if (file === undefined) throw new Error('fixture changed');
    file.json = { basics: {} };

    const problems = check(content);
    expect(problems).toContainEqual({ file: 'topics.json', path: '$', message: 'must be a JSON array' });
    expect(problems).toContainEqual({ file: 'terms/sample.json', path: '$[0].topic', message: 'unknown topic "basics": not in topics.json' });
  });
});

describe('checkContent: format v2', () => {
  const docs = {
    id: 'aws-shared-responsibility',
    kind: 'documentation',
    title: { zh: 'AWS 责任共担模型', en: 'AWS Shared Responsibility Model' },
    author: { zh: '亚马逊云科技', en: 'Amazon Web Services' },
    date: '2026-12',
    url: 'https://aws.amazon.com/compliance/shared-responsibility-model/',
    publisher: 'Amazon Web Services',
  };
  const withDocs = () => {
    const content = fixture();
    items<object>(content, 'sources.json').push(structuredClone(docs));
    return content;
  };

  it('accepts a section instead of a quote for a document we do not hold', () => {
    const content = withDocs();
    first(terms(content)).source = { source: 'aws-shared-responsibility', section: 'Shared responsibility model overview' };
    questionOf(content, 'single').source = { source: 'nist-sp-800-145', section: 'Section 2, Service Models' };

    expect(check(content)).toEqual([]);
  });

  it('refuses a made-up quote of documentation, and a section where the post is held in full', () => {
    const content = withDocs();
    first(terms(content)).source = { source: 'aws-shared-responsibility', quote: 'AWS is responsible for everything.' };
    questionOf(content, 'single').source = { source: 'post-cloud-marketing', section: 'Paragraph 3' };

    expect(check(content)).toEqual([
      {
        file: 'terms/sample.json',
        path: '$[0].source.quote',
        message: 'we do not hold the full text of "aws-shared-responsibility": cite its "section", not a quote',
      },
      {
        file: 'questions/sample.json',
        path: '$[0].source.section',
        message: '"post-cloud-marketing" is held in full: quote it verbatim ("quote") instead of naming a section',
      },
    ]);
  });

  it('refuses a source ref with both a quote and a section, or neither', () => {
    const content = fixture();
    Object.assign(first(terms(content)), { source: { source: 'nist-sp-800-145', quote: 'x', section: 'y' } });
    questionOf(content, 'single').source = { source: 'nist-sp-800-145' } as never;

    expect(check(content)).toEqual([
      { file: 'terms/sample.json', path: '$[0].source', message: 'must be {"source", "quote"} or {"source", "section"}' },
      { file: 'questions/sample.json', path: '$[0].source', message: 'must be {"source", "quote"} or {"source", "section"}' },
    ]);
  });

  it('needs the URL of documentation, and an author and a date for every source', () => {
    const content = fixture();
    const list = items<object>(content, 'sources.json');
    list.push({ ...docs, url: undefined });
    list.push({ ...docs, id: 'no-author', author: undefined, date: undefined });

    expect(check(content)).toEqual([
      { file: 'sources.json', path: '$[2].url', message: 'a standard, documentation page or article must give its URL' },
      { file: 'sources.json', path: '$[3].author', message: 'Invalid input: expected object, received undefined' },
      { file: 'sources.json', path: '$[3].date', message: 'Invalid input: expected string, received undefined' },
    ]);
  });

  it('reports a post file with no post in sources.json', () => {
    const content = fixture();
    content.posts['post-nowhere'] = 'text';

    expect(check(content)).toEqual([
      { file: 'posts/post-nowhere.txt', path: '$', message: 'post file is not named after a post in sources.json' },
    ]);
  });

  it('accepts a term table with one cell per column after the first, and names a row that has not', () => {
    const content = fixture();
    const l = (en: string) => ({ zh: en, en });
    first(terms(content)).table = {
      caption: l('Who is responsible'),
      columns: [l('Layer'), l('IaaS'), l('SaaS')],
      rows: [
        { label: l('Data'), cells: [l('Customer'), l('Customer')] },
        { label: l('Hardware'), cells: [l('Provider'), l('Provider')] },
      ],
    };
    expect(check(content)).toEqual([]);

    first(terms(content)).table?.rows[1]?.cells.pop();
    expect(check(content)).toEqual([
      { file: 'terms/sample.json', path: '$[0].table.rows[1].cells', message: 'needs 2 cells, one per column after the first (has 1)' },
    ]);
  });

  it('accepts a scenario question whose every wrong choice says why', () => {
    const content = fixture();
    const question = questionOf(content, 'single');
    question.scenario = true;
    for (const choice of question.choices) {
      if (choice.id !== question.answer) choice.why = { zh: '不对，因为……', en: 'Wrong, because…' };
    }

    expect(check(content)).toEqual([]);
  });

  it('reports a scenario question with an unexplained wrong choice, or with no choices', () => {
    const content = fixture();
    const question = questionOf(content, 'single');
    question.scenario = true;
    const wrong = question.choices.findIndex((choice) => choice.id !== question.answer);
    const right = question.choices.find((choice) => choice.id === question.answer);
    if (right === undefined) throw new Error('fixture changed');
    right.why = { zh: '对。', en: 'Right.' };
    question.choices.forEach((choice, position) => {
      if (position !== wrong && choice.id !== question.answer) choice.why = { zh: '不对。', en: 'Wrong.' };
    });
    Object.assign(questionOf(content, 'true-false'), { scenario: true });
    const wrongId = question.choices[wrong]?.id ?? '';

    expect(check(content)).toEqual([
      { file: 'questions/sample.json', path: `$[0].choices[${wrong}].why`, message: `scenario question: wrong choice "${wrongId}" must say why it is wrong` },
      {
        file: 'questions/sample.json',
        path: '$[2].scenario',
        message: 'a scenario question must be single or multiple choice, so that each wrong choice can be explained',
      },
    ]);
  });
});

describe('parseJson', () => {
  it('names the file, line and column of a syntax error', () => {
    const text = '[\n  {\n    "id": "iaas",\n  }\n]\n';

    expect(parseJson('data/terms.json', text)).toEqual({
      ok: false,
      problem: { file: 'data/terms.json', path: '$', message: 'invalid JSON at line 4, column 3: Expected double-quoted property name' },
    });
  });

  it('finds an unexpected token', () => {
    const result = parseJson('data/terms.json', '[\n  {\n    "id": tru\n  }\n]\n');
    expect(result).toMatchObject({ ok: false, problem: { message: 'invalid JSON at line 3, column 14: Unexpected token "\\n"' } });
  });

  it('reports a broken file read from disk', async () => {
    const dir = join(root, 'tests/fixtures/content/bad-json');
    const content = await readContentDir(dir);

    expect(content.problems).toEqual([
      { file: join(dir, 'terms/bad.json'), path: '$', message: 'invalid JSON at line 5, column 3: Expected double-quoted property name' },
    ]);
  });
});

describe('helpers', () => {
  it('formats JSON paths', () => {
    expect(formatPath([])).toBe('$');
    expect(formatPath([3, 'related', 0])).toBe('$[3].related[0]');
  });

  it('reads a post without its markdown markers', () => {
    expect(normalizePost('> **IaaS(**Infra)：基于[互联网](https://x.org/a)的\n>\n> 计算')).toBe('IaaS(Infra)：基于互联网的 计算');
  });
});

describe('the content in data/', () => {
  it('has no problems', async () => {
    const content = await readContentDir(dataDir);
    const problems = [...content.problems, ...checkContent(content.files, content.posts)];

    expect(problems.map((problem) => `${problem.file}: ${problem.path}: ${problem.message}`)).toEqual([]);
  });
});
