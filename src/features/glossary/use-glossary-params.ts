import { useState } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router-dom';

export type GlossaryView = 'topic' | 'az';

type Patch = Partial<Record<'q' | 'topic' | 'view', string | null>>;

/**
 * The glossary's selection lives in the URL (`?q=…&topic=…&view=az`), so a search is a link
 * and survives a reload. The box keeps its own text while the learner types (router updates
 * are transitions and may lag a keystroke behind); each keystroke replaces the history entry
 * rather than adding one. A navigation that is not ours (Back, Forward, a link) brings its
 * own query into the box.
 */
export function useGlossaryParams() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const urlQuery = params.get('q') ?? '';
  /** What the box shows, including letters an input method is still composing. */
  const [text, setText] = useState(urlQuery);
  /** What is searched and written to the URL. */
  const [query, setQueryState] = useState(urlQuery);
  const [seenKey, setSeenKey] = useState(location.key);
  if (seenKey !== location.key) {
    setSeenKey(location.key);
    if (navigationType !== 'REPLACE') {
      setText(urlQuery);
      setQueryState(urlQuery);
    }
  }

  const update = (patch: Patch) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  return {
    text,
    query,
    topic: params.get('topic'),
    view: (params.get('view') === 'az' ? 'az' : 'topic') as GlossaryView,
    /** The box changed; `composing` while an input method has not committed the text yet. */
    type(value: string, composing = false) {
      setText(value);
      if (composing) return;
      setQueryState(value);
      update({ q: value.trim() === '' ? null : value });
    },
    setTopic: (topic: string | null) => update({ topic }),
    setView: (view: GlossaryView) => update({ view: view === 'az' ? 'az' : null }),
  };
}
