/**
 * Access tokens from POST /auth. Opaque random strings (clients must not parse them), valid for
 * `ttlSeconds` on the sandbox clock. `expireAll` simulates Siigo ending every session (e.g. the
 * company regenerated its credentials) without forgetting who the token belonged to.
 */
import { randomBytes } from 'node:crypto';

interface TokenEntry {
  username: string;
  expiresAtMs: number;
}

export class TokenStore {
  private readonly tokens = new Map<string, TokenEntry>();

  constructor(
    private readonly ttlSeconds: number,
    private readonly now: () => Date,
  ) {}

  issue(username: string): { access_token: string; expires_in: number } {
    const token = `eyJ${randomBytes(36).toString('base64url')}`;
    this.tokens.set(token, { username, expiresAtMs: this.now().getTime() + this.ttlSeconds * 1000 });
    return { access_token: token, expires_in: this.ttlSeconds };
  }

  /** The company (username) of a live token, or undefined when unknown or expired. */
  verify(token: string): string | undefined {
    const entry = this.tokens.get(token);
    if (!entry || this.now().getTime() >= entry.expiresAtMs) return undefined;
    return entry.username;
  }

  expireAll(): void {
    for (const entry of this.tokens.values()) entry.expiresAtMs = Number.NEGATIVE_INFINITY;
  }
}

/** `Authorization: Bearer <token>` or the bare token (the Blueprint shows it bare). */
export function tokenFromHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  const match = /^Bearer\s+(.+)$/i.exec(trimmed);
  return (match ? match[1] : trimmed)?.trim() || undefined;
}
