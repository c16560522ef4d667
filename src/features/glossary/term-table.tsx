import { useId } from 'react';
import type { TermTable as Table } from '../../domain/content';
import { languageTag, other, useLanguage } from '../../lib/i18n';

/**
 * A term's table, as a real table: a caption, column headers and row headers, so a screen
 * reader announces "IaaS, Operating system: Customer". On a narrow phone it scrolls inside its
 * own focusable box rather than pushing the page sideways.
 */
export function TermTable({ table }: { table: Table }) {
  const language = useLanguage();
  const second = other(language);
  const captionId = useId();
  return (
    <div className="term-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="term-table">
        <caption id={captionId}>
          {table.caption[language]}
          {table.caption[second] !== table.caption[language] ? (
            <span className="term-table-other" lang={languageTag(second)}>
              {table.caption[second]}
            </span>
          ) : null}
        </caption>
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={index} scope="col">
                {column[language]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              <th scope="row">{row.label[language]}</th>
              {row.cells.map((cell, position) => (
                <td key={position}>{cell[language]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
