import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Redactor } from './redact';

export interface RotatingLogOptions {
  dir: string;
  /** `main` → main.log, main.1.log … main.(maxFiles-1).log, newest first. */
  baseName?: string;
  maxBytes?: number;
  maxFiles?: number;
  redactor: Redactor;
  now?: () => Date;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Main's log in the user data folder, capped at `maxFiles` files of at most `maxBytes` each.
 * Every line goes through the redactor first: the file never holds a secret. Writes are
 * synchronous so the last lines before a crash are on disk; a failing disk never breaks the app.
 */
export function createRotatingLog(options: RotatingLogOptions) {
  const baseName = options.baseName ?? 'main';
  const maxBytes = options.maxBytes ?? 1_000_000;
  const maxFiles = Math.max(1, options.maxFiles ?? 5);
  const now = options.now ?? (() => new Date());
  const fileAt = (index: number) => join(options.dir, index === 0 ? `${baseName}.log` : `${baseName}.${index}.log`);
  mkdirSync(options.dir, { recursive: true });
  let size = existsSync(fileAt(0)) ? statSync(fileAt(0)).size : 0;

  function rotate(): void {
    rmSync(fileAt(maxFiles - 1), { force: true });
    for (let index = maxFiles - 2; index >= 0; index -= 1) {
      if (existsSync(fileAt(index))) renameSync(fileAt(index), fileAt(index + 1));
    }
    size = 0;
  }

  function writeLine(line: string): void {
    const bytes = Buffer.byteLength(line);
    try {
      if (size > 0 && size + bytes > maxBytes) rotate();
      appendFileSync(fileAt(0), line, { mode: 0o600 });
      size += bytes;
    } catch {
      // Logging must never take the app down.
    }
  }

  return {
    log(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
      const entry = options.redactor.value({ at: now().toISOString(), level, msg, ...fields });
      writeLine(`${JSON.stringify(entry)}\n`);
    },
    /** The existing files, oldest first (for the support export). */
    files(): string[] {
      const out: string[] = [];
      for (let index = maxFiles - 1; index >= 0; index -= 1) if (existsSync(fileAt(index))) out.push(fileAt(index));
      return out;
    },
    read(): Array<{ name: string; content: string }> {
      return this.files().map((file) => ({ name: file.slice(options.dir.length + 1), content: readFileSync(file, 'utf8') }));
    },
  };
}
export type RotatingLog = ReturnType<typeof createRotatingLog>;
