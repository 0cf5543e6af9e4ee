import type { Comparison, Evidence, FactGroup } from '../types';
import { publishedView } from './published';
import { storyOf, storyTitle, subjectName } from './subject';

const KIND_LABEL: Record<string, string> = {
  contradiction: 'contradiction',
  differsBySource: 'differs by source',
  evolving: 'evolving',
  differs: 'differs',
  internal: 'internal',
  spellingVariant: 'spelling variant',
  differentPrecision: 'different precision',
};

/** A short quote of the evidence: the whole sentence, or a window around the value it states. */
function quote(evidence: Evidence, max = 180): string {
  const flat = (t: string) => t.replace(/\s+/g, ' ');
  const text = evidence.sentence;
  let short = flat(text).trim();
  if (short.length > max) {
    const at = evidence.mentions?.[0] ? Math.max(0, evidence.mentions[0].start - evidence.span.start) : 0;
    const start = Math.max(0, Math.min(at - Math.floor(max / 3), text.length - max));
    const window = flat(text.slice(start, start + max)).trim();
    short = `${start > 0 ? '…' : ''}${window}${start + max < text.length ? '…' : ''}`;
  }
  return short.replace(/([\\`*[\]|<>])/g, '\\$1');
}

/** Escapes Markdown syntax; intraword underscores (file names) are left as they are, as CommonMark allows. */
function md(text: string): string {
  return text.replace(/([\\`*[\]|<>])/g, '\\$1');
}

function renderGroup(comparison: Comparison, group: FactGroup, lines: string[], level = '###'): void {
  const kind = group.kind ? ` (${KIND_LABEL[group.kind] ?? group.kind})` : '';
  const about = subjectName(storyOf(comparison, group), group.subject);
  // A claim no concept takes is named by its head word ("stated “bulldozer”").
  const head = group.head ? ` “${md(group.head)}”` : '';
  lines.push(`${level} ${md(group.predicate)}${head}: ${md(about)}${kind}`, '');
  for (const value of group.values) {
    lines.push(`- **${md(value.display)}**: ${value.sources.map(md).join(', ')}`);
    const seen = new Set<string>();
    for (const evidence of value.evidence) {
      if (seen.has(evidence.source)) continue;
      seen.add(evidence.source);
      lines.push(`  - ${md(evidence.source)}: “${quote(evidence)}”`);
    }
  }
  lines.push('');
}

/**
 * A Markdown report: conflicts first (each value with its sources and a short evidence quote), then
 * agreements, what only one document says, the timeline, entities and similarity.
 */
/** Conflicts and agreements story by story, when the input holds several: each is compared alone. */
function renderStories(comparison: Comparison, lines: string[]): void {
  const stories = comparison.stories ?? [];
  stories.forEach((story, i) => {
    lines.push(`## ${md(storyTitle(story, i))}`, '', story.documents.map(md).join(', '), '');
    if (story.referenceDate)
      lines.push(`Reference date for dates without a year: ${story.referenceDate}`, '');
    for (const [title, groups] of [
      ['Conflicts', comparison.conflicts],
      ['Agreements', comparison.agreements],
    ] as const) {
      const mine = groups.filter((g) => g.story === i);
      lines.push(`### ${title}`, '');
      if (mine.length === 0) lines.push('None found.', '');
      for (const group of mine) renderGroup(comparison, group, lines, '####');
    }
  });
}

export function renderMarkdown(comparison: Comparison): string {
  const lines: string[] = [];
  const docs = comparison.documents;
  lines.push(`# Comparison of ${docs.length} document${docs.length === 1 ? '' : 's'}`, '');
  // The published column only when a document states when: most plain-text articles do not.
  const dated = docs.some((d) => publishedView(d.published, d.publishedAsWritten));
  lines.push(
    `| document | lang | title |${dated ? ' published |' : ''} sentences | tokens | mentions |`,
    `|---|---|---|${dated ? '---|' : ''}---|---|---|`,
  );
  for (const d of docs) {
    const published = dated ? ` ${md(publishedView(d.published, d.publishedAsWritten)?.text ?? '')} |` : '';
    lines.push(
      `| ${md(d.name)} | ${d.lang} | ${md(d.title ?? '')} |${published} ${d.sentences} | ${d.tokens} | ${d.mentions} |`,
    );
  }
  lines.push('');
  if (comparison.mainEntity) lines.push(`Main entity: **${md(comparison.mainEntity.canonical)}**`, '');
  if (comparison.referenceDate)
    lines.push(`Reference date for dates without a year: ${comparison.referenceDate}`, '');

  if ((comparison.stories?.length ?? 0) > 1) renderStories(comparison, lines);
  else {
    lines.push('## Conflicts', '');
    if (comparison.conflicts.length === 0) lines.push('None found.', '');
    for (const group of comparison.conflicts) renderGroup(comparison, group, lines);

    lines.push('## Agreements', '');
    if (comparison.agreements.length === 0) lines.push('None found.', '');
    for (const group of comparison.agreements) renderGroup(comparison, group, lines);
  }

  lines.push('## Only in one document', '');
  const canonical = new Map(comparison.entities.map((e) => [e.key, e.canonical]));
  for (const d of docs) {
    const only = comparison.unique[d.name];
    if (!only) continue;
    lines.push(`### ${md(d.name)}`, '');
    if (only.entities.length > 0) {
      lines.push(`- entities: ${only.entities.map((k) => md(canonical.get(k) ?? k)).join(', ')}`);
    }
    for (const fact of only.facts) {
      lines.push(
        `- ${md(subjectName(comparison, fact.subject))} · ${md(fact.predicate)} · ${md(fact.display)}`,
      );
    }
    if (only.entities.length === 0 && only.facts.length === 0) lines.push('- nothing');
    lines.push('');
  }

  lines.push('## Timeline', '');
  if (comparison.timeline.length === 0) lines.push('No dated facts.', '');
  for (const entry of comparison.timeline) {
    const facts = entry.facts.map(
      (f) => `${md(subjectName(comparison, f.subject))} ${md(f.predicate)} (${md(f.source)})`,
    );
    lines.push(`- ${entry.date}: ${facts.join('; ')}`);
  }
  lines.push('');

  lines.push('## Entities in more than one document', '');
  lines.push(`| entity | type | ${docs.map((d) => md(d.name)).join(' | ')} |`);
  lines.push(`|---|---|${docs.map(() => '---|').join('')}`);
  const shared = comparison.entities
    .filter((e) => e.documents.length > 1)
    .sort((a, b) => b.documents.length - a.documents.length || b.mentions.length - a.mentions.length);
  for (const e of shared) {
    const row = comparison.coverage[e.key] ?? {};
    lines.push(`| ${md(e.canonical)} | ${e.type} | ${docs.map((d) => row[d.name] ?? 0).join(' | ')} |`);
  }
  lines.push('');

  lines.push('## Similarity', '');
  const names = comparison.similarity.documents;
  lines.push(`| | ${names.map(md).join(' | ')} |`, `|---|${names.map(() => '---|').join('')}`);
  comparison.similarity.matrix.forEach((row, i) => {
    lines.push(`| ${md(names[i] ?? '')} | ${row.map((x) => x.toFixed(2)).join(' | ')} |`);
  });
  lines.push('');
  return lines.join('\n');
}
