/**
 * The content, split by topic for the browser. Authors write data/terms/*.json and
 * data/questions/*.json in any files they like; the build regroups them by `topic`:
 *
 *   virtual:cloudcards-content          a map of loaders, one lazy chunk per topic and kind
 *   …/index                              every topic, and each term's id, topic and names only:
 *                                         the compact index Today, decks and progress count from
 *   …/sources                            sources.json
 *   …/terms-<topic>, …/questions-<topic> one topic's terms, one topic's questions
 *
 * Each term in a topic's chunk carries its pinyin, written here at build time (pinyin.ts), so
 * the library never reaches the browser; the index does not (Today and counting need none).
 *
 * Each chunk holds its JSON as a string handed to JSON.parse (faster to start than an object
 * literal), is precached by the service worker like every chunk, and is fetched only when a
 * screen asks for it. `npm run check:data` validates the files; this only regroups them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { termPinyin } from './pinyin';

const ID = 'virtual:cloudcards-content';
const RESOLVED = `\0${ID}`;

type Item = { id: string; topic: string; term?: { zh: string; en: string }; pinyin?: string };

/** A term with its pinyin written in (scripts/pinyin.ts); a name without Chinese characters has none. */
function withPinyin(item: Item): Item {
  if (!item.term) return item;
  const pinyin = termPinyin({ term: item.term, pinyin: item.pinyin });
  return pinyin === null ? item : { ...item, pinyin };
}

function readFolder(dir: string): { file: string; items: Item[] }[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const file = join(dir, name);
    return { file, items: JSON.parse(readFileSync(file, 'utf8')) as Item[] };
  });
}

function byTopic(files: { items: Item[] }[]): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const { items } of files) {
    for (const item of items) groups.set(item.topic, [...(groups.get(item.topic) ?? []), item]);
  }
  return groups;
}

/** A module whose default export is `value`, parsed from a JSON string. */
const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

/** The compact index: what counting and listing need, without definitions or explanations. */
export function compactIndex(topics: unknown[], terms: readonly Item[]) {
  return { topics, terms: terms.map(({ id, topic, term }) => ({ id, topic, term })) };
}

export function contentPlugin(dataDir = resolve(import.meta.dirname, '..', 'data')): Plugin {
  let cached: ReturnType<typeof readAll> | undefined;
  const readAll = () => {
    const termFiles = readFolder(join(dataDir, 'terms'));
    const questionFiles = readFolder(join(dataDir, 'questions'));
    return {
      files: [...termFiles, ...questionFiles].map((entry) => entry.file),
      terms: byTopic(termFiles.map((entry) => ({ ...entry, items: entry.items.map(withPinyin) }))),
      questions: byTopic(questionFiles),
      topics: JSON.parse(readFileSync(join(dataDir, 'topics.json'), 'utf8')) as unknown[],
    };
  };
  const read = () => (cached ??= readAll());

  return {
    name: 'cloudcards:content',
    buildStart() {
      cached = undefined;
    },
    watchChange() {
      cached = undefined;
    },
    resolveId(id) {
      return id === ID || id.startsWith(`${ID}/`) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id !== RESOLVED && !id.startsWith(`${RESOLVED}/`)) return undefined;
      const content = read();
      for (const file of [...content.files, join(dataDir, 'topics.json'), join(dataDir, 'sources.json')]) this.addWatchFile(file);
      if (id === RESOLVED) {
        const loaders = (kind: 'terms' | 'questions', topics: Iterable<string>) =>
          `{\n${[...topics].map((topic) => `  ${JSON.stringify(topic)}: () => import(${JSON.stringify(`${ID}/${kind}-${topic}`)}).then((m) => m.default),`).join('\n')}\n}`;
        return [
          `export const loadIndex = () => import(${JSON.stringify(`${ID}/index`)}).then((m) => m.default);`,
          `export const loadSources = () => import(${JSON.stringify(`${ID}/sources`)}).then((m) => m.default);`,
          `export const termLoaders = ${loaders('terms', content.terms.keys())};`,
          `export const questionLoaders = ${loaders('questions', content.questions.keys())};`,
        ].join('\n');
      }
      const part = id.slice(RESOLVED.length + 1);
      if (part === 'index') return jsonModule(compactIndex(content.topics, [...content.terms.values()].flat()));
      if (part === 'sources') return jsonModule(JSON.parse(readFileSync(join(dataDir, 'sources.json'), 'utf8')));
      const match = /^(terms|questions)-(.+)$/.exec(part);
      if (match) return jsonModule((match[1] === 'terms' ? content.terms : content.questions).get(match[2] ?? '') ?? []);
      return undefined;
    },
  };
}
