// Units count in 1024s, as @corpus/ingest's "10 MB" default does (10 × 1024 × 1024 bytes), so
// `--max-bytes 10MB` is exactly the default. KiB/MiB/GiB are accepted as the same units.
const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/** Above this, Node cannot read a file into one buffer and a string cannot hold its text anyway. */
export const MAX_BYTES_LIMIT = 1024 ** 3;

/** `10MB`, `1.5 MiB`, `500k`, `2048` → bytes (whole bytes, rounded down); undefined if not a size. */
export function parseSize(text: string): number | undefined {
  const m = /^(\d{1,10}(?:\.\d{1,6})?)\s?([a-z]{0,3})$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = UNITS[m[2]!.toLowerCase()];
  if (unit === undefined) return undefined;
  return Math.floor(Number(m[1]) * unit);
}

/** Bytes for a person: `10 MB`, `1.5 MB`, `512 KB`, `900 bytes` (1024-based, like parseSize). */
export function formatSize(bytes: number): string {
  for (const [unit, size] of [
    ['GB', 1024 ** 3],
    ['MB', 1024 ** 2],
    ['KB', 1024],
  ] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}
