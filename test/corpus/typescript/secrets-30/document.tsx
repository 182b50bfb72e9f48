// corpus: path=src/app/document.tsx
import type { ReactNode } from 'react';

/** Replaced per response by the edge worker with a fresh nonce; never a real value in source. */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';

const CSP = [
  "default-src 'self'",
  `script-src 'self' 'nonce-${CSP_NONCE_PLACEHOLDER}' 'sha256-B2yPHKaXnvFWtRChIbabYmUBFZdVfKKXHbWtWidDVF8=' https://js.stripe.com`,
  "style-src 'self' 'unsafe-inline'",
  "frame-src https://js.stripe.com https://challenges.cloudflare.com",
].join('; ');

const KEY_ICON =
  'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAyNCAyNCI+PHBhdGggZD0iTTcgMTRhMyAzIDAgMSAxIDAtNiAzIDMgMCAwIDEgMCA2eiIvPjwvc3ZnPg==';

const PASSWORD_EYE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 5c-7 0-10 7-10 7s3 7 10 7 10-7 10-7-3-7-10-7zm0 11a4 4 0 1 1 0-8 4 4 0 0 1 0 8z"/></svg>`;

export const vendorScripts = [
  {
    src: 'https://cdn.jsdelivr.net/npm/@zxcvbn-ts/core@3.0.4/dist/zxcvbn-ts.js',
    integrity: 'sha384-Hz8vD1K5LmrPfoIBWDmmJcIpEUWMIo15F7OWSGUzx8a1w+4bcLiDhUvjnF+58wMo', // ok: hardcoded-secret
    crossOrigin: 'anonymous' as const,
  },
  {
    src: 'https://cdn.jsdelivr.net/npm/qrcode@1.5.3/build/qrcode.min.js',
    integrity: 'sha384-dDavjKIyEaY84cxT9QE9GJ1q/C1zZyScao7JoEem5MgkRy51u6Q6eJbmxrTQu9Bc', // ok: hardcoded-secret
    crossOrigin: 'anonymous' as const,
  },
];

/** Route chunks the service worker precaches for the account pages (from the build's asset manifest). */
export const PRECACHE = {
  'reset-password': 'reset-password.5d41402a.chunk.js', // ok: hardcoded-secret
  'api-keys': 'api-keys.3db2db7a.chunk.js',
  'two-factor-secret': 'two-factor-secret.fadf1541.chunk.css', // ok: hardcoded-secret
  'session-token': 'session-token.a9b3aa91.chunk.js', // ok: hardcoded-secret
};

export const passwordInputClasses = {
  root: 'PasswordInput_root__x7Gq2',
  toggle: 'PasswordInput_toggle__3kLmP',
  meter: 'PasswordInput_meter__Vb9sQ',
};

export function Document({ children, nonce }: { children: ReactNode; nonce: string }) {
  return (
    <html lang="en">
      <head>
        <meta httpEquiv="Content-Security-Policy" content={CSP.replaceAll(CSP_NONCE_PLACEHOLDER, nonce)} />
        <link rel="icon" type="image/svg+xml" href={KEY_ICON} />
        <link
          rel="preload"
          href="/fonts/inter-var.woff2"
          as="font"
          type="font/woff2"
          integrity="sha384-72J9QvDptT3yENXcu9xepxwSRxBkTulzxnMtUlLwg7g3EO1B3QMD3VPOSLtNWDxy"
          crossOrigin="anonymous"
        />
        {vendorScripts.map((s) => (
          <script key={s.src} src={s.src} integrity={s.integrity} crossOrigin={s.crossOrigin} nonce={nonce} defer />
        ))}
      </head>
      <body>
        <template id="password-eye" dangerouslySetInnerHTML={{ __html: PASSWORD_EYE_SVG }} />
        {children}
      </body>
    </html>
  );
}
