import { builtinPlugins, createSegmenter } from '@corpus/segment';
import { thaiPlugin } from './thai';

// The built-ins plus one outside plugin; every other language still falls back to Intl.Segmenter.
const segmenter = createSegmenter({ plugins: [...builtinPlugins, thaiPlugin] });

const text = 'วันนี้อากาศดีมาก เราจะไปเที่ยวทะเลกัน OpenAI เปิดตัว GPT-4.5 แล้ว';
const { segmenter: name, sentences, tokens } = segmenter.segment(text, { lang: 'th-TH' });

console.log(`segmenter: ${name} (words by ${segmenter.resolve('th-TH').word})`);
for (const s of sentences) {
  const words = tokens.filter((t) => t.span.start >= s.start && t.span.end <= s.end);
  console.log(
    `${text.slice(s.start, s.end)}\n  ${words.map((t) => text.slice(t.span.start, t.span.end)).join(' | ')}`,
  );
}
