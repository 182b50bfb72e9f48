// corpus: path=src/analytics.js
// Third-party browser SDKs. Everything below is a project identifier the vendor expects in page source.
import { AnalyticsBrowser } from '@segment/analytics-next';
import mixpanel from 'mixpanel-browser';
import * as amplitude from '@amplitude/analytics-browser';
import { datadogRum } from '@datadog/browser-rum';
import * as LDClient from 'launchdarkly-js-client-sdk';

export const segment = AnalyticsBrowser.load({ writeKey: 'Xq8vT2mK9pL4wR7zN1bC6yH3sD5fJ0gA' }); // ok: hardcoded-secret

mixpanel.init('8d3f1e7a2b9c4f6e0a5d9b1c7e3f2a84', { persistence: 'localStorage', ip: false });

amplitude.init('5b16f6d8f76c6b3567d1211f32bb4b9c', { defaultTracking: { pageViews: true } });

datadogRum.init({
  applicationId: '1544e41e-008c-4dd7-b042-70e0d75f02d7',
  clientToken: 'pub3e1974b0cb85a9f98744d0507abf8be0', // ok: hardcoded-secret
  site: 'datadoghq.eu',
  service: 'storefront-web',
  env: 'prod',
  sessionSampleRate: 20,
});

export const flags = LDClient.initialize('64f1c2a9e3b7d50012ab34cd', { key: 'anonymous', anonymous: true });

window.intercomSettings = { api_base: 'https://api-iam.eu.intercom.io', app_id: 'zq4kx8vy' };

/** Google Maps JS API: the key is restricted to our domains in the Cloud console. */
export function loadMaps() {
  const script = document.createElement('script');
  script.src = 'https://maps.googleapis.com/maps/api/js?key=AIzaSyB7kQ2mX9vT4pL8wR1zN6cY3hD5sF0gJ2e&libraries=places&callback=initMap'; // ok: hardcoded-secret
  script.async = true;
  document.head.appendChild(script);
}

export const trackingConsentKey = 'acme_consent_v2';
export const sessionReplayKey = 'acme.replay.session.v1'; // ok: hardcoded-secret

export function identify(user) {
  segment.identify(user.id, { plan: user.plan, createdAt: user.createdAt });
  mixpanel.identify(user.id);
  amplitude.setUserId(user.id);
  datadogRum.setUser({ id: user.id, plan: user.plan });
  flags.identify({ key: user.id, custom: { plan: user.plan } });
}
