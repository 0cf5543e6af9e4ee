// Generates src/generated/wink/: wink-eng-lite-web-model's core model (its 3 MB JSON) in the form
// src/locales/en/wink-model.ts loads fastest, so that the first English call does not parse it:
//   lexicon.bin, xpansions.bin: the model's two base64 strings of 32-bit words, as bytes;
//   lexemes.txt: the 87 593 words of its vocabulary, in id order, joined by NUL (no word holds one),
//     as Latin-1 bytes: decoded as such, it is a one-byte string in V8, which splits in about half
//     the time of the two-byte string one emoji makes of it (~8 ms less of a cold English call);
//     the 663 words with a character beyond U+00FF are empty there and listed in core.json (`wide`);
//   lexeme-order.bin: their ids sorted by word (UTF-16 order), which a binary search reads instead of
//     building an 87 593-entry index at every start;
//   core.json: the rest of the model (50 KB), with those three fields emptied.
// The model package stays a dependency: its loaders (sentences, tags, entities) are required from it.
// Run by `build`, `typecheck` and `test`; the output is not committed.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'generated', 'wink');
const require = createRequire(import.meta.url);
const pkg = 'wink-eng-lite-web-model';
const stamp = `${pkg}@${JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version}`;

const core = join(out, 'core.json');
if (existsSync(core) && statSync(core).mtimeMs >= statSync(fileURLToPath(import.meta.url)).mtimeMs) {
  if (JSON.parse(readFileSync(core, 'utf8')).from === stamp) process.exit(0);
}

const file = join(dirname(require.resolve(pkg)), 'languages/cur/models/eng-core-web-model.json');
const model = JSON.parse(readFileSync(file, 'utf8'));
const words = model.features.lexeme.list;
if (words.some((w) => w.includes('\0'))) throw new Error(`${stamp}: a word of the vocabulary holds NUL`);
// One id per word, as the index the package builds (a Map, where a later id would win) has.
if (new Set(words).size !== words.length) throw new Error(`${stamp}: a word of the vocabulary has two ids`);
const order = Uint32Array.from(words.keys()).sort((a, b) =>
  words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : 0,
);

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'lexicon.bin'), Buffer.from(model.lexicon, 'base64'));
writeFileSync(join(out, 'xpansions.bin'), Buffer.from(model.xpansions, 'base64'));
const beyondLatin1 = /[^\u0000-\u00ff]/;
const wide = [...words.entries()].filter(([, w]) => beyondLatin1.test(w));
const narrow = words.map((w) => (beyondLatin1.test(w) ? '' : w));
writeFileSync(join(out, 'lexemes.txt'), Buffer.from(narrow.join('\0'), 'latin1'));
writeFileSync(join(out, 'lexeme-order.bin'), Buffer.from(order.buffer));
model.lexicon = '';
model.xpansions = '';
model.features.lexeme.list = [];
// Written last: the staleness check above reads it.
writeFileSync(core, JSON.stringify({ from: stamp, model, wide }));
