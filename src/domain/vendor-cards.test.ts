import { describe, expect, it } from 'vitest';
import rows from '../../data/vendors.json';
import { realSources, realTerms } from '../../tests/factories/real-content';
import { parseCardId } from './cards';
import type { VendorRow } from './content';
import { deckCards, deckTermIds } from './decks';
import { vendorDeckId } from './vendor-cards';
import { formatMonth, parseVendorTermId, vendorOfDeck, vendorStudyTerms, vendorTermId } from './vendor-study-terms';
import { VENDORS } from './vendors';

const ROWS = rows as VendorRow[];
const everyKind = { directions: 'both', translation: true, typedRecall: 'both' } as const;

describe('vendor study cards', () => {
  it('names a deck per provider, and no other deck', () => {
    expect(VENDORS.map((vendor) => vendorOfDeck(vendorDeckId(vendor)))).toEqual([...VENDORS]);
    expect(vendorOfDeck('vendors-oracle')).toBeNull();
    expect(vendorOfDeck('compute')).toBeNull();
    expect(vendorOfDeck('all')).toBeNull();
  });

  it('reads back a card’s provider and row, and no glossary term as one', () => {
    expect(parseVendorTermId(vendorTermId('alibaba', 'object-storage'))).toEqual({ vendor: 'alibaba', rowId: 'object-storage' });
    expect(parseVendorTermId('vendor.oracle.object-storage')).toBeNull();
    expect(parseVendorTermId('vendor.aws.')).toBeNull();
    for (const term of realTerms) expect(parseVendorTermId(term.id)).toBeNull();
  });

  it('derives, per provider, one term per row of the table: product name ⇄ provider and kind of service, in both languages', () => {
    const aws = vendorStudyTerms(ROWS, 'aws');
    expect(aws).toHaveLength(ROWS.length);
    const vm = aws.find((term) => term.id === vendorTermId('aws', 'virtual-machines'));
    expect(vm?.term).toEqual({ en: 'Amazon EC2', zh: 'Amazon EC2' });
    expect(vm?.definition).toEqual({ en: 'AWS: Virtual machines', zh: 'AWS：云服务器（虚拟机）' });

    const tencent = vendorStudyTerms(ROWS, 'tencent').find((term) => term.id === vendorTermId('tencent', 'virtual-machines'));
    expect(tencent?.term.zh).toBe('云服务器 CVM');
    expect(tencent?.definition).toEqual({ en: 'Tencent Cloud: Virtual machines', zh: '腾讯云：云服务器（虚拟机）' });
  });

  it('writes the note in Chinese spaced as the content is: a space after a Latin name, none after a Chinese one', () => {
    const [aws] = vendorStudyTerms(ROWS, 'aws');
    const [tencent] = vendorStudyTerms(ROWS, 'tencent');
    expect(aws?.note?.zh).toBe(`截至2026年12月，AWS 称之为“${ROWS[0]!.products.aws}”。云厂商会给产品改名，请以其官网为准。`);
    expect(tencent?.note?.zh).toContain(`腾讯云称之为“${ROWS[0]!.products.tencent}”`);
  });

  it('has one answer for every card: at each provider a product names one kind of service, and no product is its own kind’s name', () => {
    for (const language of ['en', 'zh'] as const) {
      const categories = ROWS.map((row) => row.category[language].toLowerCase());
      expect(new Set(categories).size, `two rows share a ${language} category name`).toBe(ROWS.length);
    }
    for (const vendor of VENDORS) {
      const products = ROWS.map((row) => row.products[vendor]);
      expect(products.filter((product, index) => products.indexOf(product) !== index), `${vendor} names two kinds of service alike`).toEqual([]);
      const ownCategory = ROWS.filter((row) => [row.category.en, row.category.zh].includes(row.products[vendor])).map((row) => row.id);
      expect(ownCategory, `${vendor}: a card whose answer is its question`).toEqual([]);
    }
  });

  it('dates every card with the month its row was written, citing the provider’s documentation in sources.json', () => {
    const sourceIds = new Set(realSources.map((source) => source.id));
    for (const vendor of VENDORS) {
      for (const [index, term] of vendorStudyTerms(ROWS, vendor).entries()) {
        const row = ROWS[index]!;
        const month = formatMonth(row.asOf);
        expect(term.note?.en).toContain(month.en);
        expect(term.note?.zh).toContain(month.zh);
        expect(sourceIds.has(term.note!.source.source)).toBe(true);
      }
    }
    expect(formatMonth('2026-12')).toEqual({ en: 'December 2026', zh: '2026年12月' });
  });

  it('studies a provider’s deck in the two directions only, whatever other kinds the glossary’s decks hold', () => {
    const terms = vendorStudyTerms(ROWS, 'huawei');
    const deck = deckCards(vendorDeckId('huawei'), { terms, starred: [], missed: {} }, everyKind);
    expect(deck).toHaveLength(ROWS.length * 2);
    expect(deck.slice(0, 2)).toEqual([`${vendorTermId('huawei', ROWS[0]!.id)}:forward`, `${vendorTermId('huawei', ROWS[0]!.id)}:reverse`]);
    for (const id of deck) expect(parseCardId(id)).not.toBeNull();
    expect(deckCards(vendorDeckId('huawei'), { terms, starred: [], missed: {} }, { ...everyKind, directions: 'term-first' })).toHaveLength(ROWS.length);
  });

  it('keeps the glossary’s decks to glossary terms, and a provider’s deck to its own cards', () => {
    const terms = [...realTerms, ...vendorStudyTerms(ROWS, 'aws'), ...vendorStudyTerms(ROWS, 'google')];
    expect(deckTermIds(vendorDeckId('aws'), { terms: realTerms, starred: [], missed: {} })).toEqual([]);
    expect(deckTermIds(vendorDeckId('google'), { terms, starred: [], missed: {} }).every((id) => parseVendorTermId(id)?.vendor === 'google')).toBe(true);
    expect(deckTermIds('compute', { terms: realTerms, starred: [], missed: {} }).some((id) => parseVendorTermId(id) !== null)).toBe(false);
  });
});
