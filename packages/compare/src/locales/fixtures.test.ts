import { readdirSync, readFileSync } from 'node:fs';
import type { Block } from '@corpus/ingest';
import { describe, expect, it } from 'vitest';
import { mention, sentences } from '../../test/fixtures';
import { extractFacts } from '../facts/extract';
import { BUILT_IN_LOCALES } from './index';
import type { FactFixture } from './types';

const folders = readdirSync(new URL('./', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
  .map((d) => d.name)
  .sort();

describe.each(folders)('the %s fact locale', (lang) => {
  it('has fixtures (fixtures.json), and each gives exactly its facts', () => {
    const fixtures = JSON.parse(
      readFileSync(new URL(`./${lang}/fixtures.json`, import.meta.url), 'utf8'),
    ) as FactFixture[];
    expect(fixtures.length).toBeGreaterThan(0);
    for (const fixture of fixtures) {
      const { text } = fixture;
      const blocks: Block[] = [{ type: 'paragraph', span: { start: 0, end: text.length } }];
      const facts = extractFacts({
        name: `${lang}.txt`,
        text,
        blocks,
        sentences: sentences(text),
        mentions: fixture.mentions.map(([needle, type, key, value]) =>
          mention(text, needle, type, key, value),
        ),
        locale: BUILT_IN_LOCALES[lang],
      });
      const found = facts.map((f) => [f.predicate, f.display, f.subject.key, f.attributionKey]);
      expect(found, fixture.name).toEqual(fixture.facts.map(([p, d, s, a]) => [p, d, s, a]));
    }
  });
});
