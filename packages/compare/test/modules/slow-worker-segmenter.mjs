// A segmenter for the work-sharing test: the built-ins, named after the thread that segments
// (`thread-<threadId>`), and slow in a worker thread (20 ms a document), so the calling thread runs
// out of its own inputs long before the worker reaches the batch it holds behind its current one.
import { isMainThread, threadId } from 'node:worker_threads';
import { builtinPlugins, createSegmenter } from '@corpus/segment';

const english = builtinPlugins.find((p) => p.languages.includes('en'));
const WORKER_DELAY_MS = 20;

export const segmenter = createSegmenter({
  plugins: [
    ...builtinPlugins,
    {
      ...english,
      name: `thread-${threadId}`,
      languages: ['en'],
      doSegment(text, options) {
        if (!isMainThread) {
          const until = performance.now() + WORKER_DELAY_MS;
          while (performance.now() < until);
        }
        return english.doSegment(text, options);
      },
    },
  ],
});
