import { useEffect } from 'react';

export const APP_NAME = 'CloudCards';

/** "Glossary · CloudCards". */
export const documentTitle = (title: string): string => (title ? `${title} · ${APP_NAME}` : APP_NAME);

/** The title the screen last rendered asked for where no effect runs: the build's prerender writes it into `<title>`. */
let prerendered = APP_NAME;
const notePrerenderedTitle = (title: string) => {
  prerendered = documentTitle(title);
};
export const prerenderedTitle = (): string => prerendered;

/** Sets the tab's title for the current screen. */
export function useDocumentTitle(title: string): void {
  if (typeof document === 'undefined') notePrerenderedTitle(title);
  useEffect(() => {
    document.title = documentTitle(title);
  }, [title]);
}
