import { DEFAULT_MAX_BYTES } from '@corpus/ingest';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, USAGE } from '../src/args';
import { bar, createProgress } from '../src/progress';
import { formatTable } from '../src/table';

describe('parseCliArgs', () => {
  it('reads inputs and options, taking the format from --out', () => {
    expect(
      parseCliArgs([
        'a/',
        'b.txt',
        '-',
        '--out',
        'r.md',
        '--lang',
        'ja',
        '--reference-date',
        '2026-01-08',
        '--concurrency',
        '2',
        '--max-bytes',
        '1.5MB',
        '--min-confidence',
        '0.75',
        '-q',
      ]),
    ).toEqual({
      kind: 'run',
      options: {
        inputs: ['a/', 'b.txt', '-'],
        out: 'r.md',
        format: 'md',
        lang: 'ja',
        referenceDate: '2026-01-08',
        concurrency: 2,
        maxBytes: 1_572_864,
        minConfidence: 0.75,
        quiet: true,
      },
      warnings: [],
    });
  });

  it('defaults to report.html, names the default file after --format, and keeps the 10 MB limit', () => {
    const html = parseCliArgs(['x']);
    expect(html.kind === 'run' && [html.options.out, html.options.format, html.options.maxBytes]).toEqual([
      'report.html',
      'html',
      DEFAULT_MAX_BYTES,
    ]);
    const json = parseCliArgs(['x', '-f', 'json']);
    expect(json.kind === 'run' && [json.options.out, json.options.format]).toEqual(['report.json', 'json']);
    const inline = parseCliArgs(['x', '--format=md', '-ojson.out', '--out=-']);
    expect(inline.kind === 'run' && [inline.options.out, inline.options.format]).toEqual(['-', 'md']);
  });

  it('reads a language tag in any case or separator, and warns about a language it cannot fully serve', () => {
    const hant = parseCliArgs(['x', '--lang', 'zh_hant-tw']);
    expect(hant.kind === 'run' && [hant.options.lang, hant.warnings]).toEqual(['zh-Hant-TW', []]);
    const greek = parseCliArgs(['x', '--lang', 'el']);
    expect(greek.kind === 'run' && greek.options.lang).toBe('el');
    expect(greek.kind === 'run' && greek.warnings).toEqual([
      expect.stringMatching(
        /^--lang el: Greek is not a supported language \(en, de, .*\); .*Intl\.Segmenter.*no facts/,
      ),
    ]);
  });

  it('accepts the ISO forms of a reference date that @corpus/core reads', () => {
    for (const date of ['2026-01-08', '2026-01', '2026', '2026-01-10T23:30:00-08:00']) {
      const parsed = parseCliArgs(['x', '--reference-date', date]);
      expect(parsed.kind === 'run' && parsed.options.referenceDate).toBe(date);
    }
  });

  it('asks for help or the version, whatever else is on the line', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['x', '-h', '--bogus'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseCliArgs(['-v'])).toEqual({ kind: 'version' });
  });

  it.each([
    [[], 'give at least one folder or file to compare, or - to read stdin.'],
    [['-', 'a', '-'], '- (standard input) can be given only once.'],
    [['x', '--format', 'pdf'], '--format must be html, md or json, not "pdf".'],
    [['x', '--reference-date', '2026-02-30'], /^--reference-date must be an ISO date .*not "2026-02-30"\.$/],
    [['x', '--reference-date', '8.1.2026'], /^--reference-date must be an ISO date/],
    [['x', '--concurrency', '0'], '--concurrency must be a whole number from 1 to 64, not "0".'],
    [['x', '--concurrency', '2.5'], /1 to 64, not "2\.5"/],
    [['x', '--concurrency', '-1'], '--concurrency must be a whole number from 1 to 64, not "-1".'],
    [
      ['x', '--max-bytes', '0'],
      /^--max-bytes must be a size from 1 byte to 1GB such as 500KB or 50MB, not "0"\.$/,
    ],
    [['x', '--max-bytes', '10 parsecs'], /not "10 parsecs"/],
    [['x', '--max-bytes', '2GB'], /not "2GB"/],
    [
      ['x', '--min-confidence', '1.5'],
      '--min-confidence must be a number from 0 to 1 such as 0.8, not "1.5".',
    ],
    [['x', '--min-confidence', '-0.1'], /^--min-confidence must be a number from 0 to 1 .*not "-0\.1"\.$/],
    [['x', '--min-confidence', 'high'], /not "high"/],
    [['x', '--min-confidence', '80%'], /not "80%"/],
    [['x', '--min-confidence'], '--min-confidence needs a value.'],
    [['x', '--lang', 'japanese!'], /^--lang japanese! is not a language tag; did you mean ja\?$/],
    [['x', '--lang', 'english'], '--lang english is not a language tag; did you mean en?'],
    [['x', '--lang', 'xx'], /^--lang xx is not a known language tag; use a BCP 47 tag such as en, de/],
    [['x', '--colour'], 'unknown option --colour.'],
    [['x', '--formt', 'md'], 'unknown option --formt (did you mean --format?).'],
    [['x', '-x'], 'unknown option -x.'],
    [['x', '-qz'], 'unknown option -z (in -qz).'],
    [['x', '-q=1'], 'unknown option -= (in -q=1).'],
    [['x', '--lang=xx', '--frmat=md'], 'unknown option --frmat (did you mean --format?).'],
    [['x', '--out'], '--out needs a value.'],
    [['x', '--out', '--format', 'md'], '--out needs a value, not the option --format.'],
    [['x', '--quiet=yes'], '--quiet takes no value.'],
    [['x', '--out', ''], '--out needs a file name (or - for stdout).'],
  ])('rejects %j as a usage error', (argv, message) => {
    const parsed = parseCliArgs(argv as string[]);
    expect(parsed.kind).toBe('usage');
    if (typeof message === 'string') expect(parsed.kind === 'usage' && parsed.message).toBe(message);
    else expect(parsed.kind === 'usage' && parsed.message).toMatch(message);
  });

  it('documents every option it reads in --help', () => {
    for (const flag of [
      '--out',
      '--format',
      '--lang',
      '--reference-date',
      '--max-bytes',
      '--min-confidence',
      '--concurrency',
    ]) {
      expect(USAGE).toContain(`${flag} <`);
    }
    for (const flag of ['-q, --quiet', '-h, --help', '-v, --version']) expect(USAGE).toContain(flag);
    expect(USAGE).toContain('(default: 10MB)');
  });
});

