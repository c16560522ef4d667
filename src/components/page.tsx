import type { ReactNode } from 'react';
import { useDocumentTitle } from '../lib/use-document-title';

/** A screen: its document title, one h1, and its content. */
export function Page({ title, heading = title, lead, children }: { title: string; heading?: ReactNode; lead?: ReactNode; children?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="page">
      <header className="page-header">
        <h1>{heading}</h1>
        {lead ? <p className="lead">{lead}</p> : null}
      </header>
      {children}
    </div>
  );
}
