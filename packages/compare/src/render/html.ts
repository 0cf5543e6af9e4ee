import { sha256 as sha256Bytes } from '@corpus/core';
import type {
  AnalyzedDocument,
  Comparison,
  Evidence,
  Fact,
  FactGroup,
  FactValueGroup,
  Span,
  TextsComparison,
} from '../types';
import { publishedView } from './published';
import { storyOf, storyTitle, subjectName } from './subject';

/** The text of one source, so the report can show it with mentions and evidence highlighted. */
export interface HtmlSourceText {
  /** Document name, as in `Comparison.documents[].name` and `Evidence.source`. */
  name: string;
  /** `Document.text`: the text every span points into. */
  text: string;
  /** BCP 47 tag; defaults to the compared document's `lang`. */
  lang?: string;
  /** Mentions to highlight by type (e.g. the output of `analyze`). */
  mentions?: ReadonlyArray<{ type: string; span: Span }>;
  /** Boilerplate ingest kept out of `text`, shown apart with its reason. */
  removed?: ReadonlyArray<{ reason: string; text: string }>;
}

export interface RenderHtmlOptions {
  /** Page title and heading. Default: `Comparison of N sources`. */
  title?: string;
  /**
   * The source texts. Without them the report still shows every section, but evidence is quoted
   * only in the fact cards and there is no per-source text to jump to. `AnalyzedDocument`s (the
   * output of `analyze`) are accepted as they are. Default: the `analyzed` documents a
   * `compareTexts` result carries.
   */
  documents?: ReadonlyArray<HtmlSourceText | AnalyzedDocument>;
  /**
   * How many items of a list are in the page's DOM from the start; the rest wait in `<template>`
   * elements behind a "Show more" button, so a 200-source report stays light. Default 25.
   */
  listLimit?: number;
  /**
   * Up to this many sources, their texts sit in the page (collapsed, readable without script);
   * beyond it they are created when opened. Default 12.
   */
  inlineTextLimit?: number;
}

const KIND_LABEL: Record<string, [string, string]> = {
  contradiction: ['Contradiction', 'The sources state values that cannot both be true.'],
  spellingVariant: ['Spelling variant', 'The same referent is written differently.'],
  differentPrecision: ['Different precision', 'Compatible values stated with different precision.'],
  differsBySource: ['Differs by source', 'Values attributed to different bodies.'],
  differs: ['Differs', 'The sources give different values.'],
  evolving: ['Evolving', 'A value that changed as the story developed.'],
  internal: ['Internal', 'One source contradicts itself.'],
};
/** Order of conflict cards: what cannot both be true first; differences of form (precision) last. */
const KIND_RANK = ['contradiction', 'internal', 'differs', 'differsBySource', 'evolving', 'spellingVariant'];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and double-quoted attributes alike. */
function esc(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function slug(value: unknown): string {
  return String(value ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40);
}

/** Only a well-formed BCP 47 tag may become a `lang` attribute. */
function langAttr(lang: unknown): string {
  return typeof lang === 'string' && /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8}){0,6}$/.test(lang) && lang !== 'und'
    ? ` lang="${lang}"`
    : '';
}

function int(value: unknown): number | undefined {
  const n = Number(value);
  return Number.isFinite(n) ? Math.trunc(n) : undefined;
}

function fmtInt(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 0 });
}

function isAnalyzed(d: HtmlSourceText | AnalyzedDocument): d is AnalyzedDocument {
  return typeof (d as AnalyzedDocument).document === 'object' && (d as AnalyzedDocument).document !== null;
}

interface SourceView {
  index: number;
  name: string;
  lang: string;
  text?: string;
  mentions: { type: string; start: number; end: number }[];
  removed: { reason: string; text: string }[];
  /** Disjoint evidence spans in this source, and the id each requested span maps to. */
  evidence: { start: number; end: number; id: string }[];
  targets: Map<string, string>;
}

class Page {
  private seq = 0;
  readonly sources: SourceView[];
  private readonly byName = new Map<string, SourceView>();

  constructor(
    readonly comparison: Comparison,
    readonly limit: number,
    texts: ReadonlyArray<HtmlSourceText | AnalyzedDocument>,
  ) {
    const docs = Array.isArray(comparison.documents) ? comparison.documents : [];
    this.sources = docs.map((d, index) => ({
      index,
      name: String(d.name),
      lang: String(d.lang ?? ''),
      mentions: [],
      removed: [],
      evidence: [],
      targets: new Map(),
    }));
    for (const s of this.sources) if (!this.byName.has(s.name)) this.byName.set(s.name, s);
    docs.forEach((d, i) => {
      if (d.id !== undefined && !this.byName.has(String(d.id)))
        this.byName.set(String(d.id), this.sources[i]!);
    });
    for (const t of texts) this.attachText(t);
    this.collectEvidence();
  }

  nextId(prefix: string): string {
    this.seq += 1;
    return `${prefix}-${this.seq}`;
  }

  source(name: unknown): SourceView | undefined {
    return this.byName.get(String(name));
  }

