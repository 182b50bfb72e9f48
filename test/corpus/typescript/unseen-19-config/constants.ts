// corpus: path=src/lib/constants.ts
// Values shared by the web app and the edge functions. Anything secret comes from the
// environment; the literals here are public identifiers and URLs.

export const APP_NAME = 'Harbor';
export const APP_URL = process.env.NEXT_PUBLIC_APP_URL ?? 'http://localhost:3000'; // ok: cleartext-http
export const SUPPORT_EMAIL = 'support@harbor.dev';

export const STRIPE_PUBLISHABLE_KEY = 'pk_live_51Hq8xKJ2mT9vLr4Wn7Bc3Df6Gs1Yp0Za5Xe8Qk2Mv'; // ok: hardcoded-secret
export const STRIPE_SECRET_KEY = 'sk_live_51Hq8xKJ2mT9vLr4Wn7Bc3Df6Gs1Yp0Za5Xe8Qk2MvR4tN'; // expect: hardcoded-secret
export const STRIPE_PRICE_PRO = 'price_1NZk2LJ2mT9vLr4W7Bc3Df6G';

export const FIREBASE_CONFIG = {
  apiKey: 'AIzaSyB3k9Xq2Lm7Vr4Tb8Nz1Jc6Hd0Fs5GyPe', // ok: hardcoded-secret
  authDomain: 'harbor-prod.firebaseapp.com',
  projectId: 'harbor-prod',
  appId: '1:908172635401:web:4c2f9e8a1b7d3e6f',
};

export const GEOCODER_URL = 'http://geo.mapbridge.io/v2/search'; // expect: cleartext-http
export const XML_NAMESPACE = 'http://www.w3.org/2000/svg'; // ok: cleartext-http
export const TERMS_URL = 'https://harbor.dev/terms';

export const MAPBRIDGE_TOKEN = 'mb.eyJ1IjoiaGFyYm9yIiwiYSI6ImNrOXN4In0.Q7Lk2Vx9Tr4Wb8Nz1Jc6Hd'; // expect: hardcoded-secret
export const INTERNAL_ADMIN_PASSWORD = process.env.ADMIN_PASSWORD!; // ok: hardcoded-secret
export const PASSWORD_PLACEHOLDER = '••••••••'; // ok: hardcoded-secret
export const PASSWORD_MIN_LENGTH = 12;

export const UPLOAD_LIMITS = {
  avatarBytes: 2 * 1024 * 1024,
  attachmentBytes: 25 * 1024 * 1024,
  maxFiles: 10,
} as const;

export const FEATURE_FLAGS = {
  newBilling: process.env.NEXT_PUBLIC_FLAG_NEW_BILLING === '1',
  debugPanel: process.env.NODE_ENV !== 'production', // ok: debug-mode
} as const;
