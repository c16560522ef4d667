import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRecords } from '../../tests/factories/anki-text-parser';
import { CSV, formatField, formatRecords, TSV } from './delimited';

// Any text, the characters that need quoting made common.
const field = fc.string({ unit: fc.oneof(fc.constantFrom(',', '\t', '"', '\n', '\r', '#', ' ', '云'), fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' })), maxLength: 12 });
const records = fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 });

describe('delimited text', () => {
  it('quotes only what must be quoted', () => {
    expect(formatField('plain text 云', ',')).toBe('plain text 云');
    expect(formatField('a,b', ',')).toBe('"a,b"');
    expect(formatField('a,b', '\t')).toBe('a,b');
    expect(formatField('say "hi"', ',')).toBe('"say ""hi"""');
    expect(formatField('two\nlines', '\t')).toBe('"two\nlines"');
    expect(formatField('#1', '\t')).toBe('"#1"');
  });

  it('reads back as written through csv-parse (RFC 4180), any text', () => {
    fc.assert(
      fc.property(records, (rows) => {
        expect(parse(formatRecords(rows, CSV), { relax_quotes: false, relax_column_count: false })).toEqual(rows);
      }),
    );
  });

  it('reads back as written through the reader of Anki’s documented format, tab-separated, # lines and all', () => {
    fc.assert(
      fc.property(records, (rows) => {
        expect(readRecords(formatRecords(rows, TSV), '\t')).toEqual(rows);
      }),
    );
  });
});