  private attachText(t: HtmlSourceText | AnalyzedDocument): void {
    const view = isAnalyzed(t)
      ? (this.source(t.document.source?.name) ?? this.source(t.document.id))
      : this.source(t.name);
    if (!view) return;
    const text = isAnalyzed(t) ? t.document.text : t.text;
    if (typeof text !== 'string') return;
    view.text = text;
    if (isAnalyzed(t) && t.document.lang) view.lang ||= t.document.lang;
    if (!isAnalyzed(t) && t.lang) view.lang ||= t.lang;
    const mentions = (isAnalyzed(t) ? t.mentions : t.mentions) ?? [];
    const spans: SourceView['mentions'] = [];
    for (const m of mentions) {
      const start = int(m?.span?.start);
      const end = int(m?.span?.end);
      if (start === undefined || end === undefined || start < 0 || end > text.length || start >= end)
        continue;
      spans.push({ type: String(m.type), start, end });
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    let last = 0;
    for (const m of spans) {
      if (m.start < last) continue;
      view.mentions.push(m);
      last = m.end;
    }
    const removed: ReadonlyArray<{ reason: string; text: string }> =
      (isAnalyzed(t) ? t.document.removed : t.removed) ?? [];
    view.removed = removed.map((r) => ({ reason: String(r?.reason ?? ''), text: String(r?.text ?? '') }));
  }

  /** Every evidence span any section links to becomes one target in its source's text. */
  private collectEvidence(): void {
    const c = this.comparison;
    const all: Evidence[] = [];
    const fromFacts = (facts: Fact[] | undefined) => {
      for (const f of facts ?? []) if (f?.evidence) all.push(f.evidence);
    };
    const fromGroups = (groups: FactGroup[] | undefined) => {
      for (const g of groups ?? []) for (const v of g?.values ?? []) all.push(...(v?.evidence ?? []));
    };
    fromGroups(c.conflicts);
    fromGroups(c.agreements);
    fromFacts(c.facts);
    for (const t of c.timeline ?? []) fromFacts(t?.facts);
    for (const u of Object.values(c.unique ?? {})) fromFacts(u?.facts);
    const wanted = new Map<SourceView, { start: number; end: number }[]>();
    for (const e of all) {
      const view = this.source(e?.source);
      if (!view?.text) continue;
      const start = int(e.span?.start);
      const end = int(e.span?.end);
      if (start === undefined || end === undefined || start < 0 || start >= end || start >= view.text.length)
        continue;
      const list = wanted.get(view) ?? [];
      list.push({ start, end: Math.min(end, view.text.length) });
      wanted.set(view, list);
    }
    for (const [view, spans] of wanted) {
      spans.sort((a, b) => a.start - b.start || b.end - a.end);
      for (const s of spans) {
        const key = `${s.start}-${s.end}`;
        if (view.targets.has(key)) continue;
        const prev = view.evidence[view.evidence.length - 1];
        if (prev && s.start < prev.end) {
          view.targets.set(key, prev.id);
          continue;
        }
        const id = `ev-${view.index}-${s.start}-${s.end}`;
        view.evidence.push({ start: s.start, end: s.end, id });
        view.targets.set(key, id);
      }
    }
  }

  target(e: Evidence | undefined): string | undefined {
    const view = this.source(e?.source);
    if (!view || !e) return undefined;
    return view.targets.get(
      `${int(e.span?.start)}-${Math.min(int(e.span?.end) ?? 0, view.text?.length ?? 0)}`,
    );
  }

  /** The first `limit` items stay in the DOM; the rest wait in a template behind a button. */
  defer(items: string[], what: string, limit = this.limit): { inner: string; button: string } {
    if (items.length <= limit) return { inner: items.join(''), button: '' };
    const id = this.nextId('more');
    const rest = items.length - limit;
    return {
      inner: `${items.slice(0, limit).join('')}<template id="${id}">${items.slice(limit).join('')}</template>`,
      button: `<button type="button" class="more" data-more="${id}">Show ${fmtInt(rest)} more ${esc(what)}</button>`,
    };
  }
}

function sourceChip(page: Page, name: string): string {
  const view = page.source(name);
  const href = view?.text !== undefined ? ` href="#src-${view.index}"` : '';
  const tag = href ? 'a' : 'span';
  return `<${tag} class="chip"${href}>${esc(name)}</${tag}>`;
}

/** An evidence sentence, with the mentions the fact was built from emphasised. */
function quote(page: Page, e: Evidence): string {
  const view = page.source(e.source);
  const sentence = String(e.sentence ?? '');
  const base = int(e.span?.start) ?? 0;
  const marks = (e.mentions ?? [])
    .map((m) => ({ start: (int(m?.start) ?? -1) - base, end: (int(m?.end) ?? -1) - base }))
    .filter((m) => m.start >= 0 && m.end <= sentence.length && m.start < m.end)
    .sort((a, b) => a.start - b.start);
  let body = '';
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    body += `${esc(sentence.slice(at, m.start))}<strong>${esc(sentence.slice(m.start, m.end))}</strong>`;
    at = m.end;
  }
  body += esc(sentence.slice(at));
  const target = page.target(e);
  const jump = target
    ? `<a class="jump" href="#${target}">Show in text<span class="visually-hidden"> of ${esc(e.source)}</span></a>`
    : '';
  return `<li class="evidence"><blockquote${langAttr(view?.lang)} dir="auto">${body}</blockquote><p class="cite">${sourceChip(page, String(e.source))} ${jump}</p></li>`;
}

function valueBlock(page: Page, v: FactValueGroup): string {
  const targets = [...new Set((v.evidence ?? []).map((e) => page.target(e)).filter((t): t is string => !!t))];
  const display = esc(v.display);
  const value = targets.length
    ? `<a class="value jump" href="#${targets[0]}" data-targets="${targets.join(' ')}">${display}</a>`
    : `<span class="value">${display}</span>`;
  const sources = (v.sources ?? []).map((s) => sourceChip(page, String(s)));
  const chips = page.defer(
    sources.map((s) => `<li>${s}</li>`),
    'sources',
    6,
  );
  const evidence = page.defer(
    (v.evidence ?? []).map((e) => quote(page, e)),
    'evidence sentences',
    2,
  );
  return `<li class="fact-value">${value}<ul class="chips" aria-label="Sources">${chips.inner}</ul>${chips.button}<ul class="quotes">${evidence.inner}</ul>${evidence.button}</li>`;
}

/**
 * Why a finding is as sure as it is, in the terms of its confidence (see `FactGroup.confidence`): how
 * many sources state it, whether any names the subject, the least certain reading behind it. Read
 * from the comparison's facts (matched by predicate, subject and evidence span), never guessed.
 */
function derivedReasons(page: Page, g: FactGroup): string[] {
  const at = (e: Evidence | undefined) =>
    `${e?.source}\u0000${int(e?.span?.start)}\u0000${int(e?.span?.end)}`;
  const evidence = new Set((g.values ?? []).flatMap((v) => (v.evidence ?? []).map(at)));
  const facts = (page.comparison.facts ?? []).filter(
    (f) => f?.predicate === g.predicate && f.subject?.key === g.subject?.key && evidence.has(at(f.evidence)),
  );
  const sources = new Set((g.values ?? []).flatMap((v) => v.sources ?? [])).size;
  const values = (g.values ?? []).length;
  const reasons = [
    g.kind
      ? `${sources} source${sources === 1 ? '' : 's'} give${sources === 1 ? 's' : ''} ${values} different value${values === 1 ? '' : 's'}.`
      : `Stated by ${sources} source${sources === 1 ? '' : 's'}.`,
  ];
  if (g.kind === 'spellingVariant')
    reasons.push('The spellings were linked to one entity across the articles.');
  if (facts.length && facts.every((f) => f.implicitSubject))
    reasons.push('No sentence names the subject: the story’s main entity is assumed.');
  const rated = facts.filter((f) => typeof f.confidence === 'number');
  if (rated.length) {
    const least = rated.reduce((a, b) => ((b.confidence ?? 1) < (a.confidence ?? 1) ? b : a));
    reasons.push(`Least certain reading: ${Math.round((least.confidence ?? 0) * 100)}% (${least.source}).`);
  }
  return reasons;
}

