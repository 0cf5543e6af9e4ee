// Inputs built to find super-linear paths: each shape makes a string of about n characters out of one
// pattern that a tokenizer, a regular expression or a recogniser may handle badly when it repeats
// (runs of capitalised words, spaces, punctuation, digits, CJK without punctuation, long URLs, deep or
// malformed HTML, Markdown markers), in several scripts. Shared by every package's linear-time tests
// (with scripts/linear-time.ts): a package runs each of its public functions over every shape.

/** `unit` repeated until the result has at least `n` characters, then cut to `n`. */
function fill(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** `open` and `close` nested around a word until about `n` characters. */
function nested(open: string, close: string, n: number): string {
  const depth = Math.max(1, Math.floor((n - 4) / (open.length + close.length)));
  return `${open.repeat(depth)}text${close.repeat(depth)}`;
}

export const PATHOLOGICAL_SHAPES: Record<string, (n: number) => string> = {
  // Capitalised words: name and organisation recognisers try to extend a run of them.
  'capitalised letters (A A A)': (n) => fill('A ', n),
  'capitalised words (Ab Cd)': (n) => fill('Ab Cd ', n),
  'capitalised words with dots (A. B. C.)': (n) => fill('A. ', n),
  'Cyrillic capitals (А Б В)': (n) => fill('А Б В ', n),
  'Greek capitals (Α Β Γ)': (n) => fill('Α Β Γ ', n),
  'capitalised words and "and" (Ab and Cd)': (n) => fill('Ab and Cd of ', n),
  // Whitespace and punctuation.
  spaces: (n) => `a${' '.repeat(Math.max(0, n - 2))}b`,
  'ideographic spaces': (n) => `日${'\u3000'.repeat(Math.max(0, n - 2))}本`,
  'tabs and newlines': (n) => fill('\t\n', n),
  'blank lines': (n) => fill('\n', n),
  'full stops': (n) => fill('.', n),
  'commas and spaces': (n) => fill(', ', n),
  'mixed punctuation': (n) => fill('!?.,;:-–—…()[]{}«»“”', n),
  'quotes only': (n) => fill('"\'„“「『', n),
  hyphens: (n) => fill('-', n),
  // Digits and numbers.
  digits: (n) => fill('1234567890', n),
  'digits with separators': (n) => fill('1,234.5 ', n),
  'dates without end': (n) => fill('5 January 2026, ', n),
  'percent and currency': (n) => fill('5% $3 €4 ', n),
  'kanji numerals': (n) => fill('一二三四五六七八九十百千万', n),
  // CJK without punctuation.
  'Han without punctuation': (n) => fill('東京都中央区政府発表会議経済', n),
  'kana without punctuation': (n) => fill('ひらがなカタカナのテキスト', n),
  'Hangul without punctuation': (n) => fill('서울특별시정부발표', n),
  'CJK and Latin alternating': (n) => fill('日A本B', n),
  // URLs, handles, addresses.
  'one long URL': (n) => `https://example.com/${'a'.repeat(Math.max(0, n - 20))}`,
  'URLs back to back': (n) => fill('https://a.example/x', n),
  'URL-like without scheme': (n) => fill('www.a.b/', n),
  'at signs and hashes': (n) => fill('@a #b ', n),
  'e-mail-like': (n) => fill('a.b@c.', n),
  // HTML.
  'deep HTML': (n) => nested('<div>', '</div>', n),
  'unclosed tags': (n) => fill('<p><b>', n),
  'angle brackets': (n) => fill('<', n),
  'unclosed comment': (n) => `<!--${fill('a', n - 4)}`,
  'long attribute': (n) => `<p title="${fill('x', n - 20)}">text</p>`,
  // Markdown.
  'Markdown heading markers': (n) => fill('#', n),
  'Markdown emphasis markers': (n) => fill('*', n),
  'Markdown underscores': (n) => fill('_a', n),
  'Markdown brackets': (n) => fill('[', n),
  'Markdown links unclosed': (n) => fill('[a](', n),
  'Markdown backticks': (n) => fill('`', n),
  'Markdown quote markers': (n) => fill('> ', n),
  'Markdown nested lists': (n) => {
    const lines: string[] = [];
    let length = 0;
    for (let depth = 0; length < n; depth++) {
      const line = `${'  '.repeat(depth % 200)}- item`;
      lines.push(line);
      length += line.length + 1;
    }
    return lines.join('\n');
  },
  'Markdown pipes': (n) => fill('|', n),
  'Markdown table rows': (n) => `| a | b |\n|---|---|\n${fill('| x | y |\n', n)}`,
  'Markdown entities': (n) => fill('&amp;', n),
};
