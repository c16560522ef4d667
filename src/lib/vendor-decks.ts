/**
 * The vendor decks, in a chunk of their own with the vendor table's rows (loaded by
 * `loadVendorDecks` in content.ts only when a screen shows them): their strings, their tiles on
 * /study, and a provider's deck as its session studies it.
 */
import rows from '../../data/vendors.json';
import type { CardId } from '../domain/cards';
import type { VendorRow } from '../domain/content';
import { deckCards, type CardKindSettings } from '../domain/decks';
import { vendorDeckId } from '../domain/vendor-cards';
import { formatMonth, VENDOR_NAMES, vendorOfDeck, vendorStudyTerms, zhNameBefore } from '../domain/vendor-study-terms';
import { VENDORS } from '../domain/vendors';
import type { DeckGlossary, Glossary } from './content';
import { defineMessages, type Language } from './i18n';
import { paths } from './paths';

const ROWS = rows as VendorRow[];

export const vendorDeckMessages = defineMessages({
  en: {
    heading: 'Product names at six clouds',
    lead: 'From the vendor table: each provider’s product names ⇄ the kind of service they are.',
    deck: (vendor: string) => `${vendor} product names`,
    description: (products: number, month: string) => `${products} products, both ways: name ⇄ kind of service. Names as of ${month}.`,
    openTable: 'Open in the vendor table',
  },
  zh: {
    heading: '六家云的产品名',
    lead: '来自产品对照表：每家云的产品名 ⇄ 它属于哪类服务。',
    deck: (vendor: string) => zhNameBefore(vendor, '产品名'),
    description: (products: number, month: string) => `${products} 个产品，正反两面：产品名 ⇄ 服务类别。名称截至${month}。`,
    openTable: '在产品对照表中查看',
  },
});

/** A tile per provider for /study: its deck id, name, description and cards. */
export function vendorDeckTiles(settings: CardKindSettings, language: Language): { id: string; name: string; description: string; cards: CardId[] }[] {
  const m = vendorDeckMessages[language];
  const month = formatMonth(ROWS[0]?.asOf ?? '')[language];
  return VENDORS.map((vendor) => {
    const id = vendorDeckId(vendor);
    return {
      id,
      name: m.deck(VENDOR_NAMES[vendor][language]),
      description: m.description(ROWS.length, month),
      cards: deckCards(id, { terms: vendorStudyTerms(ROWS, vendor), starred: [], missed: {} }, settings),
    };
  });
}

/**
 * A provider's deck as its session studies it: the glossary with the provider's product names
 * in place of its terms, the deck's name, and where a card's link leads (the vendor table).
 * The glossary as it is for any other deck.
 */
export function vendorDeckGlossary(glossary: Glossary, deckId: string, language: Language): DeckGlossary {
  const vendor = vendorOfDeck(deckId);
  if (vendor === null) return glossary;
  const terms = vendorStudyTerms(ROWS, vendor);
  const m = vendorDeckMessages[language];
  return {
    ...glossary,
    terms,
    termById: new Map(terms.map((term) => [term.id, term])),
    deckName: m.deck(VENDOR_NAMES[vendor][language]),
    more: (product: string) => ({ to: paths.vendors({ q: product }), label: m.openTable }),
  };
}
