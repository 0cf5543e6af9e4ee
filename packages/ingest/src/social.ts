import { parseWrittenDate } from './dates';

// "— Name (@handle) January 5, 2026": the attribution line of an embedded post (X/Twitter, Threads, Bluesky).
const ATTRIBUTION = /^[—–―-]{1,2}\s*([^(@\n]{1,80}?)\s*\(\s*(@[\p{L}\p{N}_.]{1,40})\s*\)\s*(.{0,40})$/u;

export function parseAttribution(
  line: string,
  referenceYear?: number,
): { author?: string; handle?: string; date?: string } | undefined {
  if (line.length > 200) return undefined;
  const m = ATTRIBUTION.exec(line);
  if (!m) return undefined;
  const post: { author?: string; handle?: string; date?: string } = {};
  const author = m[1]!.trim();
  if (author) post.author = author;
  post.handle = m[2]!;
  const date = m[3] ? parseWrittenDate(m[3], referenceYear) : undefined;
  if (m[3]?.trim() && !date) return undefined;
  if (date) post.date = date;
  return post;
}
