import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base';

// tiny-segmenter (MIT, 21 kB, see THIRD_PARTY_NOTICES.md) is inlined: imported from its package, a
// CommonJS module costs every process that imports @corpus/segment ~5 ms of CPU at start-up (resolve,
// read, CommonJS export scan, wrapper), Japanese or not; inlined, its class is one more function here.
export default defineConfig(
  packageConfig({ entry: ['src/index.ts', 'src/testing.ts'], noExternal: [/^tiny-segmenter/] }),
);
