import type { ExtractedArticle } from './json';

/** Placeholder replaced below. */
export function extractHtml(html: string): ExtractedArticle {
  return { text: html.replace(/<[^>]*>/g, ' ') };
}
