import type { SecretScrubber } from './secret-scrubber';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export interface LogEntry {
  level: LogLevel;
  msg: string;
  [key: string]: unknown;
}
export type LogSink = (entry: LogEntry) => void;

/**
 * The only way the client logs. Every entry is scrubbed of registered secrets before it leaves,
 * and a throwing sink never breaks a Siigo call.
 */
export class SafeLogger {
  constructor(
    private readonly sink: LogSink | undefined,
    private readonly scrubber: SecretScrubber,
  ) {}

  log(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
    if (!this.sink) return;
    const entry = this.scrubber.scrubValue({ ...fields, level, msg }) as LogEntry;
    try {
      this.sink(entry);
    } catch {
      // Logging must never change the outcome of a call.
    }
  }
}
