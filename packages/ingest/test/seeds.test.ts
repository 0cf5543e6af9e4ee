import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Document, ingestDirectory, ingestFile } from '../src/index';

const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const files = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const docs: Document[] = [];

beforeAll(async () => {
  for await (const record of ingestDirectory(seeds, { include: (n) => n.endsWith('.txt') })) {
    if ('code' in record) throw new Error(`${record.name}: ${record.code}`);
    docs.push(record);
  }
});

const byPrefix = (prefix: string) => {
  const doc = docs.find((d) => d.source.name.startsWith(prefix));
  if (!doc) throw new Error(`no seed ${prefix}`);
  return doc;
};
const textOf = (doc: Document, span: { start: number; end: number }) => doc.text.slice(span.start, span.end);

describe('seed corpus (EXPECTED.md, ingest)', () => {
  it('yields the five seeds in name order', () => {
    expect(files).toHaveLength(5);
    expect(docs.map((d) => d.source.name)).toEqual(files);
  });

  it('identifies it, de, ja, en, zh (Simplified)', () => {
    expect(docs.map((d) => d.lang)).toEqual(['it', 'de', 'ja', 'en', 'zh']);
    expect(byPrefix('004').langScript).toBe('Hans');
    for (const d of docs) expect(d.langConfidence).toBeGreaterThan(0.8);
  });

  it('finds the titles of 001 and 003 and invents none for 000 and 002', () => {
    expect(byPrefix('000').title).toBeUndefined();
    expect(byPrefix('002').title).toBeUndefined();
    expect(byPrefix('001').title).toBe('Exodus der Experten: Jerry Tworek kehrt OpenAI den Rücken');
    expect(byPrefix('003').title).toBe('OpenAI loses top AI researcher Jerry Tworek after seven years');
    const de = byPrefix('001');
    expect(de.blocks[0]).toMatchObject({ type: 'title', span: { start: 0, end: 57 } });
    expect(textOf(de, de.blocks[1]!.span)).toMatch(/^Nach fast sieben Jahren .* San Francisco\.$/);
    expect(de.blocks[1]!.type).toBe('standfirst');
  });

  it('finds the four section headings of 001 and removes its ad marker', () => {
    const de = byPrefix('001');
    expect(de.blocks.filter((b) => b.type === 'heading').map((b) => textOf(de, b.span))).toEqual([
      'Abschied eines Gründungsmitglieds',
      'Der Kopf hinter dem logischen Denken',
      'Spannungen zwischen Forschung und Kommerz',
      'Ein Unternehmen im Wandel',
    ]);
    expect(de.removed.map((r) => [r.reason, r.text])).toEqual([['advertisement', 'Anzeige']]);
    expect(de.text).not.toMatch(/^Anzeige$/m);
    const source = readFileSync(`${seeds}${de.source.name}`, 'utf8');
    const ad = de.removed[0]!.sourceSpan!;
    expect(source.slice(ad.start, ad.end)).toBe('Anzeige');
  });

  it('removes the comment widget of 002 and keeps nothing of it in the text', () => {
    const ja = byPrefix('002');
    expect(ja.removed.filter((r) => r.reason !== 'markup').map((r) => [r.reason, r.text])).toEqual([
      ['comment-widget', 'コメント'],
    ]);
    expect(ja.text.endsWith('見守っていきたいと思います。')).toBe(true);
  });

  it('parses the three Markdown tables of 002 into rows and cells', () => {
    const ja = byPrefix('002');
    const tables = ja.blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(3);
    expect(tables.map((t) => t.rows!.length)).toEqual([5, 5, 5]);
    const first = tables[0]!.rows!;
    expect(first[0]!.cells.map((c) => textOf(ja, c.span))).toEqual(['プロジェクト', '役割', '成果']);
    expect(first[1]!.cells.map((c) => textOf(ja, c.span))).toEqual([
      'o3 / o1',
      '推論モデルチーム統括',
      '物理・化学・生物で博士レベル性能達成',
    ]);
    expect(tables[1]!.rows![2]!.cells.map((c) => textOf(ja, c.span))).toEqual([
      'Ilya Sutskever',
      '共同創設者・主任科学者',
      'Safe Superintelligence Inc.創設',
    ]);
    // The separator rows are markup, not rows, and not in the text.
    expect(ja.text).not.toContain('|---|');
    expect(ja.removed.filter((r) => r.reason === 'markup').map((r) => r.text)).toEqual(
      Array(3).fill('|---|---|---|'),
    );
  });

  it('parses the two social posts of 002: author, handle, ISO date, text', () => {
    const ja = byPrefix('002');
    const posts = ja.blocks.filter((b) => b.type === 'social-post');
    expect(posts.map((p) => ({ ...p.post, textSpan: undefined }))).toEqual([
      { author: 'Chubby♨️', handle: '@kimmonismus', date: '2026-01-05', textSpan: undefined },
      { author: 'Jerry Tworek', handle: '@MillionInt', date: '2026-01-05', textSpan: undefined },
    ]);
    expect(posts.map((p) => textOf(ja, p.post!.textSpan!))).toEqual([
      'Big loss for OpenAI! Jerry Tworek is leaving.',
      'This is the note I have shared with my team today:',
    ]);
    // A Japanese article quoting English posts has English blocks.
    expect(posts.map((p) => p.lang)).toEqual(['en', 'en']);
  });

  it('removes the promotional paragraph and the call to comment of 003', () => {
    const en = byPrefix('003');
    expect(en.removed.map((r) => r.reason)).toEqual(['promotion', 'call-to-comment']);
    expect(en.removed[0]!.text).toMatch(/^Gnoppix is the leading open-source AI Linux distribution/);
    expect(en.removed[1]!.text).toMatch(/^What are your thoughts on this\?/);
    expect(en.text).not.toContain('Gnoppix');
    expect(en.text.endsWith('without such key contributors.')).toBe(true);
  });

  it('turns the outlet and editor lines of 004 into metadata and its references into links', () => {
    const zh = byPrefix('004');
    expect(zh.outlet).toBe('新智元');
    expect(zh.byline).toBe('倾倾');
    expect(zh.removed.map((r) => r.reason)).toEqual(['outlet', 'byline', 'link-line', 'reference-list']);
    const references = zh.links.filter((l) => l.kind === 'reference');
    expect(references).toHaveLength(8);
    expect(references[0]!.url).toBe('https://x.com/wintermoat/status/2014093814789439785');
    expect(new Set(references.map((l) => l.url)).size).toBe(7);
    expect(zh.links.find((l) => l.kind === 'link-line')).toEqual({
      url: 'https://www.corememory.com/p/he-left-openai-jerry-tworek',
      text: '正片链接',
      kind: 'link-line',
    });
    expect(zh.text).not.toContain('参考资料');
    expect(zh.text).not.toContain('https://');
    expect(zh.text.startsWith('2026 开年,OpenAI 的「推理之父」Jerry Tworek 离职了。')).toBe(true);
  });

  it('keeps every non-removed line of every seed in the text (nothing dropped silently)', async () => {
    for (const file of files) {
      const doc = await ingestFile(`${seeds}${file}`);
      const source = readFileSync(`${seeds}${file}`, 'utf8').normalize('NFC');
      const removed = doc.removed.flatMap((r) => r.text.split('\n'));
      for (const line of source.split('\n').map((l) => l.trim())) {
        if (line === '' || removed.includes(line)) continue;
        expect(doc.text).toContain(line);
      }
    }
  });
});
