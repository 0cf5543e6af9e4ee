import { appendAll } from './arrays';
import { parseDateline } from './dates';
import { LOCALES } from './locales/index';
import type { Line, Unit } from './structure';
import type { Link, RemovalReason } from './types';

/** Removed text with offsets into the normalised input (mapped to the source by the caller). */
export interface Removal {
  reason: RemovalReason;
  text: string;
  start: number;
  end: number;
}

export interface BoilerplateResult {
  removed: Removal[];
  links: Link[];
  byline?: string;
  outlet?: string;
  published?: string;
}

const lowerSet = (pick: (l: (typeof LOCALES)[number]) => string[]) =>
  new Set(LOCALES.flatMap((l) => pick(l).map((w) => w.toLowerCase())));

const AD_MARKERS = lowerSet((l) => l.adMarkers);
const COMMENT_WIDGETS = lowerSet((l) => l.commentWidgets);
const SHARE_WIDGETS = lowerSet((l) => l.shareWidgets);
const REFERENCE_HEADINGS = lowerSet((l) => l.referenceHeadings);
const NAVIGATION_HOME = lowerSet((l) => l.navigationHome);
const CALL_TO_COMMENT = LOCALES.flatMap((l) => l.callToComment);
const NEWSLETTER = LOCALES.flatMap((l) => l.newsletter);
const COOKIE = LOCALES.flatMap((l) => l.cookieNotice);
const BYLINE = LOCALES.flatMap((l) => l.byline);
const OUTLET = LOCALES.flatMap((l) => l.outlet);
const PROMOTION = LOCALES.flatMap((l) => l.promotion.map((w) => w.toLowerCase()));

// A crumb trail needs a separator: a cheap test before splitting the line.
const CRUMB_CHARACTER = /[>›»/|]/;

const URL_LINE = /^(?:[-*•·]\s*|\[\d{1,3}\]\s*|\d{1,3}[.)]\s*)?(https?:\/\/\S+)$/;
// "正片链接:https://…", "Source: https://…": a short label, a colon, one URL.
const LINK_LINE = /^([^\s:：]{1,24}(?: [^\s:：]{1,24}){0,3})\s?[:：]\s*(https?:\/\/\S+)$/u;
const CRUMB_SEPARATOR = /\s+[>›»/|]\s+|\s*[>›»]\s*/u;

/** A widget label: the word, maybe a count ("Comments (12)", "コメント 3"), maybe a colon. */
function widgetKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s:：]*[(（[]?\d{0,6}[)）\]]?$/u, '')
    .trim();
}

const REFERENCE_HEADING_MAX = Math.max(...[...REFERENCE_HEADINGS].map((h) => h.length));

/**
 * The line as a reference heading would be written: lower case, without a final colon and the spaces
 * before it (what `/\s*[:：]$/` removed, without its quadratic scan over long runs of spaces).
 * '' for a line too long to be one.
 */
function referenceKey(text: string): string {
  let end = text.length;
  if (end > 0 && (text[end - 1] === ':' || text[end - 1] === '：')) {
    end--;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  }
  if (end > REFERENCE_HEADING_MAX * 2) return '';
  return text.slice(0, end).toLowerCase();
}

function lineText(unit: Unit): string {
  return unit.lines.map((l) => l.text).join('\n');
}

function removal(unit: Unit, reason: RemovalReason): Removal {
  const first = unit.lines[0]!;
  const last = unit.lines[unit.lines.length - 1]!;
  return { reason, text: lineText(unit), start: first.cStart, end: last.cEnd };
}

function isCrumbTrail(text: string): boolean {
  if (text.length > 100) return false;
  const parts = text.split(CRUMB_SEPARATOR).map((p) => p.trim());
  if (parts.length < 3 || parts.some((p) => p.length === 0 || p.split(/\s+/).length > 4)) return false;
  return NAVIGATION_HOME.has(parts[0]!.toLowerCase()) || parts.every((p) => p.length <= 20);
}

