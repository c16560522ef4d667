/**
 * The vendor table as study cards: for each provider, one card pair per row of
 * data/vendors.json, product name ⇄ kind of service (Amazon EC2 ⇄ AWS: Virtual machines), in
 * both languages, with the month the name was true. Derived from the rows when a deck needs
 * them, never written down twice: a renamed product is renamed in the table and its cards.
 * Only the two directions are studied: a product's name is the same in both languages, so
 * translation and typed cards would ask nothing (decks.ts). Deck ids: vendor-cards.ts.
 */
import type { Term } from './content';
import { deckProvider, vendorDeckId } from './vendor-cards';
import { isVendor, type Vendor } from './vendors';

const TERM_PREFIX = 'vendor.';

/** The provider whose deck this is (`vendors-aws`: aws), or null for any other deck. */
export function vendorOfDeck(deckId: string): Vendor | null {
  const vendor = deckProvider(deckId);
  return isVendor(vendor) ? vendor : null;
}

/** A vendor card's term id: `vendor.aws.object-storage` (its cards `…:forward` and `…:reverse`). */
export function vendorTermId(vendor: Vendor, rowId: string): string {
  return `${TERM_PREFIX}${vendor}.${rowId}`;
}

/** The provider and row of a vendor card's term id, or null for a glossary term. */
export function parseVendorTermId(id: string): { vendor: Vendor; rowId: string } | null {
  if (!id.startsWith(TERM_PREFIX)) return null;
  const rest = id.slice(TERM_PREFIX.length);
  const dot = rest.indexOf('.');
  const vendor = rest.slice(0, dot);
  const rowId = rest.slice(dot + 1);
  return dot > 0 && isVendor(vendor) && rowId !== '' ? { vendor, rowId } : null;
}

/** Each provider's name in both languages, as a card or a deck writes it. */
export const VENDOR_NAMES: Readonly<Record<Vendor, { en: string; zh: string }>> = {
  aws: { en: 'AWS', zh: 'AWS' },
  azure: { en: 'Microsoft Azure', zh: 'Microsoft Azure' },
  google: { en: 'Google Cloud', zh: 'Google Cloud' },
  alibaba: { en: 'Alibaba Cloud', zh: '阿里云' },
  huawei: { en: 'Huawei Cloud', zh: '华为云' },
  tencent: { en: 'Tencent Cloud', zh: '腾讯云' },
};

/** Where each provider's product names come from: its own documentation, in data/sources.json. */
export const VENDOR_SOURCES: Readonly<Record<Vendor, string>> = {
  aws: 'aws-overview',
  azure: 'azure-aws-services',
  google: 'google-cloud-service-comparison',
  alibaba: 'alibaba-cloud-docs',
  huawei: 'huawei-cloud-docs',
  tencent: 'tencent-cloud-docs',
};

/** What a card needs of a row of the vendor table. */
export type VendorRowView = {
  id: string;
  category: { en: string; zh: string };
  products: Readonly<Record<Vendor, string>>;
  asOf: string;
};

/**
 * A provider's Chinese name before Chinese text, spaced as the content is: a space after a Latin
 * name (AWS 产品名), none after a Chinese one (腾讯云产品名).
 */
export function zhNameBefore(name: string, text: string): string {
  return /[A-Za-z0-9]$/.test(name) ? `${name} ${text}` : `${name}${text}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-12` as each language writes a month: December 2026, 2026年12月. */
export function formatMonth(asOf: string): { en: string; zh: string } {
  const [year = '', month = ''] = asOf.split('-');
  const index = Number(month) - 1;
  const name = MONTHS[index];
  return name === undefined ? { en: asOf, zh: asOf } : { en: `${name} ${year}`, zh: `${year}年${index + 1}月` };
}

/**
 * One provider's product names as terms a study session can show: the product's name on one
 * side, the provider and kind of service on the other, and a dated note citing the provider's
 * own documentation. In the rows' order.
 */
export function vendorStudyTerms(rows: readonly VendorRowView[], vendor: Vendor): Term[] {
  const name = VENDOR_NAMES[vendor];
  return rows.map((row) => {
    const product = row.products[vendor];
    const month = formatMonth(row.asOf);
    return {
      id: vendorTermId(vendor, row.id),
      // The deck is the topic: a provider's deck holds its terms as a topic's deck does (decks.ts).
      topic: vendorDeckId(vendor),
      term: { en: product, zh: product },
      aliases: [],
      definition: { en: `${name.en}: ${row.category.en}`, zh: `${name.zh}：${row.category.zh}` },
      explanation: { en: row.category.en, zh: row.category.zh },
      examples: [],
      related: [],
      source: { source: VENDOR_SOURCES[vendor], section: product },
      note: {
        en: `${name.en} calls it “${product}” as of ${month.en}; providers rename products, so check their own pages.`,
        zh: `截至${month.zh}，${zhNameBefore(name.zh, '称之为')}“${product}”。云厂商会给产品改名，请以其官网为准。`,
        source: { source: VENDOR_SOURCES[vendor], section: product },
      },
    };
  });
}