describe('progress and table', () => {
  it('draws a bar in proportion', () => {
    expect(bar(0, 4, 8)).toBe('[░░░░░░░░]');
    expect(bar(1, 4, 8)).toBe('[██░░░░░░]');
    expect(bar(4, 4, 8)).toBe('[████████]');
  });

  it('redraws one line on a terminal and prints failures on their own line', () => {
    let out = '';
    const progress = createProgress({ write: (t: string) => (out += t), columns: 60 }, 'tty', 4);
    progress.step('ingest', 'a.txt');
    progress.fail('b.bin', 'E_BINARY', 'b.bin looks binary', 2);
    progress.done();
    expect(out).toBe(
      '\r\x1b[2K[██████░░░░░░░░░░░░░░░░░░] 1/4 ingest  a.txt' +
        '\r\x1b[2Kfailed  b.bin  E_BINARY: b.bin looks binary\n' +
        '\r\x1b[2K[██████████████████░░░░░░] 3/4         ' +
        '\r\x1b[2K',
    );
  });

  it('writes nothing when quiet', () => {
    let out = '';
    const progress = createProgress({ write: (t: string) => (out += t) }, 'quiet', 4);
    progress.step('ingest', 'a.txt');
    progress.fail('b.bin', 'E_BINARY', 'b.bin looks binary', 2);
    progress.done();
    expect(out).toBe('');
  });

  it('aligns columns, numbers to the right, wide characters as two columns', () => {
    expect(
      formatTable(
        ['file', 'n'],
        [
          ['a.txt', '1,234'],
          ['記事.txt', '5'],
        ],
      ),
    ).toBe(['file          n', '────────  ─────', 'a.txt     1,234', '記事.txt      5'].join('\n'));
  });
});
