/**
 * Unicode property tests memoised per BMP code unit: the regular expression runs once per
 * character ever seen, then a typed-array lookup answers. Astral code points (rare) run the
 * expression each time. Same answers as `re.test(String.fromCodePoint(cp))`.
 */
export function memoTest(re: RegExp): (cp: number) => boolean {
  const bmp = new Uint8Array(0x10000); // 0: not seen yet, 1: false, 2: true
  return (cp) => {
    if (cp < 0x10000) {
      let v = bmp[cp] as number;
      if (v === 0) {
        v = re.test(String.fromCharCode(cp)) ? 2 : 1;
        bmp[cp] = v;
      }
      return v === 2;
    }
    return re.test(String.fromCodePoint(cp));
  };
}

/** A small-integer classification of code points (-1 to 253), memoised per BMP code unit like `memoTest`. */
export function memoClass(classify: (ch: string) => number): (cp: number) => number {
  const bmp = new Uint8Array(0x10000); // class + 2 (classes from -1 to 253); 0: not seen yet
  return (cp) => {
    if (cp < 0x10000) {
      let v = bmp[cp] as number;
      if (v === 0) {
        v = classify(String.fromCharCode(cp)) + 2;
        bmp[cp] = v;
      }
      return v - 2;
    }
    return classify(String.fromCodePoint(cp));
  };
}
