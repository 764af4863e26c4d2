import type { Sandbox, SandboxOptions } from '../../src-main/siigo-sandbox';
import type { RateLimitConfig } from '../../src-main/siigo';
import { startPreview } from '../../src-main/preview/preview-server';

export interface BenchServer {
  url: string;
  sandbox: Sandbox;
  close(): Promise<void>;
}

/**
 * The browser preview serving the bench site, with the Siigo client given the sandbox's raised
 * rate limit (the preview defaults to Siigo's 100/min), so a first sync of 150,000 rows runs in
 * seconds and stays limiter-bound.
 */
export async function startBenchServer(options: { dataDir: string; siteDir: string; sandbox: SandboxOptions & { rateLimit: RateLimitConfig } }): Promise<BenchServer> {
  const preview = await startPreview({
    dataDir: options.dataDir,
    rendererDir: options.siteDir,
    // Every figure counts requests: keep the whole log, not the sandbox's default ring.
    sandbox: { requestLogLimit: Infinity, ...options.sandbox },
    clientRateLimit: options.sandbox.rateLimit,
  });
  return { url: preview.url, sandbox: await preview.sandbox(), close: () => preview.close() };
}
