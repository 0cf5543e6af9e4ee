import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));

describe('seed-report', () => {
  let out: string;
  let stdout: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'seed-report-'));
    ({ stdout } = await promisify(execFile)(process.execPath, [main, seeds, '--out', out]));
  });

  it('writes a Comparison of the five seeds with their names and languages', async () => {
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8'));
    expect(report.schemaVersion).toBe(2);
    expect(report.documents.map((d: { name: string; lang: string }) => [d.name, d.lang])).toEqual([
      ['000_0d68ef0380570c1c.txt', 'it'],
      ['001_b97ef14892a8822d.txt', 'de'],
      ['002_6dd7badc20102f5c.txt', 'ja'],
      ['003_8d3bda8906caf15d.txt', 'en'],
      ['004_d6f6ce7bd07823ad.txt', 'zh'],
    ]);
    const openai = report.entities.find((e: { canonical: string }) => e.canonical === 'OpenAI');
    expect(openai?.documents).toHaveLength(5);
  });

  it('writes the Markdown and HTML reports', async () => {
    const md = await readFile(join(out, 'report.md'), 'utf8');
    expect(md).toMatch(/^# /m);
    expect(md).toContain('000_0d68ef0380570c1c.txt');
    const html = await readFile(join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Content-Security-Policy');
  });

  it('prints the summary table', () => {
    expect(stdout).toContain('documents: 5');
    expect(stdout).toContain('languages: it, de, ja, en, zh');
    expect(stdout).toMatch(/shared by 2\+ documents: [1-9]/);
    expect(stdout).toMatch(
      /^contradiction: .+ joined: 2019 \(000_0d68ef0380570c1c\.txt, 002_6dd7badc20102f5c\.txt\)/m,
    );
  });
});
