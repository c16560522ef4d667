/**
 * Broken and hostile variants of a valid JSON document, for the tests that feed them to the
 * import and to the stored-state reader: truncated JSON, wrong types, missing fields, huge
 * numbers, NaN and Infinity, far-future dates, prototype-polluting keys, 10 MB strings and
 * versions from the future. Each variant is a text and a name that says what was done to it.
 */

export type HostileCase = { name: string; text: string };
type Path = (string | number)[];

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const TIME_FIELDS = new Set(['due', 'lastReview', 'reviewedAt', 'startedAt', 'finishedAt', 'exportedAt']);
/** Fields where null is a valid value, so "null" is not a wrong type there. */
const NULLABLE = new Set(['lastReview']);

const show = (path: Path) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('') || '(root)';

function at(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], root);
}

/** A deep copy with the value at `path` replaced (or deleted, for `undefined`). */
function withValue(root: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(root);
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else {
    Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** Placeholders replaced in the text, for values JSON.stringify cannot write. */
const RAW = { '"@@Infinity@@"': '1e999', '"@@NaN@@"': 'NaN', '"@@-Infinity@@"': '-1e999' } as const;
const stringify = (value: unknown) => {
  let text = JSON.stringify(value);
  for (const [marker, raw] of Object.entries(RAW)) text = text.split(marker).join(raw);
  return text;
};

/**
 * Every path worth breaking in a document: each container and leaf, descending into the first
 * item of each array and the first entry of each record.
 */
function paths(root: unknown, skip: (path: Path) => boolean): { path: Path; value: unknown }[] {
  const found: { path: Path; value: unknown }[] = [];
  const walk = (value: unknown, path: Path) => {
    if (skip(path)) return;
    if (path.length > 0) found.push({ path, value });
    if (Array.isArray(value)) {
      if (value.length > 0) walk(value[0], [...path, 0]);
    } else if (typeof value === 'object' && value !== null) {
      const isRecord = path.at(-1) === 'cards' || path.at(-1) === 'missed';
      const keys = Object.keys(value);
      for (const key of isRecord ? keys.slice(0, 1) : keys) walk((value as Record<string, unknown>)[key], [...path, key]);
    }
  };
  walk(root, []);
  return found;
}

/** Values of another type than `value`. */
function wrongTypes(value: unknown, name: string | number): unknown[] {
  const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  const candidates: [string, unknown][] = [
    ['string', 'x'],
    ['number', 7],
    ['boolean', true],
    ['null', null],
    ['array', []],
    ['object', {}],
  ];
  return candidates
    .filter(([type]) => type !== kind && !(type === 'null' && NULLABLE.has(String(name))))
    .map(([, v]) => v)
    .slice(0, 3);
}

export function hostileVariants(
  valid: unknown,
  {
    skip = () => false,
    optional = () => false,
  }: {
    /** Paths not to descend into or break at all. */
    skip?: (path: Path) => boolean;
    /** Paths whose absence is valid (so deleting them is not a test). */
    optional?: (path: Path) => boolean;
  } = {},
): HostileCase[] {
  const cases: HostileCase[] = [];
  const text = JSON.stringify(valid);

  // Truncated JSON, cut at 30 places.
  for (let i = 1; i <= 30; i++) {
    const cut = Math.floor((text.length * i) / 31);
    cases.push({ name: `truncated at ${cut} of ${text.length} characters`, text: text.slice(0, cut) });
  }

  for (const { path, value } of paths(valid, skip)) {
    const name = path.at(-1)!;
    for (const wrong of wrongTypes(value, name)) {
      cases.push({ name: `wrong type at ${show(path)}: ${JSON.stringify(wrong)}`, text: stringify(withValue(valid, path, wrong)) });
    }
    const inRecord = path.at(-2) === 'cards' || path.at(-2) === 'missed'; // removing an entry is valid
    if (!optional(path) && !inRecord && typeof name === 'string') {
      cases.push({ name: `missing ${show(path)}`, text: stringify(withValue(valid, path, undefined)) });
    }
    if (typeof value === 'number') {
      for (const huge of [1e308, -1, '@@Infinity@@', '@@-Infinity@@', '@@NaN@@', Number.MAX_SAFE_INTEGER * 4]) {
        cases.push({ name: `huge or impossible number at ${show(path)}: ${String(huge)}`, text: stringify(withValue(valid, path, huge)) });
      }
    }
    if (TIME_FIELDS.has(String(name)) || (path.includes('missed') && typeof value === 'number')) {
      for (const future of [Date.UTC(3000, 0, 1), 8.64e15]) {
        cases.push({ name: `far-future date at ${show(path)}: ${future}`, text: stringify(withValue(valid, path, future)) });
      }
    }
    if (typeof value === 'string') {
      cases.push({ name: `10 MB string at ${show(path)}`, text: stringify(withValue(valid, path, TEN_MB)) });
    }
    if (name === 'cards' || name === 'missed') {
      const entry = name === 'cards' ? Object.values(value as object)[0] : 1;
      cases.push({ name: `10 MB key in ${show(path)}`, text: stringify(withValue(valid, [...path, `${TEN_MB}:forward`], entry)) });
    }
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, payload] of [
        ['__proto__', { polluted: true }],
        ['constructor', { prototype: { polluted: true } }],
        ['prototype', { polluted: true }],
      ] as const) {
        cases.push({ name: `"${key}" key in ${show(path)}`, text: stringify(withValue(valid, [...path, key], payload)) });
      }
    }
  }

  // The same keys at the very top.
  for (const key of ['__proto__', 'constructor']) {
    cases.push({ name: `"${key}" key at the top`, text: stringify(withValue(valid, [key], { polluted: true })) });
  }
  return cases;
}

/** Things that are JSON but not ours, or not JSON at all. */
export const FOREIGN_TEXTS: HostileCase[] = [
  { name: 'empty file', text: '' },
  { name: 'whitespace only', text: '  \n\t ' },
  { name: 'null', text: 'null' },
  { name: 'a number', text: '42' },
  { name: 'a string', text: '"cloudcards-backup"' },
  { name: 'an array', text: '[{"format": "cloudcards-backup"}]' },
  { name: 'an Anki-like export', text: '{"deck": "Cloud", "notes": [{"front": "IaaS", "back": "..."}]}' },
  { name: 'another app’s format', text: '{"format": "quizlet-set", "version": 1, "state": {}}' },
  { name: 'HTML', text: '<!doctype html><html><body>not json</body></html>' },
  { name: 'NaN', text: 'NaN' },
  { name: 'binary noise', text: '\u0000\u0001\u0002PK\u0003\u0004' },
  { name: 'deeply nested arrays', text: `${'['.repeat(100_000)}${']'.repeat(100_000)}` },
  { name: 'a lone brace', text: '{' },
];
