import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHRONO_LOCALES } from '../src/core/chrono';

// turbo runs `build` before `test`; run `pnpm build` first when calling vitest directly.
const dist = new URL('../dist/', import.meta.url);

describe('built package', () => {
  it('exists (run `pnpm build` before the tests)', () => {
    expect(existsSync(new URL('index.js', dist))).toBe(true);
    expect(existsSync(new URL('index.cjs', dist))).toBe(true);
  });

  it('imports silently from ESM and CJS and works', () => {
    const script = (loader: string) =>
      `${loader}.then((m) => { const r = m.extractMentions({ text: 'Jerry Tworek left OpenAI in 2019.', lang: 'en' }); if (r.length !== 3) process.exit(2); })`;
    const cwd = fileURLToPath(new URL('..', import.meta.url));
    const esm = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', script("import('./dist/index.js')")],
      { cwd, encoding: 'utf8' },
    );
    const cjs = execFileSync(
      process.execPath,
      ['-e', script("Promise.resolve(require('./dist/index.cjs'))")],
      { cwd, encoding: 'utf8' },
    );
    expect(esm).toBe('');
    expect(cjs).toBe('');
  });

  it('loads wink-nlp (its bundle, dist/wink.cjs) only on the first English call, from ESM and CJS', () => {
    const cwd = fileURLToPath(new URL('..', import.meta.url));
    const probe = `const loaded = () => Object.keys(require.cache).some((k) => /wink/.test(k));
      const a = loaded();
      m.extractMentions({ text: 'Tworek ha lasciato OpenAI.', lang: 'it' });
      const b = loaded();
      const r = m.extractMentions({ text: 'Tworek left OpenAI.', lang: 'en' });
      console.log([a, b, loaded(), r[0].type].join(' '));`;
    const cjs = execFileSync(process.execPath, ['-e', `const m = require('./dist/index.cjs'); ${probe}`], {
      cwd,
      encoding: 'utf8',
    });
    const esm = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); const m = await import('./dist/index.js'); ${probe}`,
      ],
      { cwd, encoding: 'utf8' },
    );
    expect(cjs.trim()).toBe('false false true PERSON');
    expect(esm.trim()).toBe('false false true PERSON');
  });

  it('inlines natural instead of requiring it (its main entry loads dotenv and database clients)', () => {
    for (const file of ['index.js', 'index.cjs']) {
      const code = readFileSync(new URL(file, dist), 'utf8');
      expect(code).not.toMatch(/(?:require\(|from\s*)["'](?:natural|underscore|dotenv)[/"']/);
      expect(code).toContain('JaroWinklerDistance');
    }
  });

  it('bundles chrono-node once, in dist/chrono.cjs, with every locale the entity locales name, each working', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.dependencies).not.toHaveProperty('chrono-node');
    const { CHRONO_BUNDLE } = createRequire(import.meta.url)(fileURLToPath(new URL('chrono.cjs', dist)));
    expect(Object.keys(CHRONO_BUNDLE).sort()).toEqual([...CHRONO_LOCALES].sort());
    const de = CHRONO_BUNDLE.de() as { parseDate(text: string, ref: Date): Date | null };
    expect(de.parseDate('am 6. Januar 2026', new Date(Date.UTC(2026, 0, 8)))?.getDate()).toBe(6);
    for (const file of ['index.js', 'index.cjs']) {
      const code = readFileSync(new URL(file, dist), 'utf8');
      expect(code).not.toMatch(/["']chrono-node\/(?:de|en)["']/);
      expect(code).toContain('./chrono.cjs');
    }
  });

  it('bundles wink-nlp and the English model modules read at load in dist/wink.cjs, and reads with them as the packages do', () => {
    const require = createRequire(import.meta.url);
    const { WINK_BUNDLE } = require(fileURLToPath(new URL('wink.cjs', dist)));
    const bundled = WINK_BUNDLE.winkNLP();
    expect(bundled).not.toBe(require('wink-nlp'));
    // The model's modules it carries are its own copies; the lemmatiser is left to the package.
    expect(WINK_BUNDLE.modelPart('feature.js')).toBeTypeOf('function');
    expect(WINK_BUNDLE.modelPart('lemmatize.js')).toBeUndefined();
    const read = (nlp: (model: unknown, pipe: string[]) => unknown) => {
      const w = nlp(require('wink-eng-lite-web-model'), ['sbd', 'pos', 'ner']) as {
        readDoc(t: string): { tokens(): { out(f: unknown): unknown[] } };
        its: { pos: unknown };
      };
      return w.readDoc('Tworek left OpenAI on Monday.').tokens().out(w.its.pos);
    };
    expect(read(bundled)).toEqual(read(require('wink-nlp')));
    for (const file of ['index.js', 'index.cjs']) {
      const code = readFileSync(new URL(file, dist), 'utf8');
      expect(code).not.toMatch(/require\(["']wink-nlp["']\)/);
      expect(code).toContain('./wink.cjs');
    }
  });

  it('reads the tables one language needs from dist/generated, one copy for ESM and CJS', () => {
    const cwd = fileURLToPath(new URL('..', import.meta.url));
    const probe = `console.log(m.extractMentions({ text: '岸田文雄首相は平壌についてコメントした。', lang: 'ja' }).map((x) => x.key).join(' '))`;
    const esm = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `const m = await import('./dist/index.js'); ${probe}`],
      { cwd, encoding: 'utf8' },
    );
    const cjs = execFileSync(process.execPath, ['-e', `const m = require('./dist/index.cjs'); ${probe}`], {
      cwd,
      encoding: 'utf8',
    });
    expect(esm.trim()).toBe('person:岸田文雄 place:pyongyang');
    expect(cjs.trim()).toBe(esm.trim());
    expect(existsSync(new URL('generated/city-names/ja.json', dist))).toBe(true);
    for (const file of ['index.js', 'index.cjs'])
      expect(readFileSync(new URL(file, dist), 'utf8')).not.toContain('place:pyongyang');
  });

  it('ships each table once: the browser build imports the data files of dist/generated that Node reads', () => {
    const files = [
      'browser.js',
      ...readdirSync(new URL('browser-chunks/', dist)).map((f) => `browser-chunks/${f}`),
    ];
    const code = new Map(files.map((f) => [f, readFileSync(new URL(f, dist), 'utf8')]));
    // Every relative import of the browser build names a file of the package, wherever esbuild put it.
    const imported = new Set<string>();
    for (const [file, text] of code) {
      for (const [, spec = ''] of text.matchAll(
        /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["'](\.\.?\/[^"']+)["']/g,
      )) {
        const target = new URL(spec, new URL(file, dist));
        expect(existsSync(target), `${file} imports ${spec}`).toBe(true);
        if (spec.endsWith('.json')) imported.add(target.href.slice(dist.href.length));
      }
    }
    // The JSON tables the Node build reads (wink's core model aside: the browser build takes the
    // model from its package), each imported by the browser build...
    const tables = readdirSync(new URL('generated/', dist), { recursive: true, encoding: 'utf8' })
      .map((f) => `generated/${f.split('\\').join('/')}`)
      .filter((f) => f.endsWith('.json') && !f.startsWith('generated/wink/'));
    expect(tables.length).toBeGreaterThanOrEqual(10);
    expect([...imported].sort()).toEqual(tables.sort());
    // ...and none copied into its JavaScript: no browser file holds a table's longest string.
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'object' && value
          ? Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)])
          : [];
    for (const table of tables) {
      const longest = strings(JSON.parse(readFileSync(new URL(table, dist), 'utf8'))).reduce((a, b) =>
        b.length > a.length ? b : a,
      );
      const start = Math.max(0, Math.floor((longest.length - 48) / 2));
      const probe = longest.slice(start, start + 48);
      expect(probe.length, table).toBeGreaterThanOrEqual(16);
      for (const [file, text] of code) expect(text.includes(probe), `${table} in ${file}`).toBe(false);
    }
  });
});