/**
 * Marks boilerplate units as removed (advertisement, widgets, bylines, outlet lines, reference lists,
 * link lines, crumbs, prompts, promotional paragraphs) and returns what was removed, with metadata.
 */
export function detectBoilerplate(units: Unit[]): BoilerplateResult {
  const result: BoilerplateResult = { removed: [], links: [] };
  const content = units.filter((u) => u.kind !== 'blank');
  const remove = (unit: Unit, reason: RemovalReason) => {
    unit.removed = reason;
    result.removed.push(removal(unit, reason));
  };
  const headCount = Math.min(6, content.length);
  for (let i = 0; i < content.length; i++) {
    const unit = content[i]!;
    if (unit.removed || unit.kind === 'table') continue;
    const single = unit.lines.length === 1;
    // Rules read the line without its Markdown syntax ("## Comments" is a comment widget too).
    const text = lineText(unit).slice(single ? (unit.markup ?? 0) : 0);
    const key = text.length <= 40 ? widgetKey(text) : '';
    const nearEdge = i < headCount || i >= content.length - 3;
    const headingKey = single ? referenceKey(text) : '';
    if (single && AD_MARKERS.has(key) && text.length <= 40) remove(unit, 'advertisement');
    else if (single && COMMENT_WIDGETS.has(key) && text.length <= 40) remove(unit, 'comment-widget');
    else if (single && ((SHARE_WIDGETS.has(key) && text.length <= 40) || isNetworkList(text)))
      remove(unit, 'share-widget');
    else if (single && nearEdge && text.length <= 60 && matchName(OUTLET, text)) {
      result.outlet ??= matchName(OUTLET, text);
      remove(unit, 'outlet');
    } else if (single && nearEdge && text.length <= 80 && parseDateline(text)) {
      result.published ??= parseDateline(text);
      remove(unit, 'dateline');
    } else if (single && nearEdge && text.length <= 80 && matchName(BYLINE, text)) {
      result.byline ??= matchName(BYLINE, text);
      remove(unit, 'byline');
    } else if (single && REFERENCE_HEADINGS.has(headingKey) && isUrlLine(content[i + 1])) {
      // The heading and every URL line after it form the reference list.
      const list: Unit[] = [unit];
      let j = i + 1;
      while (j < content.length && isUrlLine(content[j])) list.push(content[j++]!);
      const lines: Line[] = list.flatMap((u) => u.lines);
      const merged: Unit = { kind: 'reference-list', lines };
      for (const u of list) u.removed = 'reference-list';
      result.removed.push(removal(merged, 'reference-list'));
      for (const u of list.slice(1)) {
        const url = URL_LINE.exec(u.lines[0]!.text)?.[1];
        if (url) result.links.push({ url, kind: 'reference' });
      }
      i = j - 1;
    } else if (single && REFERENCE_HEADINGS.has(headingKey) && isCitation(content[i + 1])) {
      // Citations (not bare URLs) stay in the text, typed as one reference-list block.
      let j = i + 1;
      while (j < content.length && isCitation(content[j])) {
        appendAll(unit.lines, content[j]!.lines);
        content[j]!.kind = 'blank';
        content[j]!.lines = [];
        j++;
      }
      unit.kind = 'reference-list';
      i = j - 1;
    } else if (single && LINK_LINE.test(text)) {
      const m = LINK_LINE.exec(text)!;
      result.links.push({ url: m[2]!, text: m[1]!, kind: 'link-line' });
      remove(unit, 'link-line');
    } else if (single && text.length <= 100 && CRUMB_CHARACTER.test(text) && isCrumbTrail(text))
      remove(unit, 'navigation');
    else if (text.length <= 400 && COOKIE.some((p) => p.test(text))) remove(unit, 'cookie-notice');
    else if (text.length <= 300 && NEWSLETTER.some((p) => p.test(text))) remove(unit, 'newsletter');
    else if (text.length <= 300 && i >= content.length * 0.6 && CALL_TO_COMMENT.some((p) => p.test(text))) {
      remove(unit, 'call-to-comment');
    }
  }
  removePromotion(content, remove);
  return result;
}