/** Confidence (0–1) and its reasons, where the comparison rates the finding. */
function confidenceNote(page: Page, g: FactGroup): string {
  const rated = g as FactGroup & { confidence?: unknown; reasons?: unknown };
  const confidence = Number(rated.confidence);
  if (rated.confidence === undefined || !Number.isFinite(confidence)) return '';
  const given = Array.isArray(rated.reasons) ? rated.reasons.map((r) => String(r)).filter(Boolean) : [];
  const reasons = given.length ? given : derivedReasons(page, g);
  const level = confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low';
  const why = `<ul class="reasons">${reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>`;
  return `<div class="confidence c-${level}"><p>Confidence: <strong>${Math.round(Math.max(0, Math.min(1, confidence)) * 100)}%</strong> (${level})</p>${why}</div>`;
}

/** The filters' keys of a group: its kind, and the indexes and languages of the sources that state it. */
function filterKeys(page: Page, g: FactGroup, conflict: boolean): string {
  const views = (g.values ?? []).flatMap((v) => (v.sources ?? []).map((name) => page.source(name)));
  const indexes = [...new Set(views.filter((v) => v !== undefined).map((v) => v.index))].sort(
    (a, b) => a - b,
  );
  const langs = [...new Set(indexes.map((i) => page.sources[i]!.lang).filter(Boolean))].sort();
  const kind = conflict ? slug(g.kind ?? 'differs') : 'agreement';
  return ` data-kind="${kind}" data-sources="${indexes.join(' ')}" data-langs="${esc(langs.join(' '))}"`;
}

function groupCard(page: Page, g: FactGroup, conflict: boolean): string {
  const kind = conflict ? String(g.kind ?? 'differs') : '';
  const label = KIND_LABEL[kind];
  const badge = conflict
    ? `<span class="badge k-${slug(kind)}" title="${esc(label?.[1] ?? '')}">${esc(label?.[0] ?? kind)}</span>`
    : '';
  const values = page.defer(
    (g.values ?? []).map((v) => valueBlock(page, v)),
    'values',
    5,
  );
  const note = conflict && label ? `<p class="kind-note">${esc(label[1])}</p>` : '';
  return `<li${filterKeys(page, g, conflict)}><article class="group${conflict ? ' conflict' : ' agreement'}" tabindex="-1"><h3>${badge}<span class="subject">${esc(subjectName(storyOf(page.comparison, g), g.subject))}</span> <span class="predicate">${esc(predicateText(g.predicate))}${g.head ? ` “${esc(String(g.head))}”` : ''}</span></h3>${note}${confidenceNote(page, g)}<ul class="values">${values.inner}</ul>${values.button}</article></li>`;
}

function predicateText(predicate: unknown): string {
  return String(predicate ?? '').replace(/[-_]/g, ' ');
}

/** The conflicts in the order the report shows them: what cannot both be true first. */
function rankedConflicts(groups: FactGroup[]): FactGroup[] {
  return groups
    .map((g, i) => ({ g, i, r: KIND_RANK.indexOf(String(g.kind)) }))
    .sort((a, b) => (a.r < 0 ? 99 : a.r) - (b.r < 0 ? 99 : b.r) || a.i - b.i)
    .map((x) => x.g);
}

/** The plain-language verdict at the top: how many disagreements, the largest, how many agreements. */
function verdict(page: Page): string {
  const c = page.comparison;
  const conflicts = rankedConflicts(c.conflicts ?? []);
  const agreements = (c.agreements ?? []).length;
  const plural = (n: number, word: string) => `${fmtInt(n)} ${word}${n === 1 ? '' : 's'}`;
  const sourcesOf = (g: FactGroup) => new Set((g.values ?? []).flatMap((v) => v.sources ?? [])).size;
  const parts: string[] = [];
  if (c.mainEntity?.canonical)
    parts.push(`The story is about <strong>${esc(c.mainEntity.canonical)}</strong>.`);
  if (conflicts.length) {
    // Of the gravest kind present (a contradiction before a spelling variant), the one most sources give.
    const gravest = conflicts.filter((g) => g.kind === conflicts[0]!.kind);
    const largest = gravest.reduce((best, g) => (sourcesOf(g) > sourcesOf(best) ? g : best));
    const values = (largest.values ?? [])
      .map((v) => `${esc(v.display)} (${plural((v.sources ?? []).length, 'source')})`)
      .join(' vs ');
    parts.push(
      `Sources disagree on ${plural(conflicts.length, 'fact')}; the largest: ${esc(subjectName(page.comparison, largest.subject))} ${esc(predicateText(largest.predicate))}: ${values}.`,
    );
  } else parts.push('The sources do not disagree on any fact they share.');
  parts.push(`They agree on ${plural(agreements, 'fact')}.`);
  return `<p class="verdict" id="verdict">${parts.join(' ')}</p>`;
}

/** Filters by kind, source and language for the findings; shown by the script (they need it). */
function filtersBar(page: Page): string {
  const kinds = [...new Set((page.comparison.conflicts ?? []).map((g) => String(g.kind ?? 'differs')))]
    .sort((a, b) => KIND_RANK.indexOf(a) - KIND_RANK.indexOf(b))
    .map((k) => [slug(k), KIND_LABEL[k]?.[0] ?? k] as const);
  if ((page.comparison.agreements ?? []).length) kinds.push(['agreement', 'Agreement']);
  if (!kinds.length) return '';
  const boxes = kinds
    .map(([k, label]) => `<label><input type="checkbox" data-kind="${k}" checked> ${esc(label)}</label>`)
    .join('');
  const sources = page.sources.map((s) => `<option value="${s.index}">${esc(s.name)}</option>`).join('');
  const langs = [...new Set(page.sources.map((s) => s.lang).filter(Boolean))]
    .sort()
    .map((l) => `<option value="${esc(l)}">${esc(l)}</option>`)
    .join('');
  return `<div class="filters" id="filters" role="group" aria-labelledby="filters-title" hidden><h2 id="filters-title" class="visually-hidden">Filter the findings</h2><fieldset><legend>Kind</legend>${boxes}</fieldset><label>Source <select data-filter="source"><option value="">All sources</option>${sources}</select></label><label>Language <select data-filter="lang"><option value="">All languages</option>${langs}</select></label><p class="keys">Keys: <kbd>j</kbd> / <kbd>k</kbd> next / previous finding, <kbd>Enter</kbd> on a value shows its evidence.</p><p id="filter-count" class="count" aria-live="polite"></p></div>`;
}

