import { defineConfig } from 'tsup';
import { exampleConfig } from '../../tsup.base';

export default defineConfig(exampleConfig());
