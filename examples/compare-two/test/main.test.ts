import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const main = fileURLToPath(new URL('../main.mjs', import.meta.url));

it('prints the contradiction on the joining year with both sentences as evidence', async () => {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [main]);
  expect(stderr).toBe('');
  const lines = stdout.trimEnd().split('\n');
  expect(lines[0]).toMatch(
    /^contradiction: Anna Weber joined: .*2019 \(wire\.txt\) vs .*2017 \(daily\.txt\)$/,
  );
  expect(lines).toContain('  wire.txt: "Anna Weber joined Acme Corp in March 2019."');
  expect(lines).toContain('  daily.txt: "Anna Weber joined Acme Corp in 2017."');
});
