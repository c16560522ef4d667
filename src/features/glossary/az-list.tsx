import { useId, type MouseEvent } from 'react';
import { groupByLetter, LETTERS, type Letter } from '../../domain/alphabetical';
import type { Term } from '../../domain/content';
import { useMessages, type Language } from '../../lib/i18n';
import { glossaryMessages } from './messages';
import { TermEntry } from './term-entry';

/**
 * The A–Z view: terms under letter headings (by pinyin in Chinese, alphabetical.ts), and a jump
 * index of every letter above them. A letter with terms is a link to its heading, which takes
 * the focus, so that a screen reader says where the learner landed and Tab goes on from there;
 * a letter with none is shown dimmed and skipped by the keyboard and by screen readers.
 */
export function AzList({
  terms,
  language,
  topicName,
  from,
}: {
  terms: readonly Term[];
  language: Language;
  /** The topic's name, shown on each entry (absent: one topic is shown, so none). */
  topicName?: ((term: Term) => string) | undefined;
  from: string;
}) {
  const m = useMessages(glossaryMessages);
  const groups = groupByLetter(terms, language);
  const present = new Set<Letter>(groups.map((group) => group.letter));
  const prefix = useId();
  const headingId = (letter: Letter) => `${prefix}-letter-${letter === '#' ? 'other' : letter}`;
  const jump = (event: MouseEvent<HTMLAnchorElement>, letter: Letter) => {
    const heading = document.getElementById(headingId(letter));
    if (!heading) return;
    event.preventDefault();
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  };
  const letterName = (letter: Letter) => (letter === '#' ? m.otherLetters : letter);
  return (
    <div className="az">
      <nav className="az-index" aria-label={m.jumpToLetter}>
        <ul>
          {LETTERS.map((letter) => (
            <li key={letter}>
              {present.has(letter) ? (
                <a href={`#${headingId(letter)}`} onClick={(event) => jump(event, letter)} aria-label={letter === '#' ? m.otherLetters : undefined}>
                  {letter}
                </a>
              ) : (
                <span aria-hidden="true">{letter}</span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.letter} className="az-group" aria-labelledby={headingId(group.letter)}>
          <h2 id={headingId(group.letter)} tabIndex={-1} className="az-letter" aria-label={m.letterHeading(letterName(group.letter), group.terms.length)}>
            {group.letter}
          </h2>
          <ul className="entries">
            {group.terms.map((term) => (
              <TermEntry key={term.id} term={term} language={language} m={m} topic={topicName?.(term)} from={from} showPinyin={language === 'zh'} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
