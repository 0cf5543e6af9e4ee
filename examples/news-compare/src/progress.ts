export type Stage = 'ingest' | 'analyse' | 'compare' | 'render';

/** Where progress goes: a redrawn bar on a terminal, one plain line per event otherwise, or nowhere. */
export interface Progress {
  step(stage: Stage, name: string, detail?: string): void;
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

export function createProgress(stream: Stream, mode: 'tty' | 'lines' | 'quiet', total: number): Progress {
  if (mode === 'quiet') return { step() {}, fail() {}, done() {} };
  let steps = 0;
  if (mode === 'lines') {
    return {
      step(stage, name, detail) {
        steps++;
        stream.write(`${stage.padEnd(7)} ${name}${detail ? `  ${detail}` : ''}\n`);
      },
      fail(name, code, message, skipped) {
        steps += skipped;
        stream.write(`failed  ${name}  ${code}: ${message}\n`);
      },
      done() {},
    };
  }
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
