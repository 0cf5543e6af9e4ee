import { parseCliArgs, USAGE } from './args';
import { versionLine } from './version';

const program = 'corpus-compare';

// `corpus-compare … -o - | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const parsed = parseCliArgs(process.argv.slice(2));
if (parsed.kind === 'help') {
  process.stdout.write(`${USAGE}\n`);
} else if (parsed.kind === 'version') {
  process.stdout.write(`${versionLine(program)}\n`);
} else if (parsed.kind === 'usage') {
  process.stderr.write(`${program}: ${parsed.message} Run ${program} --help.\n`);
  process.exitCode = 2;
} else {
  if (!parsed.options.quiet)
    for (const warning of parsed.warnings) process.stderr.write(`${program}: ${warning}\n`);
  try {
    // Loaded only now, so --help, --version and usage errors answer without loading the analysers.
    const { run } = await import('./run');
    process.exitCode = await run(parsed.options, {
      program,
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      cwd: process.cwd(),
    });
  } catch (error) {
    // Not a bad input file (those are reported and skipped): a bug; the stack is for its report.
    process.stderr.write(
      `${program}: internal error, no report written\n${(error as Error).stack ?? String(error)}\n`,
    );
    process.exitCode = 3;
  }
}
