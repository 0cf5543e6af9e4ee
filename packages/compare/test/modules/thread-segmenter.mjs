// A segmenter for the warm-worker test: the built-ins under a name that tells which thread segmented
// (`thread-<threadId>`), so a test sees whether a later analyzeMany call reused a worker.
import { threadId } from 'node:worker_threads';
import { builtinPlugins, createSegmenter } from '@corpus/segment';

const english = builtinPlugins.find((p) => p.languages.includes('en'));

export const segmenter = createSegmenter({
  plugins: [...builtinPlugins, { ...english, name: `thread-${threadId}`, languages: ['en'] }],
});
