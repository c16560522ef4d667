import { useDeferredValue, useId, useRef } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Page } from '../../components/page';
import type { VendorRow } from '../../domain/content';
import { VENDORS } from '../../domain/vendors';
import { filterVendorRows } from '../../domain/vendor-search';
import { languageTag, other, useLanguage, useMessages } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import rows from '../../../data/vendors.json';
import { vendorMessages } from './messages';
import './vendors.css';

const ROWS = rows as VendorRow[];

/** `/vendors?q=…`: the vendor Rosetta stone, one row per kind of service, searchable. */
export function VendorScreen() {
  const m = useMessages(vendorMessages);
  const language = useLanguage();
  const second = other(language);
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const deferred = useDeferredValue(query);
  const shown = filterVendorRows(ROWS, deferred);
  const searchId = useId();
  const captionId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const asOf = ROWS[0]?.asOf ?? '';

  const setQuery = (value: string) => setParams(value === '' ? {} : { q: value }, { replace: true });

  return (
    <Page title={m.title} lead={m.lead}>
      <div className="vendors">
        <div className="vendor-search" role="search">
          <label htmlFor={searchId}>{m.searchLabel}</label>
          <div className="vendor-search-row">
            <input
              ref={inputRef}
              id={searchId}
              type="search"
              value={query}
              placeholder={m.searchPlaceholder}
              autoComplete="off"
              onChange={(event) => setQuery(event.target.value)}
            />
            {query !== '' ? (
              <button
                type="button"
                className="button secondary small"
                onClick={() => {
                  setQuery('');
                  inputRef.current?.focus();
                }}
              >
                {m.clearSearch}
              </button>
            ) : null}
          </div>
        </div>
        <p role="status" className="muted vendor-count">
          {shown.length === 0 ? m.noMatch(query) : m.rows(shown.length, ROWS.length)}
        </p>
        {shown.length > 0 ? (
          <div className="vendor-scroll" role="region" aria-label={m.tableRegion} tabIndex={0}>
            <table className="vendor-table" aria-labelledby={captionId}>
              <caption id={captionId}>{m.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.category}</th>
                  {VENDORS.map((vendor) => (
                    <th key={vendor} scope="col">
                      {m.vendor(vendor)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      <span className="vendor-category">{row.category[language]}</span>
                      <span className="vendor-category-other" lang={languageTag(second)}>
                        {row.category[second]}
                      </span>
                      <Link className="vendor-topic" to={paths.glossary({ topic: row.topic })}>
                        {m.learnTopic}
                      </Link>
                    </th>
                    {VENDORS.map((vendor) => (
                      <td key={vendor} lang={/\p{Script=Han}/u.test(row.products[vendor]) ? 'zh-CN' : 'en'}>
                        {row.products[vendor]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <p className="muted vendor-note">{m.asOf(asOf)}</p>
        <p className="muted vendor-note">{m.sources}</p>
      </div>
    </Page>
  );
}
