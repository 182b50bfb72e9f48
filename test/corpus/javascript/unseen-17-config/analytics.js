// corpus: path=src/lib/analytics.js
import mixpanel from 'mixpanel-browser';
import { datadogRum } from '@datadog/browser-rum';
import { AnalyticsBrowser } from '@segment/analytics-next';
import posthog from 'posthog-js';

const MIXPANEL_TOKEN = '7c1e4f9a2b8d3065e4f1a9c2b7d5e830'; // ok: hardcoded-secret
const SEGMENT_WRITE_KEY = 'Qx7Lm2Vr9Kt4Wb8Zn1Jc6Hd3Fs5Gy0Pe'; // ok: hardcoded-secret
const POSTHOG_KEY = 'phc_9Kq2Xw7Lm4Rt8Vb1Nz6Jc3Hd0Fs5GyPeUa2Bc'; // ok: hardcoded-secret

export const analytics = AnalyticsBrowser.load({ writeKey: SEGMENT_WRITE_KEY });

export function initAnalytics({ userId, consent }) {
  if (!consent.analytics) return;
  mixpanel.init(MIXPANEL_TOKEN, { track_pageview: 'url-with-path', persistence: 'localStorage' });
  posthog.init(POSTHOG_KEY, { api_host: 'https://eu.i.posthog.com', person_profiles: 'identified_only' });
  datadogRum.init({
    applicationId: '5f2c9a1e-7b3d-4e8f-a6c0-d1b9e7f3a2c5',
    clientToken: 'pub8c1e4f7a2b9d06e3f5a8c2b7d1e4f9a3', // ok: hardcoded-secret
    site: 'datadoghq.eu',
    service: 'tally-web',
    env: 'production',
    sessionSampleRate: 20,
    trackUserInteractions: true,
  });
  if (userId) {
    mixpanel.identify(userId);
    posthog.identify(userId);
    analytics.identify(userId);
  }
}

export function track(event, props = {}) {
  mixpanel.track(event, props);
  posthog.capture(event, props);
  analytics.track(event, props);
}
