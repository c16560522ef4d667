/**
 * The decks of the vendor table's study cards (the cards themselves: vendor-study-terms.ts).
 * A provider's deck is `vendors-<provider>`. Kept apart, and free of imports, so that counting
 * the glossary's decks loads nothing of the vendor table.
 */
import type { Vendor } from './vendors';

const DECK_PREFIX = 'vendors-';

/** The deck of one provider's product names: `/study/vendors-aws`. */
export function vendorDeckId(vendor: Vendor): string {
  return `${DECK_PREFIX}${vendor}`;
}

/** Whether a deck id is a provider's deck's; which provider, if a real one: `vendorOfDeck`. */
export function isVendorDeck(deckId: string): boolean {
  return deckId.startsWith(DECK_PREFIX);
}

/** What follows the prefix of a provider's deck id (not yet checked to be a provider). */
export function deckProvider(deckId: string): string {
  return isVendorDeck(deckId) ? deckId.slice(DECK_PREFIX.length) : '';
}
