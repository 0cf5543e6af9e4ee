export type Stage = 'ingest' | 'analyse' | 'compare' | 'render';

/**
 * Progress on a terminal: one redrawn line on stderr. Off the terminal (a pipe, a file, CI) there is
 * none: the summary and the failures table say what happened, and logs stay free of redraws.
 */
export interface Progress {
  step(stage: Stage, name: string): void;
  /** A file failed; `steps` is how many of its steps will not happen (2 at ingest, 1 at analyse). */
  fail(name: string, code: string, message: string, steps: number): void;
  done(): void;
}

interface Stream {
  write(text: string): unknown;
  columns?: number;
}

/** `[██████░░░░]` for `done` of `total`. */
export function bar(done: number, total: number, width = 24): string {
  const filled = total > 0 ? Math.min(width, Math.round((done / total) * width)) : 0;
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
}

export function createProgress(stream: Stream, mode: 'tty' | 'quiet', total: number): Progress {
  if (mode === 'quiet') return { step() {}, fail() {}, done() {} };
  let steps = 0;
  const draw = (stage: string, name: string) => {
    const head = `${bar(steps, total)} ${String(steps).padStart(String(total).length)}/${total} ${stage.padEnd(7)} `;
    const room = Math.max(10, (stream.columns || 80) - head.length - 1);
    const shown = name.length > room ? `…${name.slice(name.length - room + 1)}` : name;
    stream.write(`\r\x1b[2K${head}${shown}`);
  };
  return {
    step(stage, name) {
      steps++;
      draw(stage, name);
    },
    fail(name, code, message, skipped) {
      steps += skipped;
      stream.write(`\r\x1b[2Kfailed  ${name}  ${code}: ${message}\n`);
      draw('', '');
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}
