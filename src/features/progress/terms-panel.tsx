import { Suspense, useMemo } from 'react';
import { RouteBoundary } from '../../components/route-boundary';
import { termCounts } from '../../domain/decks';
import { useIndex } from '../../lib/content';
import { useMessages } from '../../lib/i18n';
import { useAppStore } from '../../stores/app-store';
import { progressMessages } from './messages';
import { Panel } from './panel';

/** The glossary in terms, as a learner counts it: known, learning, new; the cards are the detail. */
export function TermsPanel() {
  const m = useMessages(progressMessages);
  return (
    <Panel title={m.terms} wide>
      <RouteBoundary resetKey="terms" fallback={() => <p className="muted">–</p>}>
        <Suspense fallback={<div className="progress-loading" aria-busy="true" />}>
          <TermCountsView />
        </Suspense>
      </RouteBoundary>
    </Panel>
  );
}

function TermCountsView() {
  const m = useMessages(progressMessages);
  const { terms } = useIndex();
  const cards = useAppStore((s) => s.progress.cards);
  const settings = useAppStore((s) => s.settings);
  const counts = useMemo(() => termCounts(cards, terms, settings), [cards, terms, settings]);
  return (
    <>
      <p className="progress-terms-line">{m.termsLine(counts.terms, counts.known, counts.learning, counts.new)}</p>
      <dl className="stats progress-stats">
        <div className="stat">
          <dt>{m.termsKnown}</dt>
          <dd>{counts.known}</dd>
        </div>
        <div className="stat">
          <dt>{m.termsLearning}</dt>
          <dd>{counts.learning}</dd>
        </div>
        <div className="stat">
          <dt>{m.termsNew}</dt>
          <dd>{counts.new}</dd>
        </div>
      </dl>
      <p className="muted progress-note">{m.termsDetail(counts.cards, counts.cardsLearned)}</p>
    </>
  );
}
