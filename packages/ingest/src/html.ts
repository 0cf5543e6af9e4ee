import { canonicalLanguageTag } from '@corpus/core';
import { htmlLibraries } from './html-libraries';
import type { ExtractedArticle } from './json';
import { readPublished } from './published';
import type { IngestWarning, Link, RemovalReason, RemovedContent } from './types';

// linkedom and Readability cost time to load and are needed only for HTML: loaded on first use.
type AnyNode = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<AnyNode>;
  parentNode: AnyNode | null;
  getAttribute?: (name: string) => string | null;
  remove?: () => void;
};
type AnyElement = AnyNode & {
  getAttribute(name: string): string | null;
  querySelector(selector: string): AnyElement | null;
  querySelectorAll(selector: string): ArrayLike<AnyElement>;
  remove(): void;
  closest(selector: string): AnyElement | null;
  className?: string;
  id?: string;
};
type AnyDocument = AnyElement & { documentElement: AnyElement; body: AnyElement | null; title?: string };

let libraries:
  | {
      parseHTML: (html: string) => { document: AnyDocument };
      Readability: new (
        doc: AnyDocument,
        options: { serializer: (node: AnyNode) => AnyNode; charThreshold?: number },
      ) => {
        parse(): null | {
          title?: string | null;
          content?: AnyNode | null;
          byline?: string | null;
          siteName?: string | null;
          publishedTime?: string | null;
          lang?: string | null;
        };
      };
    }
  | undefined;

function load() {
  libraries ??= htmlLibraries() as NonNullable<typeof libraries>;
  return libraries;
}

/** Class and id tokens that name page furniture, with the reason it is removed. */
const FURNITURE: [RegExp, RemovalReason][] = [
  [/^(?:cookie|cookies|consent|gdpr|cookie[-_].*|.*[-_]cookie|cc[-_]banner)$/i, 'cookie-notice'],
  [
    /^(?:ad|ads|advert|adverts|advertisement|adsbygoogle|ad[-_].+|.+[-_]ad|.+[-_]ads|sponsor|sponsored|promo)$/i,
    'advertisement',
  ],
  [/^(?:comments?|comment[-_].+|.+[-_]comments?|disqus.*|discussion)$/i, 'comment-widget'],
  [/^(?:share|sharing|share[-_].+|.+[-_]share|social|social[-_].+)$/i, 'share-widget'],
  [/^(?:newsletter|newsletter[-_].+|.+[-_]newsletter|subscribe|subscription)$/i, 'newsletter'],
  [
    /^(?:breadcrumbs?|crumbs|nav|navbar|navigation|menu|site[-_]header|site[-_]footer|masthead)$/i,
    'navigation',
  ],
];

function furnitureReason(element: AnyElement, inArticle: boolean): RemovalReason | undefined {
  const tag = element.nodeName.toLowerCase();
  if (tag === 'nav') return 'navigation';
  if (tag === 'aside' && /advert|anzeige|pubblicit|广告|広告/i.test(element.textContent ?? ''))
    return 'advertisement';
  if ((tag === 'header' || tag === 'footer') && !inArticle) return 'navigation';
  const role = element.getAttribute('role');
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo') return 'navigation';
  const label = element.getAttribute('aria-label') ?? '';
  if (/breadcrumb/i.test(label)) return 'navigation';
  const tokens = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
    .split(/\s+/)
    .filter(Boolean);
  for (const [pattern, reason] of FURNITURE) if (tokens.some((t) => pattern.test(t))) return reason;
  return undefined;
}

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function meta(doc: AnyDocument, selectors: string[]): string | undefined {
  for (const s of selectors) {
    const el = doc.querySelector(s);
    const value = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? (el ? el.textContent : null);
    if (value?.trim()) return value.trim();
  }
  return undefined;
}

function jsonLd(doc: AnyDocument): Record<string, unknown> | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data = JSON.parse(script.textContent ?? '') as unknown;
      const items = Array.isArray(data) ? data : [data];
      for (const item of items) {
        if (item && typeof item === 'object' && ('datePublished' in item || 'headline' in item)) {
          return item as Record<string, unknown>;
        }
      }
    } catch {
      // A broken JSON-LD block is the page's problem, not ours.
    }
  }
  return undefined;
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'figure',
  'figcaption',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'pre',
  'hr',
  'address',
  'details',
  'summary',
]);

// Elements whose text is never article text: code, styles, embedded documents and media.
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
]);

/**
 * Readability's scoring is super-linear in the depth of the tree (10^2 levels take ~0.3 s, 4 × 10^2
 * ~4 s, 10^5 never finish): deeper pages skip it and keep the whole body (furniture removed).
 */
