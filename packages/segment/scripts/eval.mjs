#!/usr/bin/env node
// Sentence-boundary and word F1 of @corpus/segment against gold you point it at.
//
//   pnpm --filter @corpus/segment build
//   pnpm --filter @corpus/segment eval -- --gold PATH --lang xx [--block 20] [--par-sep '\n'] [--errors N]
//
// PATH is a CoNLL-U file (`.conllu`: `# text =`, `# newdoc`, `# newpar`, multiword tokens as one
// surface token) or the JSONL form {doc, par, text, tokens} (one sentence per line). The metric is
// the one of the UD evaluation the README reports:
// - sentences: consecutive gold sentences of one document (or blocks of --block sentences when
//   there are no document ids) are joined with a space (nothing for ja, zh); a predicted sentence
//   end, after trimming whitespace, is right when it is a gold end; the document's final end is
//   not scored;
// - words: per gold sentence, a predicted token is right when its span equals a gold token's span.
import { readFileSync } from 'node:fs';
import { defaultSegmenter } from '../dist/index.js';

function args(argv) {
  const o = { block: 20, errors: 0, parSep: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--gold') o.gold = next();
    else if (a === '--lang') o.lang = next();
    else if (a === '--block') o.block = Number(next());
    else if (a === '--errors') o.errors = Number(next());
    else if (a === '--par-sep') o.parSep = next().replace(/\\n/g, '\n');
    else if (a === '--') continue;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!o.gold || !o.lang)
    throw new Error('usage: eval.mjs --gold FILE(.conllu|.jsonl) --lang xx [--block N] [--errors N]');
  return o;
}

function readConllu(text) {
  const rows = [];
  let doc = null;
  let par = false;
  let cur = null;
  let skipUntil = 0;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#')) {
      const m = /^#\s*(newdoc|newpar)(?:\s+id\s*=\s*(.*))?/.exec(line);
      if (m?.[1] === 'newdoc') {
        doc = m[2]?.trim() ?? `doc${rows.length}`;
        par = true;
      } else if (m?.[1] === 'newpar') par = true;
      const t = /^#\s*text\s*=\s?(.*)$/.exec(line);
      if (t) cur = { doc, par, text: (t[1] ?? '').trim(), tokens: [] };
      continue;
    }
    if (line.trim() === '') {
      if (cur) rows.push(cur);
      cur = null;
      par = false;
      skipUntil = 0;
      continue;
    }
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (!cur || id.includes('.')) continue;
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      cur.tokens.push(cols[1]);
      skipUntil = Number(range[2]);
    } else if (Number(id) > skipUntil) cur.tokens.push(cols[1]);
  }
  if (cur) rows.push(cur);
  return rows;
}

const readGold = (path) => {
  const text = readFileSync(path, 'utf8');
  return path.endsWith('.conllu') || /^#/m.test(text.slice(0, 200))
    ? readConllu(text)
    : text
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l));
};

const isWs = (c) => /\s/.test(c);
const f1 = (tp, fp, fn) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return {
    p: +p.toFixed(4),
    r: +r.toFixed(4),
    f1: p + r ? +((2 * p * r) / (p + r)).toFixed(4) : 0,
    tp,
    fp,
    fn,
  };
};

function documents(rows, lang, block, parSep) {
  const sep = ['ja', 'zh', 'th'].includes(lang.split('-')[0]) ? '' : ' ';
  const useDocs = rows.some((r, i) => r.doc && rows[i + 1]?.doc === r.doc);
  const groups = [];
  let run = [];
  for (const r of rows) {
    const split = useDocs
      ? run.length > 0 && (r.doc !== run[0].doc || (!r.doc && run.length >= block))
      : run.length >= block;
    if (split) {
      groups.push(run);
      run = [];
    }
    run.push(r);
  }
  if (run.length) groups.push(run);
  return groups.map((rs) => {
    let text = '';
    const ends = [];
    rs.forEach((r, i) => {
      if (i > 0) text += r.par && parSep !== null ? parSep : sep;
      text += r.text;
      ends.push(text.length);
    });
    return { text, gold: new Set(ends.slice(0, -1)) };
  });
}

function main() {
  const o = args(process.argv.slice(2));
  const rows = readGold(o.gold);
  const examples = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let t0 = performance.now();
  let chars = 0;
  for (const d of documents(rows, o.lang, o.block, o.parSep)) {
    chars += d.text.length;
    let docEnd = d.text.length;
    while (docEnd > 0 && isWs(d.text[docEnd - 1])) docEnd--;
    const pred = new Set();
    for (const s of defaultSegmenter.sentences(d.text, { lang: o.lang })) if (s.end < docEnd) pred.add(s.end);
    for (const e of pred) {
      if (d.gold.has(e)) tp++;
      else {
        fp++;
        if (examples.length < o.errors)
          examples.push(`FP ${JSON.stringify(`${d.text.slice(e - 30, e)}⟦|⟧${d.text.slice(e, e + 30)}`)}`);
      }
    }
    for (const e of d.gold) {
      if (!pred.has(e)) {
        fn++;
        if (examples.length < o.errors)
          examples.push(`FN ${JSON.stringify(`${d.text.slice(e - 30, e)}⟦|⟧${d.text.slice(e, e + 30)}`)}`);
      }
    }
  }
  const sentenceRate = chars / ((performance.now() - t0) / 1000);
  const sentences = f1(tp, fp, fn);
  tp = fp = fn = 0;
  chars = 0;
  t0 = performance.now();
  for (const r of rows) {
    chars += r.text.length;
    const gold = new Set();
    let p = 0;
    for (const t of r.tokens) {
      while (p < r.text.length && isWs(r.text[p])) p++;
      gold.add(`${p}:${p + t.length}`);
      p += t.length;
    }
    const pred = new Set(
      defaultSegmenter.segment(r.text, { lang: o.lang }).tokens.map((t) => `${t.span.start}:${t.span.end}`),
    );
    let ok = 0;
    for (const k of pred) if (gold.has(k)) ok++;
    tp += ok;
    fp += pred.size - ok;
    fn += gold.size - ok;
  }
  const wordRate = chars / ((performance.now() - t0) / 1000);
  const words = f1(tp, fp, fn);
  for (const e of examples) console.log(e);
  console.log(`gold: ${o.gold} (${rows.length} sentences), lang ${o.lang}`);
  console.log(
    `sentence boundaries  P ${sentences.p}  R ${sentences.r}  F1 ${sentences.f1}   (${(sentenceRate / 1e6).toFixed(1)} M chars/s, one pass)`,
  );
  console.log(
    `words                P ${words.p}  R ${words.r}  F1 ${words.f1}   (${(wordRate / 1e6).toFixed(1)} M chars/s, one pass)`,
  );
  console.log(JSON.stringify({ lang: o.lang, gold: o.gold, sentences, words }));
}

main();
