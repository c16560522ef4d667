import { useState } from 'react';

/** Longer than this, a quote is folded to its opening until the learner asks for the rest. */
export const FOLD_AT = 240;

/**
 * A verbatim quote that folds when long, so a long source passage doesn't bury the
 * explanation; one tap shows it whole. The text is rendered as text, never as HTML.
 */
export function FoldedQuote({ text, lang, showMore, showLess }: { text: string; lang: string; showMore: string; showLess: string }) {
  const [open, setOpen] = useState(false);
  const long = text.length > FOLD_AT;
  return (
    <>
      <blockquote lang={lang}>{long && !open ? `${text.slice(0, FOLD_AT).trimEnd()}…` : text}</blockquote>
      {long ? (
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? showLess : showMore}
        </button>
      ) : null}
    </>
  );
}
