import { useId, useState, type ReactNode } from 'react';
import type { QuizItem, QuizQuestion, QuizResponse } from '../../domain/quiz';
import { pick, useLanguage, useMessages } from '../../lib/i18n';
import { examMessages } from './exam-messages';
import { letter } from './format';
import { quizMessages } from './messages';
import { useDigitKeys } from './use-quiz-keys';

type Props = {
  item: QuizItem;
  response: QuizResponse;
  /** Absent when the question can't be changed (checked, or in a review). */
  onChange?: (response: QuizResponse) => void;
  /** Marks the right and wrong options. */
  reveal?: boolean;
  /** Whether keys 1–9 pick options (only for the question being answered). */
  keys?: boolean;
  /** Multiple select says how many to choose (as exams do), not "all that apply". */
  countChoices?: boolean;
};

/** A question as a fieldset whose legend is the prompt, with the inputs of its kind. */
export function QuestionView({ item, response, onChange, reveal = false, keys = false, countChoices = false }: Props) {
  const { question } = item;
  const locked = onChange === undefined;
  const common = { locked, reveal, keys: keys && !locked };
  return (
    <fieldset className="q-fieldset" data-kind={question.kind}>
      <QuestionLegend question={question} countChoices={countChoices} />
      {question.kind === 'single' && response.kind === 'single' ? (
        <SingleChoice question={question} response={response} onChange={onChange} {...common} />
      ) : question.kind === 'multiple' && response.kind === 'multiple' ? (
        <MultipleChoice question={question} response={response} onChange={onChange} {...common} />
      ) : question.kind === 'true-false' && response.kind === 'true-false' ? (
        <TrueFalse question={question} response={response} onChange={onChange} {...common} />
      ) : question.kind === 'matching' && response.kind === 'matching' ? (
        <Matching question={question} rightOrder={item.rightOrder ?? question.pairs.map((_, i) => i)} response={response} onChange={onChange} {...common} />
      ) : question.kind === 'typed' && response.kind === 'typed' ? (
        <TypedAnswer question={question} response={response} onChange={onChange} locked={locked} />
      ) : null}
    </fieldset>
  );
}

function QuestionLegend({ question, countChoices }: { question: QuizQuestion; countChoices: boolean }) {
  const m = useMessages(quizMessages);
  const e = useMessages(examMessages);
  const language = useLanguage();
  const kind = {
    single: m.kindSingle,
    multiple: countChoices && question.kind === 'multiple' ? e.chooseCount(question.answers.length) : m.kindMultiple,
    'true-false': m.kindTrueFalse,
    matching: m.kindMatching,
    typed: m.kindTyped,
  }[question.kind];
  if (question.origin === 'generated') {
    const isTerm = question.direction === 'term-to-definition';
    return (
      <legend className="q-legend">
        <span className="q-kind">{kind}</span>
        <span className="q-prompt">{isTerm ? m.generatedTermToDefinition : m.generatedDefinitionToTerm}</span>
        <span className={isTerm ? 'q-stem q-stem-term' : 'q-stem'}>{pick(question.stem, language)}</span>
      </legend>
    );
  }
  return (
    <legend className="q-legend">
      <span className="q-kind">{kind}</span>
      <span className="q-prompt">{pick(question.prompt, language)}</span>
    </legend>
  );
}

type OptionState = 'right' | 'wrong' | 'missed' | undefined;

