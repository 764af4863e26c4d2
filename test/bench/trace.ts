import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CDPSession } from 'playwright-core';

/**
 * Every task of every Chromium process with its wall and thread time (V8's collections run as
 * tasks of their own), and the page's user-timing marks: enough to tell a long task from a
 * thread that waited for a core.
 */
const CATEGORIES = ['toplevel', 'blink.user_timing'];

export async function startTrace(cdp: CDPSession): Promise<{ save(path: string): Promise<void> }> {
  await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: CATEGORIES } });
  return {
    async save(path) {
      const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')));
      await cdp.send('Tracing.end');
      const handle = await complete;
      await mkdir(dirname(path), { recursive: true });
      // Streamed: a few minutes' trace outgrows the longest string V8 can hold.
      const file = await open(path, 'w');
      try {
        for (;;) {
          const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle, size: 1 << 20 });
          await file.write(Buffer.from(data, base64Encoded === true ? 'base64' : 'utf8'));
          if (eof) break;
        }
      } finally {
        await file.close();
        await cdp.send('IO.close', { handle });
      }
    },
  };
}
