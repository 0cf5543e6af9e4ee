import { testConfig } from '../../vitest.shared';

export default testConfig('example');
