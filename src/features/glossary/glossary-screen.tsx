import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { Link, useLocation, useNavigate, useNavigationType } from 'react-router-dom';
import { Page } from '../../components/page';
import { TrackChooser } from '../../components/track-chooser';
import type { Term, Topic, TopicId } from '../../domain/content';
import { inTrack, topicsOfTrack, type TrackChoice } from '../../domain/tracks';
import { useAppStore } from '../../stores/app-store';
import { buildSearchIndex, didYouMean, normalizeText, searchGlossary, suggestTerms, type SearchIndex } from '../../domain/search';
import { useGlossary } from '../../lib/content';
import { languageTag, other, useLanguage, useMessages, type Language } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { glossaryMessages, type GlossaryMessages } from './messages';
import { AzList } from './az-list';
import { TermEntry } from './term-entry';
import { useGlossaryParams, type GlossaryView } from './use-glossary-params';
import { focusEntry, useSlashToSearch } from './use-glossary-keys';
import './glossary.css';

/** Search results shown before "Show all": enough for any real query, few enough to render at once. */
const FIRST_RESULTS = 50;

const indexes = new WeakMap<readonly Term[], SearchIndex>();
const trackTerms = new WeakMap<readonly Term[], Map<TrackChoice, Term[]>>();

/** A track's terms, the same array each time (so its search index is built once). */
function termsOfTrack(terms: readonly Term[], topicById: ReadonlyMap<TopicId, Topic>, track: TrackChoice): readonly Term[] {
  if (track === 'all') return terms;
  let byTrack = trackTerms.get(terms);
  if (byTrack === undefined) trackTerms.set(terms, (byTrack = new Map()));
  let shown = byTrack.get(track);
  if (shown === undefined) byTrack.set(track, (shown = terms.filter((term) => inTrack(track, topicById.get(term.topic)))));
  return shown;
}

/** One index per list of terms (the whole glossary, or one track of it), kept across visits to the screen. */
function searchIndexOf(terms: readonly Term[]): SearchIndex {
  let index = indexes.get(terms);
  if (index === undefined) {
    index = buildSearchIndex(terms);
    indexes.set(terms, index);
  }
  return index;
}