export const MAX_READABILITY_DEPTH = 128;

const children = (node: AnyNode): AnyNode[] => Array.from(node.childNodes);

/**
 * The text of a subtree (text nodes in document order, `<br>` as a space, skipped tags left out), and
 * the `http(s)` links of its anchors. Iterative: a page nested 10^5 deep must not overflow the stack.
 */
function inline(root: AnyNode, links: Link[]): string {
  const parts: string[] = [];
  // Frames: a node to enter, or an anchor to close (its text starts at parts[from]).
  const stack: { node: AnyNode; from?: number }[] = [{ node: root }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (frame.from !== undefined) {
      const href = node.getAttribute?.('href');
      if (href && /^https?:\/\//i.test(href))
        links.push({ url: href, text: collapse(parts.slice(frame.from).join('')), kind: 'html' });
      continue;
    }
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = node.nodeName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'br') {
      parts.push(' ');
      continue;
    }
    if (tag === 'a') stack.push({ node, from: parts.length });
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]! });
  }
  return parts.join('');
}

/** The main content's DOM to the line format of the text pipeline (Markdown-like headings, lists, tables). */
function toLines(root: AnyNode, links: Link[]): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/[ \t]+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  // Iterative pre-order walk; a `close` frame flushes after a block element's children.
  const stack: { node: AnyNode; close?: boolean }[] = [{ node: root }];
  while (stack.length > 0) {
    const { node, close } = stack.pop()!;
    if (close) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = node.nodeName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      flush();
      const text = collapse(inline(node, links));
      if (text) lines.push(`${'#'.repeat(Number(heading[1]))} ${text}`);
      continue;
    }
    if (tag === 'li' || tag === 'blockquote') {
      flush();
      const text = collapse(inline(node, links));
      if (text) lines.push(`${tag === 'li' ? '-' : '>'} ${text}`);
      continue;
    }
    if (tag === 'table') {
      flush();
      const rows = Array.from((node as AnyElement).querySelectorAll('tr')).map((tr) =>
        children(tr)
          .filter((c) => c.nodeType === 1 && /^t[hd]$/i.test(c.nodeName))
          .map((c) => collapse(inline(c, links)).replace(/\|/g, '\\|')),
      );
      rows.forEach((cells, i) => {
        lines.push(`| ${cells.join(' | ')} |`);
        if (i === 0) lines.push(`|${cells.map(() => '---').join('|')}|`);
      });
      continue;
    }
    if (tag === 'p' || tag === 'pre') {
      flush();
      current = inline(node, links);
      flush();
      continue;
    }
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'a') {
      current += inline(node, links);
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      stack.push({ node, close: true });
    }
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]! });
  }
  flush();
  return lines;
}

/**
 * Removes page furniture, outermost first (nothing inside removed furniture is visited), recording each
 * piece; returns the depth of the remaining tree. One iterative pass: linear in the page.
 */
function removeFurniture(body: AnyElement, removed: RemovedContent[]): number {
  let maxDepth = 0;
  const stack: { node: AnyNode; depth: number; inArticle: boolean }[] = [];
  const pushChildren = (node: AnyNode, depth: number, inArticle: boolean) => {
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--)
      if (kids[i]!.nodeType === 1) stack.push({ node: kids[i]!, depth, inArticle });
  };
  pushChildren(body, 1, false);
  while (stack.length > 0) {
    const { node, depth, inArticle } = stack.pop()!;
    const element = node as AnyElement;
    const reason = furnitureReason(element, inArticle);
    if (reason) {
      const text = toLines(element, [])
        .map((l) => l.replace(/^(?:#{1,6}|-|>)\s+/, ''))
        .join('\n');
      if (text) removed.push({ reason, text });
      element.remove();
      continue;
    }
    if (depth > maxDepth) maxDepth = depth;
    pushChildren(node, depth + 1, inArticle || element.nodeName.toLowerCase() === 'article');
  }
  return maxDepth;
}

/**
 * htmlparser2 (inside linkedom) keeps its open-element stack with `unshift`, quadratic in the nesting
 * depth (10^5 levels take minutes): pages nested deeper than this are read by `plainText` instead.
 */
export const MAX_PARSE_DEPTH = 2048;

// Elements that never nest (void) or whose end tag is optional and usually left out: not counted as depth.
const FLAT_TAGS = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option thead tbody tfoot colgroup'.split(
    ' ',
  ),
);
const TAG_NAME = /^<\/?([a-zA-Z][a-zA-Z0-9-]{0,30})/;

