import { useMemo } from 'react';
import type { CardKind } from '../../domain/cards';
import { studiedKinds } from '../../domain/decks';
import { progressByCardKind } from '../../domain/stats';
import { useIndex } from '../../lib/content';
import { useMessages } from '../../lib/i18n';
import { useAppStore } from '../../stores/app-store';
import { progressMessages, type ProgressMessages } from './messages';
import { Panel, PanelContent } from './panel';

export function kindName(kind: CardKind, m: ProgressMessages): string {
  switch (kind) {
    case 'forward':
      return m.kindForward;
    case 'reverse':
      return m.kindReverse;
    case 'en-zh':
      return m.kindEnZh;
    case 'zh-en':
      return m.kindZhEn;
    case 'type-en':
      return m.kindTypeEn;
    case 'type-zh':
      return m.kindTypeZh;
  }
}

/** Each kind of card studied (term ⇄ definition, translation, typed recall): how many, how far along, how often reviewed. */
export function CardKindsPanel() {
  const m = useMessages(progressMessages);
  return (
    <Panel title={m.byKind} wide>
      <p className="muted">{m.byKindLead}</p>
      <PanelContent resetKey="card-kinds">
        <KindsTable />
      </PanelContent>
    </Panel>
  );
}

function KindsTable() {
  const m = useMessages(progressMessages);
  const { terms } = useIndex();
  const cards = useAppStore((s) => s.progress.cards);
  const log = useAppStore((s) => s.progress.log);
  const settings = useAppStore((s) => s.settings);
  const rows = useMemo(
    () =>
      progressByCardKind(
        cards,
        log,
        terms.map((term) => term.id),
        studiedKinds(settings),
      ),
    [cards, log, terms, settings],
  );
  return (
    // On a narrow phone the table scrolls inside its own box (reachable by keyboard), never the page.
    <div className="progress-table-scroll progress-kinds-scroll" role="region" aria-label={m.byKindCaption} tabIndex={0}>
        <table className="progress-kinds">
          <caption className="visually-hidden">{m.byKindCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.kindColumn}</th>
              <th scope="col">{m.cardsColumn}</th>
              <th scope="col">{m.legendMature}</th>
              <th scope="col">{m.legendYoung}</th>
              <th scope="col">{m.legendLearning}</th>
              <th scope="col">{m.reviewsColumn}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.kind}>
                <th scope="row">{kindName(row.kind, m)}</th>
                <td>{row.total}</td>
                <td>{row.mature}</td>
                <td>{row.young}</td>
                <td>{row.learning}</td>
                <td>{row.reviews}</td>
              </tr>
            ))}
          </tbody>
        </table>
    </div>
  );
}
