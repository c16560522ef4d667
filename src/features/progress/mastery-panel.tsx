import { useMemo } from 'react';
import { masteryByTopic } from '../../domain/stats';
import { useIndex } from '../../lib/content';
import { pick, useLanguage, useMessages } from '../../lib/i18n';
import { useAppStore } from '../../stores/app-store';
import { progressMessages } from './messages';
import { Panel, PanelContent } from './panel';

/** The legend's stages, in the bars' order, with the message naming each. */
const STAGES = [
  ['mature', 'legendMature'],
  ['young', 'legendYoung'],
  ['learning', 'legendLearning'],
  ['new', 'legendNew'],
] as const;

/** How far each topic's cards have come: mature, young, learning, new. */
export function MasteryPanel() {
  const m = useMessages(progressMessages);
  return (
    <Panel title={m.mastery} wide>
      <p className="muted">{m.masteryLead}</p>
      <ul className="progress-legend" aria-label={m.legend}>
        {STAGES.map(([stage, label]) => (
          <li key={stage}>
            <span className={`progress-swatch progress-stage-${stage}`} aria-hidden="true" />
            {m[label]}
          </li>
        ))}
      </ul>
      <p className="muted progress-legend-note">{m.legendLength}</p>
      <PanelContent resetKey="mastery">
        <MasteryList />
      </PanelContent>
    </Panel>
  );
}

function MasteryList() {
  const m = useMessages(progressMessages);
  const language = useLanguage();
  const { terms, topics, topicById } = useIndex();
  const cards = useAppStore((s) => s.progress.cards);
  const settings = useAppStore((s) => s.settings);
  const rows = useMemo(
    () => masteryByTopic(cards, terms, topics.map((topic) => topic.id), settings).filter((row) => row.total > 0),
    [cards, terms, topics, settings],
  );
  return (
    <ul className="progress-mastery">
      {rows.map((row) => {
        const share = (value: number) => (value / row.total) * 100;
        const parts = [
          { stage: 'mature', value: row.mature },
          { stage: 'young', value: row.young },
          { stage: 'learning', value: row.learning },
        ] as const;
        let x = 0;
        return (
          <li key={row.topic}>
            <div className="progress-mastery-head">
              <span className="progress-mastery-topic">{pick(topicById.get(row.topic)!.name, language)}</span>
              <span className="progress-mastery-share">{m.percent(row.mastery)}</span>
            </div>
            <svg className="progress-mastery-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect className="progress-stage-new" x="0" y="0" width="100" height="8" rx="4" />
              {parts.map((part) => {
                const width = share(part.value);
                const rect = <rect key={part.stage} className={`progress-stage-${part.stage}`} x={x} y="0" width={width} height="8" />;
                x += width;
                return rect;
              })}
            </svg>
            <p className="progress-mastery-detail">
              {m.masteryRow(row.mature, row.total)}
              {' · '}
              {[m.stageYoung(row.young), m.stageLearning(row.learning), m.stageNew(row.new)].join(' · ')}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
