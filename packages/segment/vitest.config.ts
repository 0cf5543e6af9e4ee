import { testConfig } from '../../vitest.shared';

export default testConfig('package', { test: { benchmark: { include: ['bench/**/*.bench.ts'] } } });
