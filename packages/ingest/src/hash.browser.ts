// A page has no node:crypto, and WebCrypto's digest is asynchronous while ingest is not.
export { sha256Hex } from '@corpus/core';
