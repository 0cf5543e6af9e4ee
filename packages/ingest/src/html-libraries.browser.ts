import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/**
 * linkedom and Readability (browser build: imported up front). linkedom rather than the page's own
 * DOMParser, so an article gives the same document in a page as in Node.
 */
export function htmlLibraries(): { parseHTML: unknown; Readability: unknown } {
  return { parseHTML, Readability };
}