/** `/glossary?q=…&topic=…&view=az`: browse every term, or search as you type. */
export function GlossaryScreen() {
  const m = useMessages(glossaryMessages);
  const language = useLanguage();
  const content = useGlossary();
  const params = useGlossaryParams();
  const topic = params.topic !== null && content.topicById.has(params.topic as TopicId) ? (params.topic as TopicId) : null;
  // The learner's track; a link to a topic of another track (from the vendor table, say) shows every track.
  const chosenTrack = useAppStore((s) => s.settings.track);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const shownTopic = topic === null ? undefined : content.topicById.get(topic);
  const track: TrackChoice = shownTopic !== undefined && !inTrack(chosenTrack, shownTopic) ? 'all' : chosenTrack;
  const terms = termsOfTrack(content.terms, content.topicById, track);
  const topics = useMemo(() => topicsOfTrack(content.topics, track), [content.topics, track]);
  const chooseTrack = (choice: TrackChoice) => {
    updateSettings({ track: choice });
    if (topic !== null && !inTrack(choice, content.topicById.get(topic))) params.setTopic(null);
  };
  const topicName = (id: TopicId) => content.topicById.get(id)?.name[language] ?? id;

  const query = useDeferredValue(params.query);
  const searching = normalizeText(query) !== '';
  // Built on the first search, not while the page first draws (on a slow phone that is where it counts).
  const hits = useMemo(() => (searching ? searchGlossary(searchIndexOf(terms), query) : []), [terms, query, searching]);
  const correction = useMemo(() => (searching ? didYouMean(hits, query) : null), [searching, hits, query]);
  const suggestions = useMemo(() => (searching && hits.length === 0 ? suggestTerms(searchIndexOf(terms), query) : []), [terms, query, searching, hits]);
  /** Matches in the other track, offered when the chosen one has none. */
  const otherTracks = useMemo(
    () => (searching && hits.length === 0 && track !== 'all' ? searchGlossary(searchIndexOf(content.terms), query).length : 0),
    [searching, hits, track, content.terms, query],
  );
  const [expandedFor, setExpandedFor] = useState<string | null>(null);

  const counts = useMemo(() => {
    const byTopic = new Map<TopicId, number>();
    for (const term of searching ? hits.map((hit) => hit.term) : terms) byTopic.set(term.topic, (byTopic.get(term.topic) ?? 0) + 1);
    return byTopic;
  }, [searching, hits, terms]);
  const total = searching ? hits.length : terms.length;
  const shownCount = topic === null ? total : (counts.get(topic) ?? 0);

  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const location = useLocation();
  const from = location.pathname + location.search;
  useSlashToSearch(inputRef);

  // Coming Back from a term, the learner lands on the entry they opened, not at the top.
  const navigationType = useNavigationType();
  const state: unknown = location.state;
  const opened = typeof state === 'object' && state !== null && 'opened' in state && typeof state.opened === 'string' ? state.opened : null;
  useEffect(() => {
    if (navigationType !== 'POP' || opened === null) return;
    const frame = requestAnimationFrame(() => {
      const link = resultsRef.current?.querySelector<HTMLElement>(`[data-term="${CSS.escape(opened)}"]`);
      link?.focus({ preventScroll: true });
      link?.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [navigationType, opened]);

  /** Remembers, in this list's own history entry, which term is being opened. */
  const rememberOpened = (termId: string) => navigate(from, { replace: true, state: { opened: termId } });
  const onResultsClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const termId = (event.target as HTMLElement).closest<HTMLElement>('[data-term]')?.dataset.term;
    if (termId) rememberOpened(termId);
  };

  const visibleHits = topic === null ? hits : hits.filter((hit) => hit.term.topic === topic);
  const shownHits = expandedFor === query ? visibleHits : visibleHits.slice(0, FIRST_RESULTS);

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown') {
      if (focusEntry(resultsRef.current, 0)) event.preventDefault();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const first = searching ? shownHits[0] : undefined;
      if (first) {
        rememberOpened(first.term.id);
        navigate(paths.term(first.term.id), { state: { from } });
      }
    } else if (event.key === 'Escape' && params.text !== '') {
      event.preventDefault();
      params.type('');
    }
  };

  const onResultsKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const entries = [...(resultsRef.current?.querySelectorAll<HTMLElement>('[data-entry]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const to = (i: number) => {
      event.preventDefault();
      if (i < 0) inputRef.current?.focus();
      else entries[Math.min(i, entries.length - 1)]?.focus();
    };
    if (event.key === 'ArrowDown') to(at + 1);
    else if (event.key === 'ArrowUp') to(at - 1);
    else if (event.key === 'Home') to(0);
    else if (event.key === 'End') to(entries.length - 1);
    else if (event.key === 'Escape') to(-1);
  };

  const status = searching
    ? shownCount === 0
      ? topic === null
        ? m.noMatch(query.trim())
        : m.noMatchInTopic(query.trim(), topicName(topic))
      : topic === null
        ? m.matches(shownCount, query.trim())
        : m.matchesInTopic(shownCount, query.trim(), topicName(topic))
    : topic === null
      ? m.browsing(total, topics.length)
      : m.browsingTopic(shownCount, topicName(topic));

  return (
    <Page
      title={searching ? `${query.trim()} · ${m.title}` : m.title}
      heading={m.title}
      lead={
        <>
          {m.lead} <Link className="glossary-vendors-link" to={paths.vendors()}>
            {m.vendorTable}
          </Link>
        </>
      }
    >
      <div className="glossary-tools">
        <SearchBox m={m} inputRef={inputRef} text={params.text} onType={params.type} onKeyDown={onSearchKey} />
        <TrackChooser value={track} onChange={chooseTrack} />
        <TopicFilter m={m} topics={topics} language={language} topic={topic} counts={counts} total={total} onChange={params.setTopic} />
        <div className="glossary-status-row">
          <p className={searching && shownCount === 0 ? 'visually-hidden' : 'glossary-status'} role="status">
            {status}
            {searching && shownCount > 1 ? <span className="visually-hidden"> {m.bestFirst}</span> : null}
          </p>
          {correction !== null ? (
            <p className="did-you-mean">
              {m.didYouMean}{' '}
              <button type="button" className="link-button" onClick={() => params.type(correction)}>
                {correction}
              </button>
              {m.didYouMeanEnd}
            </p>
          ) : null}
          {searching ? null : <ViewToggle m={m} view={params.view} onChange={params.setView} />}
        </div>
      </div>

      {/* Capture: the entry is remembered before its link navigates. */}
      <div ref={resultsRef} onKeyDown={onResultsKey} onClickCapture={onResultsClick} className="glossary-results">
        {searching ? (
          shownCount === 0 ? (
            <NoResults
              m={m}
              language={language}
              title={status}
              elsewhere={topic === null ? 0 : total}
              onSearchAll={() => params.setTopic(null)}
              otherTracks={otherTracks}
              onSearchAllTracks={() => chooseTrack('all')}
              suggestions={suggestions}
              from={from}
            />
          ) : (
            <>
              <ul className="entries entries-ranked">
                {shownHits.map((hit) => (
                  <TermEntry key={hit.term.id} term={hit.term} hit={hit} language={language} m={m} topic={topicName(hit.term.topic)} from={from} />
                ))}
              </ul>
              {shownHits.length < visibleHits.length ? (
                <p className="show-all">
                  <button type="button" className="button secondary" onClick={() => setExpandedFor(query)}>
                    {m.showAll(visibleHits.length)}
                  </button>
                </p>
              ) : null}
            </>
          )
        ) : (
          <Browse m={m} language={language} terms={terms} topics={topics} topic={topic} view={params.view} topicName={topicName} from={from} />
        )}
      </div>
    </Page>
  );
}

function SearchBox({
  m,
  inputRef,
  text,
  onType,
  onKeyDown,
}: {
  m: GlossaryMessages;
  inputRef: RefObject<HTMLInputElement | null>;
  text: string;
  onType: (value: string, composing?: boolean) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}) {
  const hintId = useId();
  return (
    <div role="search" className="glossary-search">
      <label className="visually-hidden" htmlFor={`${hintId}-input`}>
        {m.searchLabel}
      </label>
      <span className="search-icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <circle cx="10.5" cy="10.5" r="6.5" />
          <path d="m15.5 15.5 5 5" />
        </svg>
      </span>
      <input
        ref={inputRef}
        id={`${hintId}-input`}
        type="search"
        value={text}
        placeholder={m.searchPlaceholder}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        enterKeyHint="search"
        aria-describedby={hintId}
        onChange={(event) => onType(event.target.value, (event.nativeEvent as InputEvent).isComposing === true)}
        onCompositionEnd={(event) => onType(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {text !== '' ? (
        <button
          type="button"
          className="search-clear"
          aria-label={m.clearSearch}
          onClick={() => {
            onType('');
            inputRef.current?.focus();
          }}
        >
          <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" aria-hidden="true">
            <path d="M6 6l12 12M18 6 6 18" />
          </svg>
        </button>
      ) : (
        <kbd className="search-kbd key-hint" aria-hidden="true">
          /
        </kbd>
      )}
      <p id={hintId} className="search-hint key-hint">
        {m.searchHint}
      </p>
    </div>
  );
}

function TopicFilter({
  m,
  topics,
  language,
  topic,
  counts,
  total,
  onChange,
}: {
  m: GlossaryMessages;
  topics: readonly Topic[];
  language: Language;
  topic: TopicId | null;
  counts: ReadonlyMap<TopicId, number>;
  total: number;
  onChange: (topic: string | null) => void;
}) {
  const name = useId();
  const options: { id: TopicId | null; label: string; count: number }[] = [
    { id: null, label: m.allTopics, count: total },
    ...topics.map((t) => ({ id: t.id, label: t.name[language], count: counts.get(t.id) ?? 0 })),
  ];
  return (
    <fieldset className="chips topic-filter">
      <legend className="visually-hidden">{m.topics}</legend>
      {options.map((option) => (
        <label key={option.id ?? 'all'} className="chip" data-empty={option.count === 0 ? '' : undefined}>
          <input type="radio" name={name} checked={topic === option.id} onChange={() => onChange(option.id)} />
          <span>{option.label}</span>
          <span className="chip-count">{option.count}</span>
        </label>
      ))}
    </fieldset>
  );
}

function ViewToggle({ m, view, onChange }: { m: GlossaryMessages; view: GlossaryView; onChange: (view: GlossaryView) => void }) {
  const name = useId();
  return (
    <fieldset className="view-toggle">
      <legend className="visually-hidden">{m.order}</legend>
      {(['topic', 'az'] as const).map((option) => (
        <label key={option}>
          <input type="radio" name={name} checked={view === option} onChange={() => onChange(option)} />
          <span>{option === 'topic' ? m.byTopic : m.alphabetical}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Browse({
  m,
  language,
  terms,
  topics,
  topic,
  view,
  topicName,
  from,
}: {
  m: GlossaryMessages;
  language: Language;
  terms: readonly Term[];
  topics: readonly Topic[];
  topic: TopicId | null;
  view: GlossaryView;
  topicName: (id: TopicId) => string;
  from: string;
}) {
  if (view === 'az') {
    const shown = topic === null ? terms : terms.filter((term) => term.topic === topic);
    return <AzList terms={shown} language={language} topicName={topic === null ? (term) => topicName(term.topic) : undefined} from={from} />;
  }
  return (
    <>
      {topics
        .filter((t) => topic === null || t.id === topic)
        .map((t) => {
          const inTopic = terms.filter((term) => term.topic === t.id);
          return (
            <section key={t.id} className="topic-group" aria-labelledby={`topic-${t.id}`}>
              <h2 id={`topic-${t.id}`}>
                {t.name[language]} <span className="topic-count">{m.termCount(inTopic.length)}</span>
              </h2>
              <p className="topic-description">{t.description[language]}</p>
              <ul className="entries">
                {inTopic.map((term) => (
                  <TermEntry key={term.id} term={term} language={language} m={m} from={from} />
                ))}
              </ul>
            </section>
          );
        })}
    </>
  );
}

function NoResults({
  m,
  language,
  title,
  elsewhere,
  onSearchAll,
  otherTracks,
  onSearchAllTracks,
  suggestions,
  from,
}: {
  m: GlossaryMessages;
  language: Language;
  title: string;
  elsewhere: number;
  onSearchAll: () => void;
  otherTracks: number;
  onSearchAllTracks: () => void;
  suggestions: readonly Term[];
  from: string;
}) {
  const second = other(language);
  return (
    <div className="no-results">
      {/* The status line above says it to screen readers; this says it to the eye. */}
      <p className="no-results-title" aria-hidden="true">
        {title}
      </p>
      {elsewhere > 0 ? (
        <p>
          <button type="button" className="button" onClick={onSearchAll}>
            {m.elsewhere(elsewhere)}
          </button>
        </p>
      ) : otherTracks > 0 ? (
        <p>
          <button type="button" className="button" onClick={onSearchAllTracks}>
            {m.otherTracks(otherTracks)}
          </button>
        </p>
      ) : suggestions.length > 0 ? (
        <>
          <h2 className="no-results-heading">{m.closest}</h2>
          <ul className="suggestions">
            {suggestions.map((term) => (
              <li key={term.id}>
                <Link to={paths.term(term.id)} state={{ from }} data-entry="" data-term={term.id}>
                  {term.term[language]}
                </Link>
                {term.term[second] !== term.term[language] ? (
                  <span className="entry-other" lang={languageTag(second)}>
                    {term.term[second]}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="muted">{m.noMatchTip}</p>
    </div>
  );
}
