import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../src/args';
import { bar, createProgress } from '../src/progress';
import { formatTable } from '../src/run';

describe('parseCliArgs', () => {
  it('reads inputs and options, taking the format from --out', () => {
    expect(
      parseCliArgs([
        'a/',
        'b.txt',
        '--out',
        'r.md',
        '--lang',
        'ja',
        '--reference-date',
        '2026-01-08',
        '--concurrency',
        '2',
        '-q',
      ]),
    ).toEqual({
      kind: 'run',
      options: {
        inputs: ['a/', 'b.txt'],
        out: 'r.md',
        format: 'md',
        lang: 'ja',
        referenceDate: '2026-01-08',
        concurrency: 2,
        quiet: true,
      },
    });
  });

  it('defaults to report.html, and names the default file after --format', () => {
    const html = parseCliArgs(['x']);
    expect(html.kind === 'run' && [html.options.out, html.options.format]).toEqual(['report.html', 'html']);
    const json = parseCliArgs(['x', '-f', 'json']);
    expect(json.kind === 'run' && [json.options.out, json.options.format]).toEqual(['report.json', 'json']);
  });

  it('asks for help', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['x', '-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [[], /at least one folder or file/],
    [['x', '--format', 'pdf'], /--format must be html, md or json, not "pdf"/],
    [['x', '--reference-date', '2026-02-30'], /YYYY-MM-DD/],
    [['x', '--reference-date', '8.1.2026'], /YYYY-MM-DD/],
    [['x', '--concurrency', '0'], /1 to 64/],
    [['x', '--concurrency', '2.5'], /1 to 64/],
    [['x', '--lang', 'japanese!'], /BCP 47/],
    [['x', '--colour'], /Unknown option '--colour'/],
    [['x', '--out'], /--out/],
  ])('rejects %j as a usage error', (argv, message) => {
    const parsed = parseCliArgs(argv as string[]);
    expect(parsed.kind).toBe('usage');
    expect(parsed.kind === 'usage' && parsed.message).toMatch(message);
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
