import { createRequire } from 'node:module';
import type { ExtractedArticle } from './json';
import type { Link, RemovalReason, RemovedContent } from './types';

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
  if (!libraries) {
    const require = createRequire(import.meta.url);
    libraries = {
      parseHTML: (require('linkedom') as { parseHTML: (html: string) => { document: AnyDocument } })
        .parseHTML,
      Readability: (
        require('@mozilla/readability') as { Readability: NonNullable<typeof libraries>['Readability'] }
      ).Readability,
    };
  }
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

function furnitureReason(element: AnyElement): RemovalReason | undefined {
  const tag = element.nodeName.toLowerCase();
  if (tag === 'nav') return 'navigation';
  if (tag === 'aside' && /advert|anzeige|pubblicit|广告|広告/i.test(element.textContent ?? ''))
    return 'advertisement';
  if ((tag === 'header' || tag === 'footer') && !element.closest('article')) return 'navigation';
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

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
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

/** The main content's DOM to the line format of the text pipeline (Markdown-like headings, lists, tables). */
function toLines(root: AnyNode, links: Link[]): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/[ \t]+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const inline = (node: AnyNode): string => {
    if (node.nodeType === 3) return node.textContent ?? '';
    if (node.nodeType !== 1) return '';
    const tag = node.nodeName.toLowerCase();
    if (tag === 'br') return ' ';
    const text = Array.from(node.childNodes).map(inline).join('');
    if (tag === 'a') {
      const href = node.getAttribute?.('href');
      if (href && /^https?:\/\//i.test(href)) links.push({ url: href, text: collapse(text), kind: 'html' });
    }
    return text;
  };
  const walk = (node: AnyNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') return;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      flush();
      const text = collapse(inline(node));
      if (text) lines.push(`${'#'.repeat(Number(heading[1]))} ${text}`);
      return;
    }
    if (tag === 'li') {
      flush();
      const text = collapse(inline(node));
      if (text) lines.push(`- ${text}`);
      return;
    }
    if (tag === 'blockquote') {
      flush();
      const text = collapse(inline(node));
      if (text) lines.push(`> ${text}`);
      return;
    }
    if (tag === 'table') {
      flush();
      const rows = Array.from((node as AnyElement).querySelectorAll('tr')).map((tr) =>
        Array.from(tr.childNodes)
          .filter((c) => c.nodeType === 1 && /^t[hd]$/i.test(c.nodeName))
          .map((c) => collapse(inline(c)).replace(/\|/g, '\\|')),
      );
      rows.forEach((cells, i) => {
        lines.push(`| ${cells.join(' | ')} |`);
        if (i === 0) lines.push(`|${cells.map(() => '---').join('|')}|`);
      });
      return;
    }
    if (tag === 'p' || tag === 'pre') {
      flush();
      current = inline(node);
      flush();
      return;
    }
    if (tag === 'br') {
      flush();
      return;
    }
    if (tag === 'a') {
      current += inline(node);
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}

/**
 * An HTML page to its article: metadata from meta tags and JSON-LD, page furniture (navigation, ads,
 * comments, share and newsletter widgets, cookie banners) removed with reasons, then the main content as
 * chosen by Readability; text Readability left out is recorded as `not-main-content`.
 */
export function extractHtml(html: string): ExtractedArticle & { generatedMarkup: true } {
  const { parseHTML, Readability } = load();
  // A fragment (`<p>…</p>`, a CMS body) needs a document around it for the parser and Readability.
  const page = /<html[\s>]|<body[\s>]/i.test(html.slice(0, 4096))
    ? html
    : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const ld = jsonLd(document);
  const removed: RemovedContent[] = [];

  const pageTitle = collapse(document.querySelector('title')?.textContent) || undefined;
  const heading = collapse(document.querySelector('h1')?.textContent) || undefined;
  const title =
    meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    (typeof ld?.headline === 'string' ? ld.headline : undefined) ??
    // "<title>Headline | Site</title>" with the headline in <h1>: the h1 is the title without the site.
    (pageTitle && heading && pageTitle.startsWith(heading) ? heading : (pageTitle ?? heading));
  const published = isoDate(
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

  // Remove page furniture first, outermost first, and account for each piece.
  for (const element of Array.from(document.querySelectorAll('body *'))) {
    if (!element.parentNode) continue;
    // Skip elements inside furniture already removed (their ancestors no longer reach the document).
    let attached = false;
    for (let p: AnyNode | null = element.parentNode; p; p = p.parentNode)
      if (p.nodeName === '#document') attached = true;
    if (!attached) continue;
    const reason = furnitureReason(element);
    if (!reason) continue;
    const text = toLines(element, [])
      .map((l) => l.replace(/^(?:#{1,6}|-|>)\s+/, ''))
      .join('\n');
    if (text) removed.push({ reason, text });
    element.remove();
  }
  for (const el of Array.from(document.querySelectorAll('script, style, noscript, template'))) el.remove();

  const beforeLines = toLines(document.body ?? document.documentElement, []);
  const links: Link[] = [];
  let lines: string[];
  const article = new Readability(document, { serializer: (node) => node, charThreshold: 200 }).parse();
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
  if (published) result.published = published;
  const by = byline ?? article?.byline ?? undefined;
  if (by) result.byline = collapse(by);
  const site = outlet ?? article?.siteName ?? undefined;
  if (site) result.outlet = site;
  if (lang && /^[a-zA-Z]{2,8}(?:-[a-zA-Z0-9]{1,8})*$/.test(lang)) result.langHint = lang;
  result.links = links;
  result.removed = removed;
  return result;
}