function Mark({ state }: { state: OptionState }) {
  const m = useMessages(quizMessages);
  if (!state) return null;
  const label = state === 'right' ? m.correctAnswer : state === 'missed' ? m.shouldPick : m.youChose;
  return (
    <span className="q-mark" data-state={state}>
      <span aria-hidden="true">{state === 'wrong' ? '✕' : '✓'}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

function Option({
  type,
  name,
  index,
  checked,
  disabled,
  state,
  onChange,
  children,
}: {
  type: 'radio' | 'checkbox';
  name: string;
  index: number;
  checked: boolean;
  disabled: boolean;
  state: OptionState;
  onChange: () => void;
  children: ReactNode;
}) {
  return (
    <label className="q-option" data-state={state} data-checked={checked || undefined}>
      <input type={type} name={name} checked={checked} disabled={disabled} onChange={onChange} />
      <span className="q-key key-hint" aria-hidden="true">
        {index + 1}
      </span>
      <span className="q-text">{children}</span>
      <Mark state={state} />
    </label>
  );
}

type KindProps<K extends QuizQuestion['kind']> = {
  question: Extract<QuizQuestion, { kind: K }>;
  response: Extract<QuizResponse, { kind: K }>;
  onChange: ((response: QuizResponse) => void) | undefined;
  locked: boolean;
  reveal: boolean;
  keys: boolean;
};

function SingleChoice({ question, response, onChange, locked, reveal, keys }: KindProps<'single'>) {
  const language = useLanguage();
  const name = useId();
  const choose = (id: string) => onChange?.({ kind: 'single', choice: id });
  useDigitKeys((digit) => {
    const choice = question.choices[digit - 1];
    if (choice) choose(choice.id);
  }, keys);
  return (
    <div className="q-options">
      {question.choices.map((choice, index) => {
        const checked = response.choice === choice.id;
        const state: OptionState = !reveal ? undefined : choice.id === question.answer ? 'right' : checked ? 'wrong' : undefined;
        return (
          <Option key={choice.id} type="radio" name={name} index={index} checked={checked} disabled={locked} state={state} onChange={() => choose(choice.id)}>
            {pick(choice.text, language)}
          </Option>
        );
      })}
    </div>
  );
}

function MultipleChoice({ question, response, onChange, locked, reveal, keys }: KindProps<'multiple'>) {
  const language = useLanguage();
  const name = useId();
  const toggle = (id: string) => {
    const chosen = response.choices.includes(id) ? response.choices.filter((c) => c !== id) : [...response.choices, id];
    onChange?.({ kind: 'multiple', choices: chosen });
  };
  useDigitKeys((digit) => {
    const choice = question.choices[digit - 1];
    if (choice) toggle(choice.id);
  }, keys);
  return (
    <div className="q-options">
      {question.choices.map((choice, index) => {
        const checked = response.choices.includes(choice.id);
        const right = question.answers.includes(choice.id);
        const state: OptionState = !reveal ? undefined : right ? (checked ? 'right' : 'missed') : checked ? 'wrong' : undefined;
        return (
          <Option key={choice.id} type="checkbox" name={name} index={index} checked={checked} disabled={locked} state={state} onChange={() => toggle(choice.id)}>
            {pick(choice.text, language)}
          </Option>
        );
      })}
    </div>
  );
}

function TrueFalse({ question, response, onChange, locked, reveal, keys }: KindProps<'true-false'>) {
  const m = useMessages(quizMessages);
  const name = useId();
  const options = [
    { value: true, label: m.trueLabel },
    { value: false, label: m.falseLabel },
  ];
  useDigitKeys((digit) => {
    const option = options[digit - 1];
    if (option) onChange?.({ kind: 'true-false', value: option.value });
  }, keys);
  return (
    <div className="q-options q-options-row">
      {options.map((option, index) => {
        const checked = response.value === option.value;
        const state: OptionState = !reveal ? undefined : option.value === question.answer ? 'right' : checked ? 'wrong' : undefined;
        return (
          <Option
            key={String(option.value)}
            type="radio"
            name={name}
            index={index}
            checked={checked}
            disabled={locked}
            state={state}
            onChange={() => onChange?.({ kind: 'true-false', value: option.value })}
          >
            {option.label}
          </Option>
        );
      })}
    </div>
  );
}

/**
 * Matching without dragging: choose an item, then its match — by click, by Tab and Enter, or
 * with keys 1–9 (the next unmatched item is chosen for you). Items are lettered, matches numbered.
 */
function Matching({ question, rightOrder, response, onChange, locked, reveal, keys }: KindProps<'matching'> & { rightOrder: number[] }) {
  const m = useMessages(quizMessages);
  const language = useLanguage();
  const [active, setActive] = useState<number | null>(() => (locked ? null : firstUnmatched(response.pairs, 0)));
  const [announcement, setAnnouncement] = useState('');
  const groupId = useId();

  const pair = (left: number, right: number) => {
    const pairs = response.pairs.map((value, index) => (index === left ? right : value === right ? null : value));
    onChange?.({ kind: 'matching', pairs });
    setAnnouncement(m.pairedAnnouncement(pick(question.pairs[left]?.left ?? { en: '', zh: '' }, language), String(rightOrder.indexOf(right) + 1)));
    setActive(firstUnmatched(pairs, left + 1));
  };
  useDigitKeys((digit) => {
    const right = rightOrder[digit - 1];
    if (right !== undefined && active !== null) pair(active, right);
  }, keys);

  const leftFor = (right: number) => response.pairs.indexOf(right);
  return (
    <div className="q-matching">
      <p className="q-help muted" id={`${groupId}-help`}>
        {locked ? null : m.matchingHelp}
      </p>
      <div className="q-match-columns">
        <div role="group" aria-label={m.matchingLeft} className="q-match-col">
          {question.pairs.map((p, index) => {
            const chosen = response.pairs[index] ?? null;
            const chosenNumber = chosen === null ? null : rightOrder.indexOf(chosen) + 1;
            const state: OptionState = !reveal ? undefined : chosen === index ? 'right' : 'wrong';
            return (
              <div key={index} className="q-match-row">
                <button
                  type="button"
                  className="q-match-item"
                  aria-pressed={active === index}
                  aria-describedby={locked ? undefined : `${groupId}-help`}
                  disabled={locked}
                  data-state={state}
                  onClick={() => setActive(index)}
                >
                  <span className="q-key" aria-hidden="true">
                    {letter(index)}
                  </span>
                  <span className="q-text">{pick(p.left, language)}</span>
                  <span className="q-match-link">
                    <span aria-hidden="true">{chosenNumber === null ? '–' : `→ ${chosenNumber}`}</span>
                    <span className="visually-hidden">{chosenNumber === null ? m.notMatched : m.matchedWith(String(chosenNumber))}</span>
                  </span>
                  <Mark state={state} />
                </button>
                {reveal && chosen !== index ? (
                  <p className="q-match-fix">
                    <span className="muted">{m.correctAnswer}: </span>
                    {rightOrder.indexOf(index) + 1}. {pick(p.right, language)}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
        <div
          role="group"
          aria-label={active === null ? m.matchingRight : m.chooseMatchFor(pick(question.pairs[active]?.left ?? { en: '', zh: '' }, language))}
          className="q-match-col"
        >
          {rightOrder.map((right, position) => {
            const owner = leftFor(right);
            return (
              <button
                key={right}
                type="button"
                className="q-match-target"
                disabled={locked || active === null}
                data-used={owner >= 0 || undefined}
                onClick={() => active !== null && pair(active, right)}
              >
                <span className="q-key" aria-hidden="true">
                  {position + 1}
                </span>
                <span className="q-text">{pick(question.pairs[right]?.right ?? { en: '', zh: '' }, language)}</span>
                {owner >= 0 ? (
                  <span className="q-match-link">
                    <span aria-hidden="true">{letter(owner)}</span>
                    <span className="visually-hidden">{m.matchedWith(letter(owner))}</span>
                  </span>
                ) : null}
              </button>
            );
          })}
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

function firstUnmatched(pairs: readonly (number | null)[], from: number): number | null {
  for (let step = 0; step < pairs.length; step++) {
    const index = (from + step) % pairs.length;
    if (pairs[index] === null) return index;
  }
  return null;
}

function TypedAnswer({
  response,
  onChange,
  locked,
}: Pick<KindProps<'typed'>, 'question' | 'response' | 'onChange' | 'locked'>) {
  const m = useMessages(quizMessages);
  const id = useId();
  return (
    <div className="q-typed">
      <label htmlFor={id}>{m.yourAnswer}</label>
      <input
        id={id}
        type="text"
        className="q-input"
        value={response.text}
        readOnly={locked}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="done"
        onChange={(event) => onChange?.({ kind: 'typed', text: event.target.value })}
      />
      <p id={`${id}-hint`} className="q-help muted">
        {m.typedHint}
      </p>
    </div>
  );
}
