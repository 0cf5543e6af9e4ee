import { analyzer, segmenter } from './analyzer';
import { articles } from './articles';

const text = 'วันนี้อากาศดีมาก เราจะไปเที่ยวทะเลกัน OpenAI เปิดตัว GPT-4.5 แล้ว';
const { segmenter: name, sentences, tokens } = segmenter.segment(text, { lang: 'th-TH' });

console.log(`segmenter: ${name} (words by ${segmenter.resolve('th-TH').word})`);
for (const s of sentences) {
  const words = tokens.filter((t) => t.span.start >= s.start && t.span.end <= s.end);
  console.log(
    `${text.slice(s.start, s.end)}\n  ${words.map((t) => text.slice(t.span.start, t.span.end)).join(' | ')}`,
  );
}

// Two Thai articles compared end to end, through the analyzer that carries the plugin and the words.
const comparison = analyzer.compareTexts(articles);
console.log();
for (const group of [...comparison.conflicts, ...comparison.agreements]) {
  const values = group.values.map((v) => `${v.display} (${v.sources.join(', ')})`).join(' · ');
  console.log(`${group.kind ?? 'agreement'}: ${group.predicate}: ${values}`);
}