/** Nesting depth of the tags of a page, counted in one linear scan (tags without their `>` end it). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  let i = html.indexOf('<');
  while (i >= 0) {
    const end = html.indexOf('>', i + 1);
    if (end < 0) break; // no tag can close after this point
    const m = TAG_NAME.exec(html.slice(i, Math.min(end + 1, i + 40)));
    if (m) {
      const name = m[1]!.toLowerCase();
      const closing = html[i + 1] === '/';
      if (!FLAT_TAGS.has(name) && html[end - 1] !== '/') {
        if (closing) depth = Math.max(0, depth - 1);
        else if (++depth > max) max = depth;
      }
    }
    i = html.indexOf('<', end + 1);
  }
  return max;
}

const RAW_TEXT = ['script', 'style', 'noscript', 'template', 'iframe', 'textarea', 'xmp', 'svg', 'math'];
const BREAKING = new Set([
  ...BLOCK_TAGS,
  'br',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'td',
  'th',
]);
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Text of a page without a DOM, in one linear pass: tags dropped (block tags end a line), comments and
 * the content of script, style and other raw-text elements dropped, common entities decoded.
 */
export function plainText(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const end = html.indexOf('>', lt + 1);
    if (end < 0) break; // an unclosed tag runs to the end
    const m = TAG_NAME.exec(html.slice(lt, Math.min(end + 1, lt + 40)));
    i = end + 1;
    if (!m) continue;
    const name = m[1]!.toLowerCase();
    if (BREAKING.has(name)) out.push('\n');
    if (html[lt + 1] !== '/' && RAW_TEXT.includes(name)) {
      const close = lower.indexOf(`</${name}`, i);
      i = close < 0 ? html.length : close;
    }
  }
  return out
    .join('')
    .replace(ENTITY, (whole, dec?: string, hex?: string, named?: string) => {
      if (named) return NAMED[named] ?? whole;
      const code = dec ? Number(dec) : Number.parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    })
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The page's text without structure, when the HTML cannot be read as a document; says why. */
function asPlainText(page: string, warning: IngestWarning): ExtractedArticle & { generatedMarkup: true } {
  return { text: plainText(page), generatedMarkup: true, links: [], removed: [], warnings: [warning] };
}

/**
 * An HTML page to its article: metadata from meta tags and JSON-LD, page furniture (navigation, ads,
 * comments, share and newsletter widgets, cookie banners) removed with reasons, then the main content as
 * chosen by Readability; text Readability left out is recorded as `not-main-content`.
 */
export function extractHtml(html: string): ExtractedArticle & { generatedMarkup: true } {
  // A "<" that cannot open markup (not before a letter, "!", "/" or "?") is text, but the parser ends
  // its text there and the DOM makes one text node per such "<": 640 000 of them in a run of "<"s, and
  // the collector's cost grew faster than the input (×5.7 for 4× from 320 kB; RELIABILITY.md,
  // "Session 12"). Each is read as a stand-in character the page does not hold, one for one (offsets
  // kept), and given back as "<" in everything extracted.
  if (!STRAY_LT_TEST.test(html)) return extractPage(html);
  const standIn = STAND_INS.find((c) => !html.includes(c));
  if (standIn === undefined) return extractPage(html);
  return restored(extractPage(html.replace(STRAY_LT, standIn)), standIn);
}

const STRAY_LT = /<(?![A-Za-z!/?])/g;
const STRAY_LT_TEST = /<(?![A-Za-z!/?])/;
/** Unicode's noncharacters U+FDD0–U+FDEF: never meant to be interchanged, so a page rarely holds one. */
const STAND_INS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(0xfdd0 + i));

/** `value` with every `standIn` in its strings given back as "<" (arrays and plain objects walked, others kept). */
function restored<T>(value: T, standIn: string): T {
  if (typeof value === 'string')
    return (value.includes(standIn) ? value.split(standIn).join('<') : value) as T;
  if (Array.isArray(value)) return value.map((item) => restored(item, standIn)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = restored(item, standIn);
    return out as T;
  }
  return value;
}

