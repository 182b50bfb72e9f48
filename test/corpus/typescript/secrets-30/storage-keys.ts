// corpus: path=src/auth/storage.ts
import { z } from 'zod';

/**
 * Keys under which the SPA keeps its session in the browser. Bump the suffix when the stored
 * shape changes so old tabs drop their copy instead of parsing it.
 */
export const STORAGE = {
  accessToken: 'acme.auth.accessToken.v3', // ok: hardcoded-secret
  refreshToken: 'acme.auth.refreshToken.v3', // ok: hardcoded-secret
  idToken: '@acme/auth:id-token:v2', // ok: hardcoded-secret
  pkceVerifier: 'acme.auth.pkce',
  returnTo: 'acme.auth.returnTo',
} as const;

export const AUTH_COOKIE = '__Host-acme_session';
export const CSRF_HEADER = 'x-acme-csrf';
export const API_KEY_HEADER = 'X-Acme-Api-Key';
export const TOKEN_ENV = 'ACME_API_TOKEN'; // ok: hardcoded-secret

const storedSession = z.object({
  accessToken: z.string().min(20),
  refreshToken: z.string().min(20),
  expiresAt: z.number().int(),
});

export type StoredSession = z.infer<typeof storedSession>;

export function saveSession(session: StoredSession): void {
  localStorage.setItem(STORAGE.accessToken, session.accessToken);
  localStorage.setItem(STORAGE.refreshToken, session.refreshToken);
  localStorage.setItem(`${STORAGE.accessToken}.exp`, String(session.expiresAt));
}

export function loadSession(): StoredSession | null {
  const parsed = storedSession.safeParse({
    accessToken: localStorage.getItem(STORAGE.accessToken),
    refreshToken: localStorage.getItem(STORAGE.refreshToken),
    expiresAt: Number(localStorage.getItem(`${STORAGE.accessToken}.exp`)),
  });
  return parsed.success ? parsed.data : null;
}

export function clearSession(): void {
  for (const key of Object.values(STORAGE)) localStorage.removeItem(key);
  localStorage.removeItem(`${STORAGE.accessToken}.exp`);
  // Keys written by the v2 client before the rename.
  localStorage.removeItem('acme_access_token');
  localStorage.removeItem('acme_refresh_token');
}

/** Token format checks only: the server verifies the signature. */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
export const PERSONAL_TOKEN_PREFIX = 'acme_pat_';
export const personalTokenMask = 'acme_pat_••••••••••••';
export const apiKeyFormat = 'ak_[0-9a-f]{32}';
