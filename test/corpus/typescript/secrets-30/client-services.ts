// corpus: path=src/lib/client-services.ts
// Browser SDKs. Every value here ships in the bundle by design; the matching server-side
// secrets live in the worker's environment (see server/config.ts).
import { initializeApp, type FirebaseOptions } from 'firebase/app';
import * as Sentry from '@sentry/react';
import mapboxgl from 'mapbox-gl';
import { loadStripe } from '@stripe/stripe-js';
import AdyenCheckout from '@adyen/adyen-web';
import { UnleashClient } from '@unleash/proxy-client-react';
import posthog from 'posthog-js';

const firebaseConfig: FirebaseOptions = {
  apiKey: 'AIzaSyD4q7vKX2nT9mLp0Rw8sYcE1bFh6JuZa3Q', // ok: hardcoded-secret
  authDomain: 'acme-retail-prod.firebaseapp.com',
  projectId: 'acme-retail-prod',
  storageBucket: 'acme-retail-prod.appspot.com',
  messagingSenderId: '318927461055',
  appId: '1:318927461055:web:8f2c6a1d9e4b7c03a5f1e2',
  measurementId: 'G-7KQ2M4XZ9P',
};

export const firebaseApp = initializeApp(firebaseConfig);

Sentry.init({
  dsn: 'https://4c1f9e2b7a5d48e3b6c0a9f8d7e6b5a4@o4505117.ingest.sentry.io/4505117339811840', // ok: hardcoded-secret
  release: import.meta.env.VITE_RELEASE ?? 'dev',
  tracesSampleRate: 0.1,
});

mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZS1yZXRhaWwiLCJhIjoiY2xwNHo4dDJ0MGFiNzJqbzJ4a2Q1bnQ0cSJ9.Gq8sX3vTbP2mKz7YwR1nLA'; // ok: hardcoded-secret

export const stripePromise = loadStripe('pk_live_51Nq2xKLm8RtY4vZp0Wc7bQsE3aHj6DfU9oI1gT5nX2kM8rV4yB7eA0cS3dF6gH9jK2lZ5xC8vN1bM4'); // ok: hardcoded-secret

export async function mountAdyen(el: HTMLElement, session: { id: string; sessionData: string }) {
  const checkout = await AdyenCheckout({
    environment: 'live',
    clientKey: 'live_7QW3ZGX2HRFNLKPYBM4C5D6TJVA8E1SU', // ok: hardcoded-secret
    session,
    analytics: { enabled: false },
  });
  return checkout.create('dropin').mount(el);
}

export const unleash = new UnleashClient({
  url: 'https://flags.acme-retail.com/api/frontend',
  clientKey: '*:production.4b8d1e7f2a9c6350e1d4b7a8c2f9e6d3b0a5c8f1e4d7a2b9c6f3', // ok: hardcoded-secret
  appName: 'storefront',
  refreshInterval: 30,
});

posthog.init('phc_Vx8tL2qN6mR4zK9wJ3pY7cB1sD5fH0gA2eU8iO4uT6', { // ok: hardcoded-secret
  api_host: 'https://eu.posthog.com',
  capture_pageview: false,
});

export const searchConfig = {
  appId: 'ZQ4KX8VY2M',
  // Search-only key; the admin key never leaves the indexing job.
  searchOnlyApiKey: '3f9c1e7a2b8d4f6e0a5c9b1d7e3f2a84', // ok: hardcoded-secret
  indexName: 'products_prod',
};

export const recaptchaSiteKey = '6LcR4xApAAAAAJk2vT9mQ3zY8wN5bF1hL7dC0sE4'; // ok: hardcoded-secret
export const turnstile = { siteKey: '0x4AAAAAAAQz7c2Tk9PbXm3F' }; // ok: hardcoded-secret