function extractPage(html: string): ExtractedArticle & { generatedMarkup: true } {
  const { parseHTML, Readability } = load();
  // A fragment (`<p>…</p>`, a CMS body) needs a document around it for the parser and Readability.
  const page = /<html[\s>]|<body[\s>]/i.test(html.slice(0, 4096))
    ? html
    : `<!doctype html><html><body>${html}</body></html>`;
  const depth = nestingDepth(page);
  if (depth > MAX_PARSE_DEPTH) {
    return asPlainText(page, {
      code: 'W_HTML_TOO_DEEP',
      message: `The page nests ${depth} elements deep (over ${MAX_PARSE_DEPTH}); read as plain text without metadata, furniture removal or main-content choice.`,
    });
  }
  let document: AnyDocument;
  try {
    ({ document } = parseHTML(page));
  } catch (error) {
    return asPlainText(page, {
      code: 'W_HTML_FALLBACK',
      message: `The HTML parser failed on this page (${String(error).slice(0, 100)}); read as plain text.`,
    });
  }
  const ld = jsonLd(document);
  const removed: RemovedContent[] = [];

  const pageTitle = collapse(document.querySelector('title')?.textContent) || undefined;
  const heading = collapse(document.querySelector('h1')?.textContent) || undefined;
  const title =
    meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    (typeof ld?.headline === 'string' ? ld.headline : undefined) ??
    // "<title>Headline | Site</title>" with the headline in <h1>: the h1 is the title without the site.
    (pageTitle && heading && pageTitle.startsWith(heading) ? heading : (pageTitle ?? heading));
  const published = readPublished(
    meta(document, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="publish-date"]',
      'meta[name="dc.date"]',
      'meta[name="DC.date.issued"]',
      'article time[datetime]',
      'main time[datetime]',
    ]) ?? (typeof ld?.datePublished === 'string' ? ld.datePublished : undefined),
  );
  const byline = meta(document, ['meta[name="author"]', 'meta[property="article:author"]', '[rel="author"]']);
  const outlet = meta(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const lang = document.documentElement.getAttribute('lang') ?? undefined;

  // Code and styles go first, so that no furniture record carries their text.
  for (const el of Array.from(document.querySelectorAll('script, style, noscript, template'))) el.remove();
  // Then page furniture, outermost first, each piece accounted for.
  const treeDepth = document.body ? removeFurniture(document.body, removed) : 0;
  const warnings: IngestWarning[] = [];

  const beforeLines = toLines(document.body ?? document.documentElement, []);
  const links: Link[] = [];
  let lines: string[];
  let article: ReturnType<InstanceType<NonNullable<typeof libraries>['Readability']>['parse']> = null;
  // A body of text alone leaves Readability nothing to choose, and its innerHTML round trips cost
  // seconds on long runs of `<` or `&` (80,000 `<`: 1.1 s; scripts/pathological.ts): the body is the article.
  const textOnly =
    document.querySelector(
      ':not(html):not(head):not(body):not(title):not(meta):not(link):not(style):not(script)',
    ) === null;
  if (textOnly) article = null;
  else if (treeDepth <= MAX_READABILITY_DEPTH) {
    try {
      article = new Readability(document, { serializer: (node) => node, charThreshold: 200 }).parse();
    } catch (error) {
      // Readability (through linkedom's innerHTML) overflows the stack on some degenerate pages, e.g.
      // 2 × 10^5 '<' in a row: keep the whole body, as for deep pages.
      warnings.push({
        code: 'W_HTML_FALLBACK',
        message: `Main-content detection failed on this page (${String(error).slice(0, 100)}); kept the whole body.`,
      });
      article = null;
    }
  } else
    warnings.push({
      code: 'W_HTML_TOO_DEEP',
      message: `The page nests ${treeDepth} elements deep (over ${MAX_READABILITY_DEPTH}); kept the whole body instead of choosing the main content.`,
    });
  if (article?.content) {
    lines = toLines(article.content, links);
    const kept = new Set(lines.map((l) => l.replace(/^(?:#{1,6}|-|>)\s+/, '')));
    for (const line of beforeLines) {
      const bare = line.replace(/^(?:#{1,6}|-|>)\s+/, '');
      if (/^\|/.test(line) || kept.has(bare) || bare === title) continue;
      removed.push({ reason: 'not-main-content', text: bare });
    }
  } else {
    lines = toLines(document.body ?? document.documentElement, links);
  }
  if (title && lines[0]?.replace(/^#{1,6}\s+/, '') !== title) lines.unshift(`# ${title}`);
  const result: ExtractedArticle & { generatedMarkup: true } = {
    text: lines.join('\n'),
    generatedMarkup: true,
  };
  if (title) result.title = title;
  if (published) Object.assign(result, published);
  const by = byline ?? article?.byline ?? undefined;
  if (by) result.byline = collapse(by);
  const site = outlet ?? article?.siteName ?? undefined;
  if (site) result.outlet = site;
  const tag = lang ? canonicalLanguageTag(lang) : undefined;
  if (tag) result.langHint = tag;
  result.links = links;
  result.removed = removed;
  if (warnings.length > 0) result.warnings = warnings;
  return result;
}
