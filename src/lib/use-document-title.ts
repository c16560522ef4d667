import { useEffect } from 'react';

export const APP_NAME = 'CloudCards';

/** Sets the tab's title for the current screen: "Glossary · CloudCards". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
