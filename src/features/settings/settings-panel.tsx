import { useId, type ReactNode } from 'react';

/** One labelled part of a Settings section (Export, Import, Reset…): a region named by its heading. */
export function SettingsPanel({ title, className, children }: { title: string; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={className ? `settings-data-panel ${className}` : 'settings-data-panel'} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}
