import { createHash } from 'node:crypto';

/** SHA-256 as hex: node:crypto's native digest (the browser build uses @corpus/core's, in hash.browser.ts). */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
