import { useRef, type CSSProperties, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { CardKind } from '../../domain/cards';
import { Pinyin } from '../../components/pinyin';
import type { Grade } from '../../domain/cards';
import { TeacherNote } from '../../components/teacher-note';
import type { Localized, Source, Term } from '../../domain/content';
import type { TypedRecall } from '../../domain/typed-recall';
import { languageTag, other, type Language } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import type { FlashcardMessages } from './messages';
import { useSwipeGrade } from './use-swipe-grade';

/** One side of a card: a name or a definition, in the card's language, or (`language`) always in one. */
export type Side = { kind: 'term' | 'definition'; text: Localized; language?: Language };

/**
 * The sides of a term's card of a kind: what it asks (with, for typed recall, the definition
 * as a clue) and what answers it.
 */
export function cardSides(term: Term, kind: CardKind): { prompt: Side; answer: Side; clue?: Side } {
  const name = (language?: Language): Side => ({ kind: 'term', text: term.term, ...(language ? { language } : {}) });
  const definition = (language?: Language): Side => ({ kind: 'definition', text: term.definition, ...(language ? { language } : {}) });
  switch (kind) {
    case 'forward':
      return { prompt: name(), answer: definition() };
    case 'reverse':
      return { prompt: definition(), answer: name() };
    case 'en-zh':
      return { prompt: name('en'), answer: name('zh') };
    case 'zh-en':
      return { prompt: name('zh'), answer: name('en') };
    case 'type-en':
      return { prompt: name('zh'), clue: definition('zh'), answer: name('en') };
    case 'type-zh':
      return { prompt: name('en'), clue: definition('en'), answer: name('zh') };
  }
}

/** The language typed recall asks for, or null for a card that is not typed. */
export function recallLanguage(kind: CardKind): Language | null {
  return kind === 'type-en' ? 'en' : kind === 'type-zh' ? 'zh' : null;
}

/** A side's label: "Term" or "Definition", or the language of a side that is always in one. */
export function sideLabel(side: Side, m: FlashcardMessages): string {
  if (side.language && side.kind === 'term') return side.language === 'zh' ? m.chineseName : m.englishName;
  return side.kind === 'term' ? m.term : m.definition;
}

function SideText({
  side,
  language,
  showOther,
  pinyin,
  size,
}: {
  side: Side;
  language: Language;
  showOther: boolean;
  /** The Chinese name's pinyin, shown under it (null: not shown). */
  pinyin: string | null;
  size: 'large' | 'small';
}) {
  const first = side.language ?? language;
  const second = other(first);
  const long = side.kind === 'definition';
  // A side that is always in one language is the point of its card: the other one is the answer.
  const withOther = showOther && side.language === undefined;
  const pinyinOf = (shown: Language) => (side.kind === 'term' && shown === 'zh' && pinyin ? <Pinyin text={pinyin} className="card-pinyin" /> : null);
  return (
    <div className={`card-side ${size} ${long ? 'long' : 'short'}`}>
      <p className="card-text" lang={languageTag(first)}>
        {side.text[first]}
      </p>
      {pinyinOf(first)}
      {withOther ? (
        <>
          <p className="card-text other" lang={languageTag(second)}>
            {side.text[second]}
          </p>
          {pinyinOf(second)}
        </>
      ) : null}
    </div>
  );
}

/**
 * The card, the hero of the screen: the prompt, and once flipped the answer below it. The card
 * turns over (unless motion is reduced); a tap on it flips it, except on a typed card, which is
 * answered by typing and Check. Text is in the card language, with the other language one tap
 * away (`showOther`); the Chinese name's pinyin shows when `pinyin` is given.
 */
export function StudyCard({
  term,
  kind,
  flipped,
  showOther,
  language,
  pinyin,
  onFlip,
  typed,
  onSwipe,
  noteSource,
  tools,
  more,
  m,
}: {
  term: Term;
  kind: CardKind;
  flipped: boolean;
  showOther: boolean;
  language: Language;
  pinyin: string | null;
  onFlip: () => void;
  /** A typed card: the field on the front, and once checked, the verdict on the back. */
  typed?: { field: ReactNode; result: TypedRecall | null; input: string } | undefined;
  /** A swipe on the flipped card: left Again (1), right Good (3). */
  onSwipe: (grade: Grade) => void;
  /** The source the term's teacher's note cites. */
  noteSource?: Source | undefined;
  /** Controls over the card that stay put as it turns (the Listen button). */
  tools?: ReactNode;
  /** Where the card's "more" link leads, when not to the term's page (a vendor card: the vendor table). */
  more?: { to: string; label: string } | undefined;
  m: FlashcardMessages;
}) {
  const { prompt, answer, clue } = cardSides(term, kind);
  const side = (s: Side, size: 'large' | 'small') => <SideText side={s} language={language} showOther={showOther} pinyin={pinyin} size={size} />;
  const cardRef = useRef<HTMLDivElement>(null);
  const swipe = useSwipeGrade(cardRef, flipped, onSwipe);
  const moved: CSSProperties | undefined = swipe.offset ? { transform: `translateX(${swipe.offset}px) rotate(${swipe.offset / 40}deg)`, transition: 'none' } : undefined;
  return (
    <div className="study-card" data-flipped={flipped} data-kind={kind} data-swipe={swipe.direction ?? undefined} style={moved} ref={cardRef} onClick={flipped || typed ? undefined : onFlip} {...swipe.handlers}>
      {tools ? (
        <div className="study-card-tools" onClick={(event) => event.stopPropagation()}>
          {tools}
        </div>
      ) : null}
      <div className="study-card-inner">
        <div className="study-card-face front" aria-hidden={flipped} inert={flipped}>
          <p className="card-kind">{sideLabel(prompt, m)}</p>
          {side(prompt, 'large')}
          {clue ? side(clue, 'small') : null}
          {typed ? (
            typed.field
          ) : (
            <p className="card-hint" aria-hidden="true">
              {m.flipHint}
              <span className="key-hint"> {m.flipHintKey}</span>
            </p>
          )}
        </div>
        <div className="study-card-face back" aria-hidden={!flipped} inert={!flipped}>
          {flipped ? (
            <>
              <p className="card-kind">{sideLabel(prompt, m)}</p>
              {side(prompt, 'small')}
              <hr />
              {typed ? <TypedVerdict result={typed.result} input={typed.input} m={m} /> : null}
              <p className="card-kind">{sideLabel(answer, m)}</p>
              {side(answer, 'large')}
              {term.note ? <TeacherNote note={term.note} source={noteSource} /> : null}
              <p className="card-more">
                <Link to={more?.to ?? paths.term(term.id)}>{more?.label ?? m.openInGlossary}</Link>
              </p>
              <p className="card-hint swipe-hint">{m.swipeHint}</p>
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** What the typed answer was judged, and the grade it suggests. */
export function typedVerdict(result: TypedRecall | null, input: string, m: FlashcardMessages): { text: string; tone: 'good' | 'warn' | 'bad' } {
  const match = result?.match;
  if (!match || (!match.correct && match.reason === 'empty')) return { text: m.typedBlank, tone: 'bad' };
  if (match.correct) return match.forgiven ? { text: m.typedTypo(input.trim(), match.matched), tone: 'warn' } : { text: m.typedRight, tone: 'good' };
  if (match.confusedWith) return { text: m.typedOtherTerm(input.trim(), match.confusedWith), tone: 'bad' };
  return { text: m.typedWrong(input.trim()), tone: 'bad' };
}

function TypedVerdict({ result, input, m }: { result: TypedRecall | null; input: string; m: FlashcardMessages }) {
  const { text, tone } = typedVerdict(result, input, m);
  return (
    <p className={`typed-verdict ${tone}`}>
      {text} <span className="typed-suggested">{m.typedSuggested(gradeName(result?.suggested ?? 1, m))}</span>
    </p>
  );
}

export function gradeName(grade: 1 | 2 | 3 | 4, m: FlashcardMessages): string {
  return grade === 1 ? m.again : grade === 2 ? m.hard : grade === 3 ? m.good : m.easy;
}
