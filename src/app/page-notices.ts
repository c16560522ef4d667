/** The id of the place above each screen, in the flow of the page, where a note such as the backup reminder goes (layout.tsx). */
export const PAGE_NOTICES = 'page-notices';
