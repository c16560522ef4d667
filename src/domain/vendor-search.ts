import type { VendorRow } from './content';
import { normalizeText } from './search';

/**
 * The rows of the vendor table a query matches: every word of the query must occur in the
 * row's category (either language) or one of its product names, ignoring case, width and
 * punctuation. Chinese matches inside longer words ("存储" finds 对象存储). An empty query keeps
 * every row.
 */
export function filterVendorRows(rows: readonly VendorRow[], query: string): VendorRow[] {
  const words = normalizeText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const text = normalizeText([row.category.zh, row.category.en, ...Object.values(row.products)].join(' '));
    return words.every((word) => text.includes(word));
  });
}
