import type { Comparison } from '../types';

/** The Comparison as pretty-printed JSON, ending with a newline. */
export function renderJson(comparison: Comparison): string {
  return `${JSON.stringify(comparison, null, 2)}\n`;
}