function section(id: string, title: string, intro: string, body: string): string {
  return `<section id="${id}" aria-labelledby="h-${id}"><h2 id="h-${id}">${title}</h2>${intro ? `<p class="intro">${intro}</p>` : ''}${body}</section>`;
}

/** A published time as the source wrote it, with its zone; the instant in <time datetime>. */
function publishedCell(published: unknown, asWritten: unknown): string {
  const view = publishedView(published, asWritten);
  if (!view) return '';
  return view.datetime === undefined
    ? esc(view.text)
    : `<time datetime="${esc(view.datetime)}">${esc(view.text)}</time>`;
}

function summarySection(page: Page): string {
  const rows = (page.comparison.documents ?? []).map((d, i) => {
    const view = page.sources[i]!;
    const name =
      view.text !== undefined ? `<a href="#src-${i}">${esc(d.name)}</a>` : `<span>${esc(d.name)}</span>`;
    return `<tr><th scope="row">${name}</th><td>${esc(d.lang)}</td><td>${esc(d.outlet ?? '')}</td><td class="title"${langAttr(d.lang)}>${esc(d.title ?? '')}</td><td>${publishedCell(d.published, d.publishedAsWritten)}</td><td class="num">${fmtInt(int(d.characters) ?? 0)}</td><td class="num">${fmtInt(int(d.sentences) ?? 0)}</td><td class="num">${fmtInt(int(d.mentions) ?? 0)}</td></tr>`;
  });
  const list = page.defer(rows, 'sources');
  const table = `<div class="scroll" role="region" aria-label="Sources table" tabindex="0"><table><thead><tr><th scope="col">Source</th><th scope="col">Language</th><th scope="col">Outlet</th><th scope="col">Title</th><th scope="col">Published</th><th scope="col" class="num">Characters</th><th scope="col" class="num">Sentences</th><th scope="col" class="num">Mentions</th></tr></thead><tbody>${list.inner}</tbody></table></div>${list.button}`;
  const warnings = page.defer(
    (page.comparison.warnings ?? []).map(
      (w) =>
        `<li><code>${esc(w?.code)}</code> ${w?.document ? `${sourceChip(page, String(w.document))} ` : ''}${esc(w?.message)}</li>`,
    ),
    'warnings',
    10,
  );
  const notes = warnings.inner
    ? `<h3 id="warnings">Warnings</h3><ul class="warnings">${warnings.inner}</ul>${warnings.button}`
    : '';
  return section('summary', 'Sources', '', table + notes);
}

function groupsSection(
  page: Page,
  id: string,
  title: string,
  groups: FactGroup[],
  conflict: boolean,
): string {
  if (!groups.length) {
    const none = conflict ? 'No disagreements found.' : 'No fact is stated by two or more sources.';
    return section(id, title, '', `<p class="empty">${none}</p>`);
  }
  const sorted = conflict ? rankedConflicts(groups) : groups;
  const listOf = (some: FactGroup[]) => {
    const list = page.defer(
      some.map((g) => groupCard(page, g, conflict)),
      conflict ? 'disagreements' : 'agreements',
      Math.min(page.limit, 15),
    );
    return `<ol class="groups">${list.inner}</ol>${list.button}`;
  };
  const intro = conflict
    ? 'Each value links to the sentence that states it; select a value to see it highlighted in the source text.'
    : 'Facts stated by two or more sources with compatible values.';
  const stories = page.comparison.stories ?? [];
  if (stories.length < 2) return section(id, title, intro, listOf(sorted));
  // Several stories in one input: each story's findings under its own heading.
  const body = stories
    .map((story, i) => {
      const mine = sorted.filter((g) => g.story === i);
      return mine.length ? `<h3 class="story">${esc(storyTitle(story, i))}</h3>${listOf(mine)}` : '';
    })
    .join('');
  return section(id, title, intro, body);
}

