// The one definition of a body's own related-documents section, shared by the page (which then shows no
// second list) and remark-related (which completes that section from the frontmatter's `related`).
import { CONTENT_LANG, translator } from '../i18n/index.ts';

/** Whether a heading is a body's own related-documents section: level 2, the word for it in the content's language. */
export const isRelatedHeading = (depth: number, text: string) => depth === 2 && text.trim() === translator(CONTENT_LANG)('doc.related');
