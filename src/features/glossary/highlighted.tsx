import { Fragment } from 'react';
import type { Segment } from '../../domain/search';

/** Text with its matched parts in `<mark>`: always rendered as text, never as HTML. */
export function Highlighted({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>))}
    </>
  );
}
