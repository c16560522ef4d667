/**
 * A reader of Anki's text import format, written from Anki's manual ("Importing → Text Files",
 * its sections on escaping, HTML, adding tags and File Headers), not from our writer, so that a
 * test can read an exported file the way Anki is documented to:
 *
 * - Header lines `#key:value` at the top of the file, one a line (keys as in the manual's table:
 *   separator, html, tags, columns, notetype, deck, notetype column, deck column, tags column,
 *   guid column); a first line `tags:…` may precede them.
 * - Then records, fields split by the separator (Comma, Semicolon, Tab, Space, Pipe, Colon or the
 *   character itself). A field in double quotes may hold the separator and line breaks, and a
 *   double quote written twice. A line beginning with `#` is a comment.
 * - The number of fields is that of the first record: a record with fewer has them blank, extra
 *   content is not imported.
 * - Tags, deck, note type and GUID columns are meta columns; the others, "regular columns", fill
 *   the note type's fields in order. Tags are split on spaces.
 */

export type AnkiFile = {
  headers: Map<string, string>;
  globalTags: string[];
  html: boolean;
  notetype: string | undefined;
  deck: string | undefined;
  notes: AnkiNote[];
};

export type AnkiNote = { fields: string[]; tags: string[]; deck: string | undefined; notetype: string | undefined; guid: string | undefined };

const SEPARATORS: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', space: ' ', pipe: '|', colon: ':' };

function separatorOf(value: string): string {
  const named = SEPARATORS[value.trim().toLowerCase()];
  if (named) return named;
  if (value.length === 1 && Object.values(SEPARATORS).includes(value)) return value;
  throw new Error(`not a separator Anki knows: ${JSON.stringify(value)}`);
}

/** Splits records and fields, honouring quotes; comment lines are skipped. */
export function readRecords(body: string, separator: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  while (i < body.length) {
    // A comment: a line starting with '#', outside any field.
    if (body[i] === '#') {
      const end = body.indexOf('\n', i);
      i = end === -1 ? body.length : end + 1;
      continue;
    }
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (body[i] === '"') {
        i++;
        for (;;) {
          if (i >= body.length) throw new Error('a quoted field is not closed');
          if (body[i] === '"') {
            if (body[i + 1] === '"') {
              field += '"';
              i += 2;
            } else {
              i++;
              break;
            }
          } else field += body[i++];
        }
        if (i < body.length && body[i] !== separator && body[i] !== '\n' && body[i] !== '\r') {
          throw new Error(`text after a closing quote at ${i}`);
        }
      } else {
        while (i < body.length && body[i] !== separator && body[i] !== '\n' && body[i] !== '\r') {
          if (body[i] === '"') throw new Error(`a bare double quote inside an unquoted field at ${i}`);
          field += body[i++];
        }
      }
      record.push(field);
      if (body[i] === separator) {
        i++;
        continue;
      }
      if (body[i] === '\r') i++;
      if (body[i] === '\n') i++;
      break;
    }
    records.push(record);
  }
  return records;
}

export function parseAnkiText(text: string): AnkiFile {
  const lines = text.split('\n');
  const headers = new Map<string, string>();
  let globalTags: string[] = [];
  let at = 0;
  let offset = 0;
  const take = () => {
    offset += lines[at]!.length + 1;
    at++;
  };
  if (lines[0]?.startsWith('tags:')) {
    globalTags = lines[0].slice(5).split(/\s+/).filter(Boolean);
    take();
  }
  while (at < lines.length && lines[at]!.startsWith('#')) {
    const line = lines[at]!.replace(/\r$/, '');
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(1, colon).trim().toLowerCase(), line.slice(colon + 1));
    take();
  }
  if (headers.has('tags')) globalTags = headers.get('tags')!.split(/\s+/).filter(Boolean);
  const separator = separatorOf(headers.get('separator') ?? '\t');
  const html = (headers.get('html') ?? 'false').toLowerCase() === 'true';
  const column = (key: string) => (headers.has(key) ? Number.parseInt(headers.get(key)!, 10) : undefined);
  const meta = { tags: column('tags column'), deck: column('deck column'), notetype: column('notetype column'), guid: column('guid column') };
  const metaColumns = new Set(Object.values(meta).filter((n): n is number => n !== undefined));

  const records = readRecords(text.slice(offset), separator);
  const width = headers.has('columns') ? readRecords(headers.get('columns')!, separator)[0]!.length : (records[0]?.length ?? 0);
  const notes = records.map((raw) => {
    const record = Array.from({ length: width }, (_, index) => raw[index] ?? '');
    const get = (n: number | undefined) => (n === undefined ? undefined : record[n - 1]);
    return {
      fields: record.filter((_, index) => !metaColumns.has(index + 1)),
      tags: (get(meta.tags) ?? '').split(/\s+/).filter(Boolean),
      deck: get(meta.deck),
      notetype: get(meta.notetype),
      guid: get(meta.guid),
    };
  });
  return { headers, globalTags, html, notetype: headers.get('notetype'), deck: headers.get('deck'), notes };
}

/** A field's HTML as the text a learner reads: `<br>` a line break, other tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]!);
}
