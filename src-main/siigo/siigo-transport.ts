import { setMaxListeners } from 'node:events';
import type { z } from 'zod';
import { authResponseSchema } from '../../src-shared/siigo';
import type { AttemptDecision, ReplaySafety } from './attempt-decision';
import { AttemptRunner, type AttemptSpec } from './attempt-runner';
import type { RetryPolicy } from './backoff';
import { unlessCancelled } from './cancellation';
import { AuthError, CancelledError, SiigoError } from './errors';
import type { Priority, RateLimitConfig, SlidingWindowRateLimiter } from './rate-limiter';
import type { RateLimiterRegistry } from './rate-limiter-registry';
import { assertIdempotencyKey } from './request-validation';
import { parseSuccessBody } from './response-parsing';
import type { SafeLogger } from './safe-logger';
import { redactedPathForLog, type SecretScrubber } from './secret-scrubber';
import { TokenManager, type AccessToken } from './token-manager';

export interface SiigoCredentials {
  username: string;
  accessKey: string;
}

export interface TransportConfig {
  baseUrl: string;
  partnerId: string;
  credentials: () => Promise<SiigoCredentials | null>;
  timeouts: { readMs: number; writeMs: number; authMs: number };
  retry: RetryPolicy;
  rateLimit: RateLimitConfig;
  limiters: RateLimiterRegistry;
  random: () => number;
  logger: SafeLogger;
  scrubber: SecretScrubber;
  /** Set when the options are invalid: every call fails with it before anything is sent. */
  configError?: SiigoError;
}

/** One API call as the resource modules describe it. */
export interface ApiRequest<T> {
  method: 'GET' | 'POST' | 'PUT';
  /** Path under the base URL, e.g. `/v1/customers`. */
  path: string;
  query?: URLSearchParams;
  body?: unknown;
  /** Only for POSTs Siigo deduplicates (invoices, vouchers). Makes the POST replayable. */
  idempotencyKey?: string;
  schema: z.ZodType<T>;
  /** `write` selects the long document-creation timeout. */
  timeout: 'read' | 'write';
  priority?: Priority;
  signal?: AbortSignal;
}

/**
 * Every byte to and from Siigo passes here. Per call: token (shared login) → rate-limit slot →
 * one HTTP attempt → decision (success, retry, re-login, fail). Invariants:
 * - nothing is sent while the options are invalid;
 * - every attempt, /auth included, holds a slot of the company's limiter;
 * - single-shot writes are never resent after an ambiguous failure (see attempt-decision);
 * - a 401 causes at most one re-login and one replay per call.
 */
export class SiigoTransport {
  readonly tokens: TokenManager;
  private readonly closed = new AbortController();
  private readonly runner: AttemptRunner;

  constructor(private readonly config: TransportConfig) {
    this.tokens = new TokenManager(() => this.login());
    this.runner = new AttemptRunner(config);
    // Every queued or in-flight call listens on this signal; hundreds at once are normal.
    setMaxListeners(0, this.closed.signal);
  }

  async request<T>(req: ApiRequest<T>): Promise<T> {
    const signal = this.callSignal(req.signal);
    const what = `${req.method} ${req.path}`;
    const logPath = redactedPathForLog(req.path, req.query);
    try {
      if (this.config.configError) throw this.config.configError;
      if (req.idempotencyKey !== undefined) assertIdempotencyKey(req.idempotencyKey);
      if (signal.aborted) throw new CancelledError(`${what} was cancelled before it was sent.`);
      const safety: ReplaySafety =
        req.method === 'GET' || (req.method === 'POST' && req.idempotencyKey !== undefined) ? 'replayable' : 'single_shot';
      const body = req.body === undefined ? undefined : JSON.stringify(req.body);
      let attempt = 0;
      let reauthenticated = false;
      for (;;) {
        const token = await unlessCancelled(this.tokens.get(signal), signal, what);
        attempt++;
        const spec: AttemptSpec = {
          limiter: this.limiterFor(token.username),
          priority: req.priority ?? 'interactive',
          front: attempt > 1 || reauthenticated,
          signal,
          method: req.method,
          url: this.url(req.path, req.query),
          logPath,
          headers: this.apiHeaders(token, body !== undefined, req.idempotencyKey),
          timeoutMs: req.timeout === 'write' ? this.config.timeouts.writeMs : this.config.timeouts.readMs,
          attempt,
          ...(body === undefined ? {} : { body }),
        };
        const outcome = await this.runner.send(spec, what);
        const decision = this.runner.decide(outcome, what, safety, attempt, false);
        if (decision.type === 'success') return parseSuccessBody(decision.text, req.schema, what);
        if (decision.type === 'reauthenticate') {
          if (reauthenticated) {
            const text = outcome.type === 'response' ? outcome.text : '';
            throw new AuthError(
              `Siigo refused a freshly issued access token on ${what} (401). The API user may be blocked or lack permissions.`,
              { status: 401, errors: this.runner.errorEntries(text) },
            );
          }
          // 401 means Siigo did not process it: a replay is safe even for single-shot writes.
          reauthenticated = true;
          this.tokens.invalidate(token);
          attempt--; // the replay after a re-login is not a retry of a failure
          this.config.logger.log('info', 'siigo token refused; logging in again', { method: req.method, path: logPath });
          continue;
        }
        if (decision.type === 'fail') throw this.failed(decision, spec);
        await this.runner.waitBeforeRetry(decision, spec, what);
      }
    } catch (error) {
      const final = this.asSiigoError(error, signal, what);
      this.config.logger.log(final.kind === 'cancelled' ? 'info' : 'warn', 'siigo request failed', {
        method: req.method,
        path: logPath,
        kind: final.kind,
        status: final.status,
        codes: final.errors.map((e) => e.Code),
      });
      throw final;
    }
  }

