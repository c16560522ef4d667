import { useId } from 'react';
import { TRACK_CHOICES, type TrackChoice } from '../domain/tracks';
import { defineMessages, useMessages } from '../lib/i18n';
import './track-chooser.css';

export const trackMessages = defineMessages({
  en: {
    legend: 'Track',
    name: (track: TrackChoice) => ({ foundations: 'Foundations', readings: 'Readings', all: 'All' })[track],
    about: (track: TrackChoice) =>
      ({
        foundations: 'The cloud curriculum, from the basics to architecture.',
        readings: 'The two posts, read closely: their terms and figures.',
        all: 'Foundations and Readings together.',
      })[track],
  },
  zh: {
    legend: '学习路线',
    name: (track: TrackChoice) => ({ foundations: '基础课程', readings: '阅读材料', all: '全部' })[track],
    about: (track: TrackChoice) =>
      ({
        foundations: '系统的云计算课程，从基础概念到架构。',
        readings: '精读两篇文章：其中的术语和数字。',
        all: '基础课程和阅读材料一起。',
      })[track],
  },
});

/**
 * Which track a screen shows: Foundations, Readings or all, as one group of radio buttons
 * (arrow keys move between them), with a line saying what the chosen track holds.
 * `counts`, when given, shows how many items each choice has; `scope`, what on the screen the
 * choice governs.
 */
export function TrackChooser({
  value,
  onChange,
  counts,
  scope,
}: {
  value: TrackChoice;
  onChange: (track: TrackChoice) => void;
  counts?: Readonly<Record<TrackChoice, number>>;
  scope?: string;
}) {
  const m = useMessages(trackMessages);
  const name = useId();
  const aboutId = useId();
  const scopeId = useId();
  return (
    <fieldset className="track-chooser" aria-describedby={scope ? `${scopeId} ${aboutId}` : aboutId}>
      <legend className="track-legend">{m.legend}</legend>
      {scope ? (
        <p id={scopeId} className="track-scope">
          {scope}
        </p>
      ) : null}
      <div className="track-options">
        {TRACK_CHOICES.map((track) => (
          <label key={track}>
            <input type="radio" name={name} value={track} checked={value === track} onChange={() => onChange(track)} />
            <span>{m.name(track)}</span>
            {counts ? (
              <>
                {' '}
                <span className="track-count">{counts[track]}</span>
              </>
            ) : null}
          </label>
        ))}
      </div>
      <p id={aboutId} className="track-about">
        {m.about(value)}
      </p>
    </fieldset>
  );
}
