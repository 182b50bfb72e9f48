// corpus: path=src/server/auth/apple.ts
import { SignJWT, importPKCS8, importSPKI, jwtVerify } from 'jose';

const TEAM_ID = 'QX7K2M9RZP';
const KEY_ID = 'D4T8W2LQ6N';
const CLIENT_ID = 'com.acmeretail.web';

// Apple's key for "Sign in with Apple" client secrets (AuthKey_D4T8W2LQ6N.p8).
const APPLE_PRIVATE_KEY = `-----BEGIN PRIVATE KEY----- // expect: hardcoded-secret
MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQgT3x9Kq2Lm8Vw4Zr7
pN1yB6cH0sD5fJ3gA8eU2iO4uT6gCgYIKoZIzj0DAQehRANCAAR7mQ2xV9kL4pZw
8tN3rY6cB1sH5fD0gJ2eA7uI4oK9lM3nP6qR1tS8vW2xY5zA0bC3dE6fG9hJ2kL5
mN8pQ1rT
-----END PRIVATE KEY-----`;

// Public half of our webhook signing key, shared with partners so they can verify deliveries.
export const WEBHOOK_PUBLIC_KEY = `-----BEGIN PUBLIC KEY----- // ok: hardcoded-secret
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq3Yx8Vn2Lk7Wm4Zr9Tp1Bc6Hs0Df
5Jg3Ae8Ui2Oo4Ut6Rf9Qw1Ex3Zc7Vb2Nm5Lk8Jh4Gf6Dd0Sa1Pp3Oo9Ii2Uu5Yy==
-----END PUBLIC KEY-----`;

// Pinned intermediate for the bank's mTLS endpoint (the certificate only, no key).
export const BANK_INTERMEDIATE_CERT = `-----BEGIN CERTIFICATE----- // ok: hardcoded-secret
MIIBszCCAVmgAwIBAgIUFq2xN8vL3mT7pK9wR4zY1cB6sH0wCgYIKoZIzj0EAwIw
HzEdMBsGA1UEAwwUQWNtZSBCYW5rIEludGVybWVkaWF0ZTAeFw0yNDAxMDEwMDAw
-----END CERTIFICATE-----`;

export async function appleClientSecret(): Promise<string> {
  const key = await importPKCS8(APPLE_PRIVATE_KEY, 'ES256');
  return new SignJWT({})
    .setProtectedHeader({ alg: 'ES256', kid: KEY_ID })
    .setIssuer(TEAM_ID)
    .setSubject(CLIENT_ID)
    .setAudience('https://appleid.apple.com')
    .setIssuedAt()
    .setExpirationTime('150d')
    .sign(key);
}

export async function verifyPartnerCallback(token: string) {
  const key = await importSPKI(WEBHOOK_PUBLIC_KEY, 'ES256');
  const { payload } = await jwtVerify(token, key, { issuer: 'https://api.acme-retail.com' });
  return payload;
}