  /** Forces a new login now (testConnection). Concurrent callers still share one login. */
  async freshLogin(signal?: AbortSignal): Promise<void> {
    const combined = this.callSignal(signal);
    try {
      if (this.config.configError) throw this.config.configError;
      await unlessCancelled(this.tokens.refresh(combined), combined, 'POST /auth');
    } catch (error) {
      throw this.asSiigoError(error, combined, 'POST /auth');
    }
  }

  /** Cancels everything queued or in flight from this client; later calls fail as cancelled. */
  close(): void {
    this.closed.abort(new CancelledError('The Siigo client was closed.'));
    this.tokens.clear();
  }

  /**
   * The shared login behind TokenManager. Runs under the client's close signal only: one caller
   * giving up must not fail the login the others wait for.
   */
  private async login(): Promise<AccessToken> {
    const what = 'POST /auth';
    if (this.config.configError) throw this.config.configError;
    const credentials = await this.readCredentials();
    this.config.scrubber.add(credentials.accessKey);
    const body = JSON.stringify({ username: credentials.username, access_key: credentials.accessKey });
    for (let attempt = 1; ; attempt++) {
      const sentAt = Date.now();
      const spec: AttemptSpec = {
        limiter: this.limiterFor(credentials.username),
        priority: 'interactive', // every queued call waits on the token: it goes first
        front: attempt > 1,
        signal: this.closed.signal,
        method: 'POST',
        url: this.url('/auth'),
        logPath: '/auth',
        headers: { 'Partner-Id': this.config.partnerId, Accept: 'application/json', 'Content-Type': 'application/json' },
        body,
        timeoutMs: this.config.timeouts.authMs,
        attempt,
      };
      const outcome = await this.runner.send(spec, what);
      const decision = this.runner.decide(outcome, what, 'replayable', attempt, true);
      if (decision.type === 'success') return this.tokenFrom(decision.text, credentials.username, sentAt);
      if (decision.type === 'fail') throw this.failed(decision, spec);
      if (decision.type === 'reauthenticate') throw new AuthError('Siigo refused the API credentials.');
      await this.runner.waitBeforeRetry(decision, spec, what);
    }
  }

  private async readCredentials(): Promise<SiigoCredentials> {
    let credentials: SiigoCredentials | null;
    try {
      credentials = await this.config.credentials();
    } catch {
      // The keychain's error text is not shown: it is not ours to vouch for.
      throw new AuthError('The Siigo API credentials could not be read from secure storage.');
    }
    if (!credentials || !credentials.username || !credentials.accessKey) {
      throw new AuthError('No Siigo API credentials are configured. Enter the API user and access key.');
    }
    return credentials;
  }

  private tokenFrom(text: string, username: string, sentAt: number): AccessToken {
    // Register the token as a secret before anything (even a parse error) could echo it.
    try {
      const raw = JSON.parse(text) as { access_token?: unknown } | null;
      if (typeof raw?.access_token === 'string') this.config.scrubber.add(raw.access_token);
    } catch {
      // parseSuccessBody reports it.
    }
    const auth = parseSuccessBody(text, authResponseSchema, 'POST /auth');
    const lifetimeMs = auth.expires_in * 1000; // seconds on the live API (FIELD-NOTES)
    this.config.logger.log('info', 'siigo login succeeded', { expiresInSeconds: auth.expires_in });
    return { value: auth.access_token, username, expiresAt: sentAt + lifetimeMs, lifetimeMs };
  }

  private failed(decision: Extract<AttemptDecision, { type: 'fail' }>, spec: AttemptSpec): SiigoError {
    if (decision.pauseLimiterMs !== undefined) spec.limiter.pauseFor(decision.pauseLimiterMs);
    return decision.error;
  }

  private apiHeaders(token: AccessToken, hasBody: boolean, idempotencyKey: string | undefined): Record<string, string> {
    const headers: Record<string, string> = {
      'Partner-Id': this.config.partnerId,
      Accept: 'application/json',
      Authorization: `Bearer ${token.value}`,
    };
    if (hasBody) headers['Content-Type'] = 'application/json';
    if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey;
    return headers;
  }

  private url(path: string, query?: URLSearchParams): URL {
    const url = new URL(this.config.baseUrl + path);
    if (query) url.search = query.toString();
    return url;
  }

  private limiterFor(username: string): SlidingWindowRateLimiter {
    return this.config.limiters.forCompany(this.config.baseUrl, username, this.config.rateLimit);
  }

  private callSignal(signal: AbortSignal | undefined): AbortSignal {
    return signal ? AbortSignal.any([signal, this.closed.signal]) : this.closed.signal;
  }

  private asSiigoError(error: unknown, signal: AbortSignal, what: string): SiigoError {
    if (error instanceof SiigoError) return error;
    if (signal.aborted) return new CancelledError(`${what} was cancelled.`);
    // A bug, not a Siigo failure; keep the message generic so no detail can leak a secret.
    const name = error instanceof Error ? error.name : 'unknown error';
    return new SiigoError('invalid_input', `${what} failed inside the client (${name}).`, { retryable: false, cause: error });
  }
}
