import { useState, type Ref } from 'react';
import { Link } from 'react-router-dom';
import { FoldedQuote } from '../../components/folded-quote';
import { TeacherNote } from '../../components/teacher-note';
import type { Note, Term } from '../../domain/content';
import { acceptedAnswers, type GradedAnswer, type QuizItem, type QuizResponse } from '../../domain/quiz';
import { useContent } from '../../lib/content';
import { languageTag, other, pick, useLanguage, useMessages } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { SOURCE_PUNCTUATION, sourceByline } from '../../lib/source-format';
import { languageOfText } from './format';
import { quizMessages } from './messages';

type Props = {
  item: QuizItem;
  response: QuizResponse;
  graded: GradedAnswer | undefined;
  /** The verdict heading, focused when the feedback appears. */
  headingRef?: Ref<HTMLHeadingElement>;
  headingLevel?: 'h3' | 'h4';
  /** A named region for the question being answered; in a list of reviewed mistakes, a plain block. */
  landmark?: boolean;
};

/**
 * After an answer: right or wrong, the correct answer, the explanation (the other language a
 * tap away), the source quote, and a link to each term the question tests.
 */
export function AnswerFeedback({ item, response, graded, headingRef, headingLevel = 'h3', landmark = true }: Props) {
  const m = useMessages(quizMessages);
  const language = useLanguage();
  const { termById, sourceById } = useContent();
  const [otherShown, setOtherShown] = useState(false);
  const { question } = item;
  const answered = graded !== undefined;
  const verdict = !answered ? 'unanswered' : graded.correct ? 'right' : 'wrong';
  const Heading = headingLevel;
  const source = sourceById.get(question.source.source);
  const otherLanguage = other(language);
  const typed = graded?.typed;
  const Box = landmark ? 'section' : 'div';

  return (
    <Box className="feedback" data-verdict={verdict} aria-label={landmark ? m.explanation : undefined}>
      <Heading className="feedback-verdict" tabIndex={-1} ref={headingRef}>
        <span className="feedback-icon" aria-hidden="true">
          {verdict === 'right' ? '✓' : verdict === 'wrong' ? '✕' : '–'}
        </span>
        {verdict === 'right' ? m.correct : verdict === 'wrong' ? m.incorrect : m.unansweredResult}
      </Heading>

      {typed?.correct && typed.forgiven ? <p className="feedback-typo">{m.typoForgiven(typed.matched)}</p> : null}
      <CorrectAnswer item={item} response={response} graded={graded} />
      <ChoiceReasons item={item} response={response} />

      <div className="feedback-explanation">
        <p>{pick(question.explanation, language)}</p>
        <button type="button" className="link-button" aria-expanded={otherShown} onClick={() => setOtherShown(!otherShown)}>
          {otherShown ? m.hideOtherLanguage : m.showOtherLanguage}
        </button>
        {otherShown ? (
          <p lang={languageTag(otherLanguage)} className="feedback-other">
            {pick(question.explanation, otherLanguage)}
          </p>
        ) : null}
      </div>

      {notesOf(question, termById).map((note) => (
        <TeacherNote key={note.en} note={note} source={sourceById.get(note.source.source)} />
      ))}

      <figure className="feedback-source">
        {'quote' in question.source ? (
          <FoldedQuote
            text={question.source.quote}
            lang={languageOfText(question.source.quote)}
            showMore={m.showWholeQuote}
            showLess={m.showShortQuote}
          />
        ) : (
          <p className="feedback-section" lang={languageOfText(question.source.section)}>
            {m.section(question.source.section)}
          </p>
        )}
        <figcaption>
          <span className="muted">
            {m.source}
            {SOURCE_PUNCTUATION[language].colon}
          </span>
          {source ? (
            source.url ? (
              <a href={source.url} target="_blank" rel="noreferrer">
                {pick(source.title, language)}
              </a>
            ) : (
              <cite>{pick(source.title, language)}</cite>
            )
          ) : (
            question.source.source
          )}
          {source ? (
            <span className="muted">
              {SOURCE_PUNCTUATION[language].comma}
              {sourceByline(source, language)}
            </span>
          ) : null}
        </figcaption>
      </figure>

      <div className="feedback-terms">
        <p className="feedback-terms-title">{m.termsTested}</p>
        <ul>
          {question.terms.map((termId) => {
            const term = termById.get(termId);
            const name = term ? pick(term.term, language) : termId;
            return (
              <li key={termId}>
                <Link to={paths.term(termId)} aria-label={m.quizTerm(name)}>
                  {name}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </Box>
  );
}

/** Why each choice is right or wrong, where the question says (scenario questions always do). */
function ChoiceReasons({ item, response }: Pick<Props, 'item' | 'response'>) {
  const m = useMessages(quizMessages);
  const language = useLanguage();
  const { question } = item;
  if (question.kind !== 'single' && question.kind !== 'multiple') return null;
  const reasoned = question.choices.filter((choice) => choice.why !== undefined);
  if (reasoned.length === 0) return null;
  const picked = response.kind === 'single' ? [response.choice] : response.kind === 'multiple' ? response.choices : [];
  const right = question.kind === 'single' ? [question.answer] : question.answers;
  return (
    <div className="feedback-reasons">
      <p className="feedback-terms-title">{m.aboutEachChoice}</p>
      <ul>
        {reasoned.map((choice) => (
          <li key={choice.id} data-right={right.includes(choice.id)}>
            <span aria-hidden="true">{right.includes(choice.id) ? '✓ ' : '✕ '}</span>
            <span className="visually-hidden">{right.includes(choice.id) ? m.rightChoice : m.wrongChoice}: </span>
            <strong>{pick(choice.text, language)}</strong>
            {picked.includes(choice.id) ? <span className="muted"> ({m.yourChoice})</span> : null}
            {' — '}
            {choice.why ? pick(choice.why, language) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function CorrectAnswer({ item, response, graded }: Pick<Props, 'item' | 'response' | 'graded'>) {
  const m = useMessages(quizMessages);
  const language = useLanguage();
  const { termById } = useContent();
  const { question } = item;
  const right = graded?.correct === true;

  switch (question.kind) {
    case 'single': {
      const answer = question.choices.find((choice) => choice.id === question.answer);
      const chosen = response.kind === 'single' ? question.choices.find((choice) => choice.id === response.choice) : undefined;
      return (
        <dl className="feedback-answer">
          {!right ? <Pair label={m.youChose} value={chosen ? pick(chosen.text, language) : m.nothing} /> : null}
          <Pair label={m.correctAnswer} value={answer ? pick(answer.text, language) : ''} strong />
        </dl>
      );
    }
    case 'multiple': {
      const answers = question.choices.filter((choice) => question.answers.includes(choice.id));
      const picked = response.kind === 'multiple' ? response.choices : [];
      const hits = picked.filter((id) => question.answers.includes(id)).length;
      return (
        <>
          {!right && picked.length > 0 ? <p>{m.partly(hits, question.answers.length) }</p> : null}
          <dl className="feedback-answer">
            <dt>{m.correctAnswer}</dt>
            <dd>
              <ul>
                {answers.map((choice) => (
                  <li key={choice.id}>{pick(choice.text, language)}</li>
                ))}
              </ul>
            </dd>
          </dl>
        </>
      );
    }
    case 'true-false': {
      const label = (value: boolean | null) => (value === null ? m.nothing : value ? m.trueLabel : m.falseLabel);
      return (
        <dl className="feedback-answer">
          {!right ? <Pair label={m.youChose} value={label(response.kind === 'true-false' ? response.value : null)} /> : null}
          <Pair label={m.correctAnswer} value={label(question.answer)} strong />
        </dl>
      );
    }
    case 'matching': {
      const pairs = response.kind === 'matching' ? response.pairs : [];
      const hits = pairs.filter((value, index) => value === index).length;
      return (
        <>
          {!right ? <p>{m.partly(hits, question.pairs.length)}</p> : null}
          <dl className="feedback-answer">
            <dt>{m.correctAnswer}</dt>
            <dd>
              <ul className="feedback-pairs">
                {question.pairs.map((pair, index) => (
                  <li key={index}>
                    <span>{pick(pair.left, language)}</span>
                    <span aria-hidden="true"> → </span>
                    <span className="visually-hidden">: </span>
                    <span>{pick(pair.right, language)}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
        </>
      );
    }
    case 'typed': {
      const accepted = acceptedAnswers(question, termById);
      const main = question.answers[language][0] ?? accepted[0] ?? '';
      const also = accepted.filter((text) => text !== main).slice(0, 6);
      const typedText = response.kind === 'typed' ? response.text.trim() : '';
      const confused = graded?.typed && !graded.typed.correct ? graded.typed.confusedWith : undefined;
      return (
        <>
          <dl className="feedback-answer">
            {!right ? <Pair label={m.youTyped} value={typedText || m.nothing} /> : null}
            <Pair label={m.correctAnswer} value={main} strong />
            {also.length > 0 && (!right || graded?.typed?.correct && graded.typed.forgiven) ? <Pair label={m.acceptedAnswers} value={also.join(' · ')} /> : null}
          </dl>
          {confused ? <p>{m.confusedWith(confused)}</p> : null}
        </>
      );
    }
  }
}

/** The teacher's notes for a question: its own, else those of the terms it tests (at most two). */
function notesOf(question: QuizItem['question'], termById: ReadonlyMap<string, Term>): Note[] {
  const notes = question.note ? [question.note] : question.terms.flatMap((id) => termById.get(id)?.note ?? []);
  return [...new Map(notes.map((note) => [note.en, note])).values()].slice(0, 2);
}

function Pair({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className={strong ? 'strong' : undefined}>{value}</dd>
    </>
  );
}
