// natural is inlined into dist by tsup (devDependency, `noExternal`); only these deep modules are used.
declare module 'natural/lib/natural/distance/jaro-winkler_distance' {
  function JaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean }): number;
  export = JaroWinklerDistance;
}
declare module 'natural/lib/natural/distance/levenshtein_distance' {
  export function DamerauLevenshteinDistance(a: string, b: string, options?: Record<string, unknown>): number;
}
declare module 'natural/lib/natural/phonetics/double_metaphone' {
  class DoubleMetaphone {
    process(token: string): [string, string];
    compare(a: string, b: string): boolean;
  }
  export = DoubleMetaphone;
}
