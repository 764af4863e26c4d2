import { z } from 'zod';

/** Body of `POST https://api.siigo.com/auth` (no `/v1`). */
export const authRequestSchema = z.strictObject({
  username: z.string().min(1),
  access_key: z.string().min(1),
});
export type AuthRequest = z.infer<typeof authRequestSchema>;

/**
 * `expires_in` is in seconds (86400 = 24 h) although the Blueprint says milliseconds; there is no
 * refresh token, the client logs in again before expiry.
 */
export const authResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  token_type: z.string().nullish(),
  scope: z.string().nullish(),
});
export type AuthResponse = z.infer<typeof authResponseSchema>;
