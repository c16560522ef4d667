/**
 * Delimited text, as RFC 4180 describes it and Anki's text import reads it: fields joined by a
 * separator, records ended by a line break, and a field in double quotes when it holds the
 * separator, a double quote (written twice) or a line break. A field that starts with `#` is
 * quoted too: Anki reads a record that begins with `#` as a comment, and a quoted one no longer
 * begins with it.
 */

export type DelimitedFormat = {
  separator: ',' | '\t';
  /** RFC 4180 says CRLF; Anki reads either. */
  lineEnd: '\r\n' | '\n';
};

/** Leads a CSV file: without it Excel reads UTF-8 (Chinese) as its own code page. Parsers take it as the encoding's mark. */
export const UTF8_BOM = '\uFEFF';

export const CSV: DelimitedFormat = { separator: ',', lineEnd: '\r\n' };
export const TSV: DelimitedFormat = { separator: '\t', lineEnd: '\n' };

/** One field, quoted when it must be. */
export function formatField(value: string, separator: DelimitedFormat['separator']): string {
  const quote = value.includes(separator) || value.includes('"') || value.includes('\n') || value.includes('\r') || value.startsWith('#');
  return quote ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Records, each ended by the line break (so the text ends with one). */
export function formatRecords(records: readonly (readonly string[])[], format: DelimitedFormat): string {
  return records.map((record) => record.map((field) => formatField(field, format.separator)).join(format.separator) + format.lineEnd).join('');
}