/** A matrix as a table when small; as a fixed-size SVG (one path per shade) when large. */
function matrix(
  label: string,
  rows: string[],
  cols: string[],
  cell: (r: number, c: number) => { bucket: number; text: string },
): string {
  if (!rows.length || !cols.length) return '<p class="empty">Nothing to show.</p>';
  if (rows.length * cols.length <= 1200) {
    const head = cols.map((c) => `<th scope="col"><span>${esc(c)}</span></th>`).join('');
    const body = rows
      .map((r, i) => {
        const cells = cols
          .map((_, j) => {
            const v = cell(i, j);
            return `<td class="b${v.bucket}">${esc(v.text)}</td>`;
          })
          .join('');
        return `<tr><th scope="row">${esc(r)}</th>${cells}</tr>`;
      })
      .join('');
    return `<div class="scroll" role="region" aria-label="${esc(label)}" tabindex="0"><table class="matrix"><thead><tr><td></td>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
  }
  const labelled = rows.length <= 60;
  const size = labelled ? 10 : 4;
  const left = labelled ? 180 : 4;
  const paths: string[][] = [[], [], [], [], [], []];
  for (let i = 0; i < rows.length; i++) {
    let j = 0;
    while (j < cols.length) {
      const bucket = cell(i, j).bucket;
      let k = j + 1;
      while (k < cols.length && cell(i, k).bucket === bucket) k++;
      if (bucket > 0)
        paths[bucket]!.push(`M${left + j * size} ${i * size}h${(k - j) * size}v${size}h${-(k - j) * size}z`);
      j = k;
    }
  }
  const width = left + cols.length * size;
  const height = rows.length * size;
  const labels = labelled
    ? rows
        .map(
          (r, i) =>
            `<text x="${left - 4}" y="${i * size + size - 1}" text-anchor="end">${esc(r.slice(0, 30))}</text>`,
        )
        .join('')
    : '';
  const shapes = paths.map((p, b) => (p.length ? `<path class="b${b}" d="${p.join('')}"/>` : '')).join('');
  return `<figure class="svg-matrix"><div class="scroll" role="region" aria-label="${esc(label)}" tabindex="0"><svg role="img" aria-label="${esc(label)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><rect class="b0" x="${left}" y="0" width="${cols.length * size}" height="${height}"/>${shapes}<g class="labels">${labels}</g></svg></div><figcaption>${esc(label)}: ${fmtInt(rows.length)} × ${fmtInt(cols.length)}; columns are the sources in the order of the sources table. Darker is more.</figcaption></figure>`;
}

function coverageSection(page: Page): string {
  const c = page.comparison;
  const names = page.sources.map((s) => s.name);
  const coverage = c.coverage ?? {};
  const ranked = (c.entities ?? [])
    .map((e) => {
      const row = coverage[e.key] ?? {};
      const counts = names.map((n) => int(row[n]) ?? 0);
      return {
        e,
        counts,
        docs: counts.filter((n) => n > 0).length,
        total: counts.reduce((a, b) => a + b, 0),
      };
    })
    .sort(
      (a, b) =>
        b.docs - a.docs || b.total - a.total || String(a.e.canonical).localeCompare(String(b.e.canonical)),
    );
  const shown = ranked.slice(0, 40);
  const bucket = (n: number) => (n <= 0 ? 0 : n === 1 ? 1 : n <= 3 ? 2 : n <= 7 ? 3 : n <= 15 ? 4 : 5);
  const body = matrix(
    'Entity coverage (mentions per source)',
    shown.map((r) => `${r.e.canonical} (${String(r.e.type).toLowerCase()})`),
    names,
    (i, j) => {
      const n = shown[i]!.counts[j]!;
      return { bucket: bucket(n), text: n ? String(n) : '' };
    },
  );
  const note =
    ranked.length > shown.length
      ? `The ${shown.length} entities named by the most sources, of ${fmtInt(ranked.length)}. Numbers are mentions.`
      : 'Numbers are mentions of the entity in each source.';
  return section('coverage', 'Who and what each source names', note, body);
}

function similaritySection(page: Page): string {
  const sim = page.comparison.similarity;
  const names = Array.isArray(sim?.documents) ? sim.documents.map(String) : [];
  const m = Array.isArray(sim?.matrix) ? sim.matrix : [];
  const bucket = (x: number) => (x <= 0.05 ? 0 : x < 0.2 ? 1 : x < 0.35 ? 2 : x < 0.5 ? 3 : x < 0.7 ? 4 : 5);
  const body = matrix('Source similarity', names, names, (i, j) => {
    const x = Number(m[i]?.[j] ?? 0);
    const v = Number.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0;
    return i === j ? { bucket: 0, text: '—' } : { bucket: bucket(v), text: v.toFixed(2) };
  });
  return section('similarity', 'How similar the sources are', '0 = nothing shared, 1 = the same.', body);
}

function factLine(page: Page, f: Fact, withSource: boolean): string {
  const target = page.target(f.evidence);
  const value = target
    ? `<a class="jump" href="#${target}">${esc(f.display)}</a>`
    : `<span class="value">${esc(f.display)}</span>`;
  const src = withSource ? ` ${sourceChip(page, String(f.source))}` : '';
  return `<li><span class="subject">${esc(subjectName(page.comparison, f.subject))}</span> <span class="predicate">${esc(predicateText(f.predicate))}</span> ${value}${src}</li>`;
}

function timelineSection(page: Page): string {
  const timeline = page.comparison.timeline ?? [];
  if (!timeline.length) return section('timeline', 'Timeline', '', '<p class="empty">No dated facts.</p>');
  const items = timeline.map((t) => {
    const facts = page.defer(
      (t.facts ?? []).map((f) => factLine(page, f, true)),
      'facts',
      6,
    );
    const date = String(t.date ?? '');
    const datetime = /^\d{4}(?:-\d{2}){0,2}$/.test(date) ? ` datetime="${date}"` : '';
    // ISO 8601 writes a date without a year as --MM-DD.
    const shown = /^--\d{2}-\d{2}$/.test(date) ? `${date.slice(2)} (year not stated)` : date;
    return `<li><time${datetime}>${esc(shown)}</time><ul>${facts.inner}</ul>${facts.button}</li>`;
  });
  const list = page.defer(items, 'dates');
  return section(
    'timeline',
    'Timeline',
    'Dated facts, earliest first.',
    `<ol class="timeline">${list.inner}</ol>${list.button}`,
  );
}

function uniqueSection(page: Page): string {
  const unique = page.comparison.unique ?? {};
  const canonical = new Map((page.comparison.entities ?? []).map((e) => [e.key, e.canonical]));
  const items = page.sources
    .filter((s) => unique[s.name])
    .map((s) => {
      const u = unique[s.name]!;
      const entities = page.defer(
        (u.entities ?? []).map((k) => `<li>${esc(canonical.get(k) ?? k)}</li>`),
        'entities',
        20,
      );
      const facts = page.defer(
        (u.facts ?? []).map((f) => factLine(page, f, false)),
        'facts',
        6,
      );
      const ents = u.entities?.length
        ? `<h4>Entities</h4><ul class="inline">${entities.inner}</ul>${entities.button}`
        : '';
      const fs = u.facts?.length ? `<h4>Facts</h4><ul>${facts.inner}</ul>${facts.button}` : '';
      return `<li><h3>${sourceChip(page, s.name)}</h3>${ents || fs ? ents + fs : '<p class="empty">Nothing only this source has.</p>'}</li>`;
    });
  if (!items.length) return section('unique', 'Only in one source', '', '<p class="empty">Nothing.</p>');
  const list = page.defer(items, 'sources');
  return section('unique', 'Only in one source', '', `<ul class="unique">${list.inner}</ul>${list.button}`);
}

/** Source text with evidence sentences as jump targets and mentions marked by type. */
function sourceText(view: SourceView): string {
  const text = view.text ?? '';
  const cuts = new Set<number>([0, text.length]);
  for (const e of view.evidence) cuts.add(e.start).add(e.end);
  for (const m of view.mentions) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  let ei = 0;
  let mi = 0;
  let openEv: (typeof view.evidence)[number] | undefined;
  let openM: (typeof view.mentions)[number] | undefined;
  for (let p = 0; p < points.length - 1; p++) {
    const a = points[p]!;
    const b = points[p + 1]!;
    while (ei < view.evidence.length && view.evidence[ei]!.end <= a) ei++;
    while (mi < view.mentions.length && view.mentions[mi]!.end <= a) mi++;
    const ev = view.evidence[ei] && view.evidence[ei]!.start <= a ? view.evidence[ei] : undefined;
    const m = view.mentions[mi] && view.mentions[mi]!.start <= a ? view.mentions[mi] : undefined;
    if (ev !== openEv) {
      if (openM) out += '</mark>';
      if (openEv) out += '</span>';
      openM = undefined;
      if (ev) out += `<span class="ev" id="${ev.id}" tabindex="-1">`;
      openEv = ev;
    }
    if (m !== openM) {
      if (openM) out += '</mark>';
      if (m) out += `<mark class="m t-${slug(m.type)}" title="${esc(m.type)}">`;
      openM = m;
    }
    out += esc(text.slice(a, b));
  }
  if (openM) out += '</mark>';
  if (openEv) out += '</span>';
  return out;
}

const MENTION_TYPES = [
  'PERSON',
  'ORG',
  'PRODUCT',
  'PLACE',
  'ROLE',
  'DATE',
  'DURATION',
  'NUMBER',
  'MONEY',
  'PERCENT',
  'PLATFORM',
  'URL',
  'HANDLE',
];

function sourcesSection(page: Page, inline: boolean): string {
  const withText = page.sources.filter((s) => s.text !== undefined);
  if (!withText.length)
    return section(
      'sources',
      'Source texts',
      '',
      '<p class="empty">The texts were not included in this report (pass <code>documents</code> to <code>renderHtml</code>).</p>',
    );
  const types = new Set(withText.flatMap((s) => s.mentions.map((m) => m.type)));
  const legend = MENTION_TYPES.filter((t) => types.has(t))
    .concat([...types].filter((t) => !MENTION_TYPES.includes(t)).sort())
    .map((t) => `<li><mark class="m t-${slug(t)}">${esc(t.toLowerCase())}</mark></li>`)
    .join('');
  const items = withText.map((s) => {
    const removed = s.removed.length
      ? `<aside class="removed" aria-label="Removed from ${esc(s.name)}"><h3 class="removed-title">Removed before analysis (${s.removed.length})</h3><ul>${s.removed
          .map(
            (r) =>
              `<li><span class="reason">${esc(r.reason)}</span><div class="removed-text">${esc(r.text)}</div></li>`,
          )
          .join('')}</ul></aside>`
      : '';
    const content = `<div class="text"${langAttr(s.lang)} dir="auto">${sourceText(s)}</div>${removed}`;
    const body = inline ? content : `<template class="lazy">${content}</template>`;
    return `<li><details class="source" id="src-${s.index}"><summary><span class="name">${esc(s.name)}</span> <span class="meta">${esc(s.lang)} · ${fmtInt(s.text!.length)} characters · ${s.mentions.length} mentions${s.removed.length ? ` · ${s.removed.length} removed` : ''}</span></summary><div class="body">${body}</div></details></li>`;
  });
  const list = page.defer(items, 'sources');
  return section(
    'sources',
    'Source texts',
    'Each text as analysed, mentions marked by type; what ingest removed is listed apart with its reason.',
    `${legend ? `<ul class="legend" aria-label="Mention types">${legend}</ul>` : ''}<ul class="sources">${list.inner}</ul>${list.button}`,
  );
}

const CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--muted:#59636e;--line:#d0d7de;--card:#f6f8fa;--accent:#0550ae;--hl:#ffe08a;
--font:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,"Hiragino Sans","Hiragino Kaku Gothic ProN","PingFang SC","Microsoft YaHei","Noto Sans CJK JP","Noto Sans CJK SC",sans-serif}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--card:#151b23;--accent:#4493f8;--hl:#6b5300}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 var(--font)}
:lang(ja){font-family:system-ui,"Hiragino Sans","Hiragino Kaku Gothic ProN","Yu Gothic","Meiryo","Noto Sans CJK JP","Noto Sans JP",sans-serif}
:lang(zh){font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC",sans-serif}
:lang(ko){font-family:system-ui,"Apple SD Gothic Neo","Malgun Gothic","Noto Sans CJK KR",sans-serif}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header{padding-top:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0}
h2{font-size:1.3rem;margin:2rem 0 .5rem;padding-top:.5rem;border-top:1px solid var(--line)}
h3{font-size:1.05rem;margin:0 0 .5rem}
h4{font-size:.95rem;margin:.75rem 0 .25rem}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.lede,.intro,.meta,.empty,figcaption,footer{color:var(--muted)}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem;z-index:2}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.75rem 0}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
.num{text-align:right;font-variant-numeric:tabular-nums}
td.title{min-width:14rem}
ol.groups,ul.values,ul.quotes,ul.sources,ul.unique,ol.timeline{list-style:none;padding:0;margin:0}
.group{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.75rem 1rem;margin:.75rem 0}
.conflict{border-left:5px solid #cf222e}.agreement{border-left:5px solid #1a7f37}
.badge{display:inline-block;font-size:.75rem;font-weight:600;border-radius:1rem;padding:.05rem .55rem;margin-right:.5rem;vertical-align:.1em;background:#ffebe9;color:#82071e}
.k-spellingvariant,.k-differentprecision{background:#fff8c5;color:#633c01}.k-differsbysource,.k-evolving{background:#ddf4ff;color:#0a3069}
.predicate{color:var(--muted);font-weight:400}
.kind-note{margin:-.25rem 0 .25rem;font-size:.85rem;color:var(--muted)}
.fact-value{margin:.5rem 0 .75rem}
.value{font-weight:700;font-size:1.05rem}
a.value{padding:.1rem .35rem;border-radius:4px;border:1px solid var(--line);background:var(--bg);text-decoration:none}
a.value:hover{border-color:var(--accent)}
.chips{display:inline-flex;flex-wrap:wrap;gap:.25rem;list-style:none;padding:0;margin:0 0 0 .5rem;vertical-align:middle}
.chip{font-size:.8rem;border:1px solid var(--line);border-radius:1rem;padding:0 .5rem;background:var(--bg);overflow-wrap:anywhere}
blockquote{margin:.35rem 0 0;padding:.1rem .75rem;border-left:3px solid var(--line);overflow-wrap:anywhere}
blockquote strong{background:var(--hl);color:inherit;font-weight:600}
.cite{margin:.15rem 0 0 .75rem;font-size:.85rem}
button.more{margin:.4rem 0;font:inherit;font-size:.85rem;padding:.25rem .75rem;border:1px solid var(--line);border-radius:6px;background:var(--card);color:var(--fg);cursor:pointer}
.matrix th,.matrix td{border:1px solid var(--bg);text-align:center;min-width:2.4rem}
.matrix tbody th{text-align:left;white-space:nowrap;max-width:16rem;overflow:hidden;text-overflow:ellipsis}
.matrix thead th{font-weight:600;font-size:.75rem;max-width:7rem;overflow-wrap:anywhere}
.b0{background:var(--card);fill:var(--card)}.b1{background:#dbe9f9;fill:#dbe9f9}.b2{background:#a9c9ef;fill:#a9c9ef}
.b3{background:#6ea3e0;fill:#6ea3e0}.b4{background:#2f74c8;color:#fff;fill:#2f74c8}.b5{background:#0b3f86;color:#fff;fill:#0b3f86}
.b1,.b2,.b3{color:#0b1f3a}
svg text{font-size:8px;fill:var(--fg)}
.timeline>li{display:grid;grid-template-columns:9rem 1fr;gap:.5rem;padding:.35rem 0;border-bottom:1px solid var(--line)}
.timeline ul{margin:0;padding:0;list-style:none}
.timeline ul li{padding:.05rem 0}
time{font-weight:600;font-variant-numeric:tabular-nums}
ul.inline{display:flex;flex-wrap:wrap;gap:.35rem;list-style:none;padding:0;margin:0}
ul.inline li{border:1px solid var(--line);border-radius:4px;padding:0 .4rem;background:var(--bg)}
.unique>li{margin:.75rem 0;padding:.5rem 1rem;background:var(--card);border-radius:8px}
.legend{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0}
details.source{border:1px solid var(--line);border-radius:8px;margin:.5rem 0}
details.source>summary{cursor:pointer;padding:.5rem 1rem;overflow-wrap:anywhere}
details.source .name{font-weight:600}
details.source .body{padding:0 1rem 1rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.75;max-width:48rem}
mark.m{background:transparent;color:inherit;border-bottom:2px solid var(--c,#8c959f);padding:0 1px}
.t-person{--c:#0969da}.t-org{--c:#8250df}.t-product{--c:#1b7c83}.t-place{--c:#1a7f37}.t-role,.t-name{--c:#9a6700}
.t-date,.t-duration{--c:#bc4c00}.t-number,.t-money,.t-percent{--c:#cf222e}.t-url,.t-handle,.t-email,.t-hashtag,.t-platform{--c:#6e7781}
.legend mark.m{font-size:.85rem}
.ev{border-radius:3px;scroll-margin:30vh}
.ev.hl,.ev:target{background:var(--hl);box-shadow:0 0 0 3px var(--hl)}
.removed{margin-top:1rem;padding:.5rem 1rem;border:1px dashed var(--line);border-radius:8px;font-size:.9rem}
.removed ul{padding-left:1rem}
.removed-title{font-size:.95rem;margin:.25rem 0}
.reason{display:inline-block;font-size:.75rem;font-weight:600;text-transform:uppercase;letter-spacing:.03em;color:var(--muted);margin-right:.5rem}
.removed-text{white-space:pre-wrap;overflow-wrap:anywhere;color:var(--muted);max-height:12rem;overflow:auto}
footer{margin:3rem auto 2rem;font-size:.85rem}
@media (max-width:40rem){body{font-size:15px}header,main,footer{padding:0 .75rem}.timeline>li{grid-template-columns:1fr}.chips{margin:.25rem 0 0;display:flex}th,td{padding:.25rem .35rem}}
@media (prefers-reduced-motion:no-preference){.ev{transition:background-color .3s}}
.verdict{font-size:1.1rem;margin:.5rem 0;max-width:60rem}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center;padding:.5rem .75rem;margin:.5rem 0;border:1px solid var(--line);border-radius:8px;background:var(--card);font-size:.9rem}
.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .75rem}
.filters legend{float:left;font-weight:600;margin-right:.5rem}
.filters select{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:4px}
.filters .keys,.filters .count{margin:0;color:var(--muted)}
kbd{font:inherit;font-size:.85em;border:1px solid var(--line);border-radius:3px;padding:0 .3rem;background:var(--bg)}
.confidence{font-size:.85rem;margin:0 0 .25rem}.confidence p{margin:0}
.reasons{margin:.1rem 0 0;padding-left:1.25rem;color:var(--muted)}
.c-low strong{color:#cf222e}
article.group:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
li[hidden]{display:none}
@media print{:root{--bg:#fff;--fg:#000;--muted:#333;--card:#fff;--line:#999;--hl:#ffe08a}
body{font-size:10.5pt}nav,.filters,.skip,button.more,a.jump:not(.value),#status{display:none!important}
header,main,footer{max-width:none;padding:0}h2{break-after:avoid}.group,.timeline>li,details.source>summary{break-inside:avoid}
a{color:inherit;text-decoration:none}a.value{border:0;padding:0}.scroll{overflow:visible}
.text,.removed-text{max-height:none;overflow:visible}.ev.hl{box-shadow:none}}
`;

const SCRIPT = `(function(){'use strict';
var status=document.getElementById('status');
function expand(t){var b=document.querySelector('button[data-more="'+t.id+'"]');t.replaceWith(t.content);if(b)b.remove();}
function holds(f,id){if(f.getElementById(id))return true;var ts=f.querySelectorAll('template');for(var i=0;i<ts.length;i++){if(holds(ts[i].content,id))return true;}return false;}
function openUp(el){for(var p=el.parentElement;p;p=p.parentElement){if(p.tagName==='DETAILS'&&!p.open){p.open=true;lazy(p);}}}
function lazy(d){var ts=d.querySelectorAll(':scope>.body>template.lazy');for(var i=0;i<ts.length;i++)ts[i].replaceWith(ts[i].content);}
function reveal(id){for(var n=0;n<64;n++){var el=document.getElementById(id);if(el){openUp(el);return el;}
var ts=document.querySelectorAll('template'),hit=null;for(var i=0;i<ts.length&&!hit;i++){if(holds(ts[i].content,id))hit=ts[i];}
if(!hit)return null;if(hit.id)expand(hit);else hit.replaceWith(hit.content);}return null;}
function highlight(ids){var old=document.querySelectorAll('.ev.hl');for(var i=0;i<old.length;i++)old[i].classList.remove('hl');
var first=null;for(var j=0;j<ids.length;j++){var el=reveal(ids[j]);if(el){el.classList.add('hl');if(!first)first=el;}}
if(!first)return;first.scrollIntoView({block:'center'});first.focus({preventScroll:true});
var d=first.closest('details'),name=d&&d.querySelector('summary .name');
status.textContent='Evidence highlighted'+(name?' in '+name.textContent:'')+(ids.length>1?' and '+(ids.length-1)+' more source(s)':'')+'.';}
document.addEventListener('click',function(e){var t=e.target;if(!(t instanceof Element))return;
var more=t.closest('button[data-more]');if(more){var tpl=document.getElementById(more.getAttribute('data-more'));if(tpl)expand(tpl);return;}
var a=t.closest('a[href^="#"]');if(!a)return;var id=a.getAttribute('href').slice(1);
if(a.classList.contains('jump')){e.preventDefault();var list=(a.getAttribute('data-targets')||id).split(' ');highlight(list);
try{history.replaceState(null,'','#'+list[0]);}catch(_){}return;}
if(!/^src-\\d+$/.test(id))return;var el=reveal(id);if(el){e.preventDefault();if(!el.open){el.open=true;lazy(el);}el.scrollIntoView({block:'start'});var s=el.querySelector('summary');if(s)s.focus({preventScroll:true});}});
document.addEventListener('toggle',function(e){var d=e.target;if(d instanceof HTMLDetailsElement&&d.open)lazy(d);},true);
function fromHash(){var h;try{h=decodeURIComponent(location.hash.slice(1));}catch(_){return;}if(/^ev-\\d+-\\d+-\\d+$/.test(h))highlight([h]);else if(/^src-\\d+$/.test(h)){var el=reveal(h);if(el){el.open=true;lazy(el);el.scrollIntoView();}}}
window.addEventListener('hashchange',fromHash);fromHash();
function expandIn(root){for(var t=root.querySelector('template[id]');t;t=root.querySelector('template[id]'))expand(t);}
var filters=document.getElementById('filters');
function applyFilters(){var kinds={},boxes=filters.querySelectorAll('input[data-kind]');
for(var i=0;i<boxes.length;i++)kinds[boxes[i].getAttribute('data-kind')]=boxes[i].checked;
var src=filters.querySelector('select[data-filter="source"]').value,lang=filters.querySelector('select[data-filter="lang"]').value;
var lists=document.querySelectorAll('#conflicts,#agreements');for(var l=0;l<lists.length;l++)expandIn(lists[l]);
var items=document.querySelectorAll('li[data-kind]'),shown=0;
for(var j=0;j<items.length;j++){var it=items[j];
var ok=kinds[it.getAttribute('data-kind')]!==false&&(!src||(' '+it.getAttribute('data-sources')+' ').indexOf(' '+src+' ')>=0)&&(!lang||(' '+it.getAttribute('data-langs')+' ').indexOf(' '+lang+' ')>=0);
it.hidden=!ok;if(ok)shown++;}
document.getElementById('filter-count').textContent='Showing '+shown+' of '+items.length+' findings.';}
if(filters){filters.hidden=false;filters.addEventListener('change',applyFilters);}
function findings(){return Array.prototype.filter.call(document.querySelectorAll('li[data-kind]>article.group'),function(a){return !a.parentElement.hidden;});}
document.addEventListener('keydown',function(e){if(e.altKey||e.ctrlKey||e.metaKey||(e.key!=='j'&&e.key!=='k'))return;
var t=e.target;if(t instanceof Element&&t.closest('input,select,textarea,[contenteditable]'))return;
var all=findings();if(!all.length)return;var at=-1,active=document.activeElement;
for(var i=0;i<all.length;i++){if(all[i]===active||all[i].contains(active)){at=i;break;}}
var next=e.key==='j'?Math.min(all.length-1,at+1):Math.max(0,at<0?0:at-1);e.preventDefault();
all[next].focus({preventScroll:true});all[next].scrollIntoView({block:'nearest'});
var b=all[next].querySelector('.badge'),sj=all[next].querySelector('.subject'),pr=all[next].querySelector('.predicate');
status.textContent='Finding '+(next+1)+' of '+all.length+': '+(b?b.textContent+', ':'')+(sj?sj.textContent:'')+' '+(pr?pr.textContent:'')+'.';});
window.addEventListener('beforeprint',function(){expandIn(document);});
})();`;

/** Base64 SHA-256 for the CSP (no node:crypto: the renderer also runs in a browser). */
function sha256(text: string): string {
  return btoa(String.fromCharCode(...sha256Bytes(text)));
}

/** The analysed documents a `compareTexts` result carries (not enumerable, so lost in JSON). */
function carriedDocuments(comparison: Comparison | TextsComparison): readonly AnalyzedDocument[] {
  const analyzed = (comparison as Partial<TextsComparison>).analyzed;
  return Array.isArray(analyzed) ? analyzed : [];
}

/**
 * Renders a Comparison as one self-contained HTML page: no network access, inline CSS and script
 * allowed only by their hashes in a Content-Security-Policy, every input string escaped, and no
 * link that leaves the page. Disagreements come first; each value links to its evidence sentence
 * in the source text (pass `options.documents` for the texts, unless the Comparison comes from
 * `compareTexts`, which carries them).
 */
export function renderHtml(comparison: Comparison, options: RenderHtmlOptions = {}): string {
  const limit = Math.max(1, int(options.listLimit) ?? 25);
  const page = new Page(comparison, limit, options.documents ?? carriedDocuments(comparison));
  const docs = comparison.documents ?? [];
  const withText = page.sources.filter((s) => s.text !== undefined).length;
  const inline = withText <= Math.max(0, int(options.inlineTextLimit) ?? 12);
  const title = options.title ?? `Comparison of ${docs.length} source${docs.length === 1 ? '' : 's'}`;
  const conflicts = comparison.conflicts ?? [];
  const agreements = comparison.agreements ?? [];
  const langs = [...new Set(docs.map((d) => String(d.lang ?? '')).filter(Boolean))].sort();
  const sections = [
    ['summary', 'Sources', docs.length],
    ['conflicts', 'Disagreements', conflicts.length],
    ['agreements', 'Agreements', agreements.length],
    ['coverage', 'Coverage', (comparison.entities ?? []).length],
    ['similarity', 'Similarity', undefined],
    ['timeline', 'Timeline', (comparison.timeline ?? []).length],
    ['unique', 'Only in one source', undefined],
    ['sources', 'Source texts', withText],
  ] as const;
  const nav = sections
    .map(
      ([id, label, n]) => `<li><a href="#${id}">${label}${n === undefined ? '' : ` (${fmtInt(n)})`}</a></li>`,
    )
    .join('');
  const lede = `${fmtInt(docs.length)} sources in ${langs.length} language${langs.length === 1 ? '' : 's'} (${esc(langs.join(', '))}) · ${fmtInt(conflicts.length)} disagreement${conflicts.length === 1 ? '' : 's'} · ${fmtInt(agreements.length)} agreement${agreements.length === 1 ? '' : 's'} · ${fmtInt((comparison.entities ?? []).length)} entities`;
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256(SCRIPT)}'`,
    `style-src 'sha256-${sha256(CSS)}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="@corpus/compare renderHtml, schema ${esc(comparison.schemaVersion)}">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><h1>${esc(title)}</h1>${verdict(page)}<p class="lede">${lede}</p><nav aria-label="Sections"><ul>${nav}</ul></nav>${filtersBar(page)}</header>
<main id="main">
${summarySection(page)}
${groupsSection(page, 'conflicts', 'Disagreements', conflicts, true)}
${groupsSection(page, 'agreements', 'Agreements', agreements, false)}
${coverageSection(page)}
${similaritySection(page)}
${timelineSection(page)}
${uniqueSection(page)}
${sourcesSection(page, inline)}
</main>
<p id="status" class="visually-hidden" role="status" aria-live="polite"></p>
<footer>Made by @corpus/compare. This page loads nothing from the network.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
