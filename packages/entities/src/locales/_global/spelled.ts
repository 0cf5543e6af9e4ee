/** Builders for the number word tables of `src/locales/<lang>/numbers.ts`. */

/** `{ word: index + offset }` for space-separated words ("null eins zwei" → null 0, eins 1, zwei 2); `-` skips a slot. */
export function valued(words: string, offset = 0, step = 1): Record<string, number> {
  const out: Record<string, number> = {};
  words.split(' ').forEach((w, i) => {
    for (const form of w.split('/')) if (form !== '-') out[form] = offset + i * step;
  });
  return out;
}

/** Every inflected form of each stem: `inflected({ dritt: 3 }, ['e', 'er'])` → dritte 3, dritter 3. */
export function inflected(stems: Record<string, number>, endings: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [stem, v] of Object.entries(stems)) for (const e of endings) out[stem + e] = v;
  return out;
}

/** `table` without `words`: forms that are more often other words ("prima" is also "before"). */
export function without(table: Record<string, number>, words: string[]): Record<string, number> {
  const out = { ...table };
  for (const w of words) delete out[w];
  return out;
}
