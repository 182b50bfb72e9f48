// corpus: path=app.config.ts
import type { ExpoConfig, ConfigContext } from 'expo/config';

const IS_PROD = process.env.APP_VARIANT === 'production';

export default ({ config }: ConfigContext): ExpoConfig => ({
  ...config,
  name: IS_PROD ? 'Trailhead' : 'Trailhead (dev)',
  slug: 'trailhead',
  scheme: 'trailhead',
  version: '3.4.0',
  ios: {
    bundleIdentifier: IS_PROD ? 'com.trailhead.app' : 'com.trailhead.app.dev',
    config: {
      googleMapsApiKey: 'AIzaSyBq7Wn4Bp8Yc1Hf6Js0Gz5UeDk3Xq9vLm2', // ok: hardcoded-secret
    },
  },
  android: {
    package: IS_PROD ? 'com.trailhead.app' : 'com.trailhead.app.dev',
    config: {
      googleMaps: { apiKey: 'AIzaSyC2Rt7Wn4Bp8Yc1Hf6Js0Gz5UeDk3Xq9vL' }, // ok: hardcoded-secret
    },
  },
  plugins: [
    [
      '@rnmapbox/maps',
      {
        RNMapboxMapsDownloadToken: 'sk.eyJ1IjoidHJhaWxoZWFkIiwiYSI6ImNseDR6cTlrMjBhN3Eya3BnZGF3eHZ0b2sifQ.Qm7vL2xT9pKw4Zr8a7F3kQ', // expect: hardcoded-secret
      },
    ],
    [
      '@sentry/react-native/expo',
      {
        organization: 'trailhead',
        project: 'mobile',
        authToken: 'sntrys_eyJpYXQiOjE3MTIxNDU2MDAuMTIsInVybCI6Imh0dHBzOi8vc2VudHJ5LmlvIiwicmVnaW9uX3VybCI6Imh0dHBzOi8vdXMuc2VudHJ5LmlvIiwib3JnIjoidHJhaWxoZWFkIn0_Xk7pQ2mLrT9vWn4Bc8Yd1Hf6Js0Gz5UeDk3Xq9vLm2', // expect: hardcoded-secret
      },
    ],
  ],
  extra: {
    mapboxPublicToken: 'pk.eyJ1IjoidHJhaWxoZWFkIiwiYSI6ImNseDR6cTlrMjBhN3Eya3BnZGF3eHZ0b2sifQ.Wn4Bp8Yc1Hf6Js0Gz5UeDk', // ok: hardcoded-secret
    sentryDsn: 'https://9b2c7e4f1a8d46b3a0c5e8f2d7b1a9c4@o482913.ingest.sentry.io/5527390', // ok: hardcoded-secret
    posthogKey: 'phc_Ux4Kq9vLm2Rt7Wn4Bp8Yc1Hf6Js0Gz5UeDk3Xq9vLm', // ok: hardcoded-secret
    posthogHost: 'https://eu.i.posthog.com',
    apiUrl: IS_PROD ? 'https://api.trailhead.app' : 'https://staging-api.trailhead.app',
    eas: { projectId: '6f2a9c4e-1b7d-43a8-b5c0-e9f2d1a8b7c6' }, // ok: hardcoded-secret
  },
  updates: {
    url: 'https://u.expo.dev/6f2a9c4e-1b7d-43a8-b5c0-e9f2d1a8b7c6',
  },
  runtimeVersion: { policy: 'appVersion' },
});
