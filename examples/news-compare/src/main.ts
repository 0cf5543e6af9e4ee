import { parseCliArgs, USAGE } from './args';
import { run } from './run';

const parsed = parseCliArgs(process.argv.slice(2));
if (parsed.kind === 'help') {
  process.stdout.write(`${USAGE}\n`);
} else if (parsed.kind === 'usage') {
  process.stderr.write(`news-compare: ${parsed.message}\n\n${USAGE}\n`);
  process.exitCode = 2;
} else {
  try {
    process.exitCode = await run(parsed.options, {
      stdout: process.stdout,
      stderr: process.stderr,
      cwd: process.cwd(),
    });
  } catch (error) {
    // Not a bad input file (those are reported and skipped): the report itself could not be made.
    process.stderr.write(
      `news-compare: internal error, no report written\n${(error as Error).stack ?? String(error)}\n`,
    );
    process.exitCode = 3;
  }
}
