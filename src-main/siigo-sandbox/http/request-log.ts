/**
 * The request log as a ring: the last `limit` entries, oldest first, plus how many requests
 * arrived in all. Demo mode runs the sandbox for the app's whole life, so an ever-growing array
 * would be a slow leak; tests read only the recent past, and the total stays exact for counting.
 */
import type { RequestLogEntry } from '../types';

export class RequestLog {
  private readonly ring: RequestLogEntry[] = [];
  /** Where the next entry goes once the ring is full (it is then also the oldest one). */
  private next = 0;
  /** Every request ever logged, evicted ones included. */
  total = 0;

  constructor(private readonly limit: number) {
    if (!(limit >= 1) || (Number.isFinite(limit) && !Number.isInteger(limit))) {
      throw new RangeError(`requestLogLimit must be a positive integer or Infinity, got ${limit}`);
    }
  }

  push(entry: RequestLogEntry): void {
    this.total += 1;
    if (this.ring.length < this.limit) {
      this.ring.push(entry);
      return;
    }
    this.ring[this.next] = entry;
    this.next = (this.next + 1) % this.limit;
  }

  /** The retained entries, oldest first. */
  entries(): RequestLogEntry[] {
    return [...this.ring.slice(this.next), ...this.ring.slice(0, this.next)];
  }

  /** The retained entries logged after the first `count` requests (`count` from an earlier `total`). */
  since(count: number): RequestLogEntry[] {
    const firstRetained = this.total - this.ring.length;
    return this.entries().slice(Math.max(0, count - firstRetained));
  }
}
