/** A Siigo access token and what it belongs to. `value` is a secret: never log it. */
export interface AccessToken {
  value: string;
  /** The API user it was issued to: selects the company's rate limiter. */
  username: string;
  /** Epoch ms, measured from when the login request was SENT (conservative). */
  expiresAt: number;
  lifetimeMs: number;
}

/** Renew when less than this is left: 10 % of the lifetime, at most 5 minutes. */
export function renewalMarginMs(lifetimeMs: number): number {
  return Math.min(5 * 60_000, lifetimeMs * 0.1);
}

/**
 * Caches the token in memory and renews it BEFORE it expires. Invariants:
 * - at most ONE login is in flight; every concurrent caller awaits the same one;
 * - the shared login is not tied to any single caller's AbortSignal (one caller giving up must
 *   not fail the others); a caller's abort only stops that caller waiting;
 * - `invalidate(token)` only clears the cache if that token is still the current one, so twenty
 *   calls failing with 401 on the same stale token cause one new login, not twenty.
 */
export class TokenManager {
  private current: AccessToken | undefined;
  private inFlight: Promise<AccessToken> | undefined;

  constructor(
    private readonly login: () => Promise<AccessToken>,
    private readonly clock: () => number = Date.now,
  ) {}

  async get(signal: AbortSignal): Promise<AccessToken> {
    const token = this.current;
    if (token && this.clock() < token.expiresAt - renewalMarginMs(token.lifetimeMs)) return token;
    return this.waitForLogin(signal);
  }

  /** Drops the cached token and logs in again (testConnection: prove the credentials now). */
  async refresh(signal: AbortSignal): Promise<AccessToken> {
    if (!this.inFlight) this.current = undefined;
    return this.waitForLogin(signal);
  }

  invalidate(token: AccessToken): void {
    if (this.current === token) this.current = undefined;
  }

  /** Forget the token (credentials changed, client closed). */
  clear(): void {
    this.current = undefined;
  }

  private waitForLogin(signal: AbortSignal): Promise<AccessToken> {
    if (!this.inFlight) {
      const login = this.login().then(
        (token) => {
          if (this.inFlight === login) this.inFlight = undefined;
          this.current = token;
          return token;
        },
        (error: unknown) => {
          if (this.inFlight === login) this.inFlight = undefined;
          throw error;
        },
      );
      this.inFlight = login;
    }
    return raceAbort(this.inFlight, signal);
  }
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