// A list item, a numbered note ("[3] …", "3. …") or a URL line.
function isCitation(unit: Unit | undefined): boolean {
  if (unit?.lines.length !== 1 || unit.removed) return false;
  return unit.kind === 'list-item' || /^\[\d{1,3}\]/.test(unit.lines[0]!.text) || isUrlLine(unit);
}

// Share bars: a line of nothing but network names ("Facebook Twitter LinkedIn E-Mail", "Share: X · WhatsApp").
const NETWORK =
  /^(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|e-?mail|mail|weibo|微博|微信|wechat|line|threads|bluesky|mastodon|xing|flipboard|pocket|print)$/i;

function isNetworkList(text: string): boolean {
  if (text.length > 120) return false;
  const words = text
    .replace(/^[^:：]{1,20}[:：]/u, '')
    .split(/[\s,|·•/]+/u)
    .filter(Boolean);
  return words.length >= 2 && words.every((w) => NETWORK.test(w));
}

function isUrlLine(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.lines.length === 1 && URL_LINE.test(unit.lines[0]!.text);
}

function matchName(patterns: RegExp[], text: string): string | undefined {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}

// Capitalised words and Latin names inside any script: the named things a paragraph is about.
const NAME = /\p{Lu}[\p{L}\p{N}]*(?:[-.]\p{L}[\p{L}\p{N}]*)*/gu;
const SENTENCE_START = /(?:^|[.!?。！？]\s+)$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

function namesIn(text: string): Map<string, number> {
  const names = new Map<string, number>();
  for (const m of text.matchAll(NAME)) {
    const index = m.index ?? 0;
    if (SENTENCE_START.test(text.slice(Math.max(0, index - 3), index)) && !TWO_CAPITALS.test(m[0])) continue;
    if (m[0].length < 2) continue;
    names.set(m[0], (names.get(m[0]) ?? 0) + 1);
  }
  return names;
}

/**
 * A promotional paragraph at the end that is not about the story: its names appear nowhere else in the
 * article, the article's main names do not appear in it, and it uses promotional vocabulary.
 */
function removePromotion(content: Unit[], remove: (unit: Unit, reason: RemovalReason) => void): void {
  const kept = content.filter((u) => !u.removed && u.kind === 'paragraph');
  if (kept.length < 4) return;
  const texts = kept.map(lineText);
  const perParagraph = texts.map(namesIn);
  const allNames = new Map<string, number>();
  for (const names of perParagraph) for (const [n, c] of names) allNames.set(n, (allNames.get(n) ?? 0) + c);
  for (let k = kept.length - 1; k >= Math.max(1, kept.length - 2); k--) {
    const unit = kept[k]!;
    const text = texts[k]!;
    const rest = texts.filter((_, i) => i !== k).join('\n');
    const names = perParagraph[k]!;
    const restNames = new Map(
      [...allNames]
        .map(([n, c]) => [n, c - (names.get(n) ?? 0)] as [string, number])
        .filter(([, c]) => c > 0),
    );
    if (names.size < 3) continue;
    const shared = [...names.keys()].filter((n) => rest.includes(n)).length;
    // The story's main names; two-letter acronyms (AI, EU) are topics, not what a story is about.
    const main = [...restNames.entries()]
      .filter(([n]) => n.length > 2)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 3);
    const mentionsMain = main.some(([n]) => text.includes(n));
    const lower = text.toLowerCase();
    const promo = PROMOTION.filter((w) => lower.includes(w)).length;
    if (shared / names.size <= 0.34 && !mentionsMain && promo >= 2) remove(unit, 'promotion');
    else break;
  }
}
