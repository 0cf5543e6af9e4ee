import { defineConfig } from 'tsup';
import { browserConfig } from '../../tsup.base';

export default defineConfig(browserConfig());
