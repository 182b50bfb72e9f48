// corpus: path=sentry.client.config.js
import * as Sentry from '@sentry/nextjs';
import posthog from 'posthog-js';

Sentry.init({
  dsn: 'https://9b2c7e4f1a8d46b3a0c5e8f2d7b1a9c4@o482913.ingest.us.sentry.io/4507127381', // ok: hardcoded-secret
  tracesSampleRate: 0.2,
  replaysSessionSampleRate: 0.05,
  replaysOnErrorSampleRate: 1.0,
  integrations: [Sentry.replayIntegration({ maskAllText: true, blockAllMedia: true })],
  beforeSend(event) {
    if (event.request?.headers) delete event.request.headers.authorization;
    return event;
  },
});

if (typeof window !== 'undefined') {
  posthog.init('phc_Ux4Kq9vLm2Rt7Wn4Bp8Yc1Hf6Js0Gz5UeDk3Xq9vLm', { // ok: hardcoded-secret
    api_host: 'https://eu.i.posthog.com',
    person_profiles: 'identified_only',
    capture_pageview: false,
  });
}

export const FEATURE_FLAGS = {
  newCheckout: 'new-checkout',
  passkeyLogin: 'passkey-login', // ok: hardcoded-secret
};
