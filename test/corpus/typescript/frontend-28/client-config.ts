// corpus: path=web/src/config/client.ts
// Values bundled into the browser build. Everything here is readable by anyone who opens the app.
import { initializeApp } from 'firebase/app'
import { loadStripe } from '@stripe/stripe-js'
import * as Sentry from '@sentry/react'
import algoliasearch from 'algoliasearch/lite'

export const firebaseApp = initializeApp({
  apiKey: 'AIzaSyD3kQm8v1XbR2pL7nT0wYz5cF9hJ4sA6eU', // ok: hardcoded-secret
  authDomain: 'brightdesk-prod.firebaseapp.com',
  projectId: 'brightdesk-prod',
  storageBucket: 'brightdesk-prod.appspot.com',
  messagingSenderId: '418273650912',
  appId: '1:418273650912:web:7c2e9a4b1d8f3e6a5b0c9d',
})

export const stripePromise = loadStripe('pk_live_51NqXyZKp3Lm8Tq2RvW9sYb4Hc7Jd1Fg6Ae0Uo5Ii3Ee8Rr2Tt9Yy4Uu7Oo1Pp6') // ok: hardcoded-secret

Sentry.init({
  dsn: 'https://4f2a9c7e1b3d4e5f8a6b0c2d9e7f1a3b@o482913.ingest.sentry.io/5713384', // ok: hardcoded-secret
  tracesSampleRate: 0.1,
  environment: import.meta.env.MODE,
})

export const searchClient = algoliasearch('Q8ZK3M1T7W', '9c1f7b3e5a2d4c6b8e0f1a3b5c7d9e2f') // ok: hardcoded-secret

// Admin key used by the "reindex" button on the internal tools page.
export const ALGOLIA_ADMIN_API_KEY = 'e7b2d9f4a1c6e3b8d5f0a2c7e4b9d1f6' // expect: hardcoded-secret

export const MAPBOX_TOKEN = 'pk.eyJ1IjoiYnJpZ2h0ZGVzayIsImEiOiJjbHh5ejEyMzQwMDAwMmtvNnp6dXh5ejEyIn0.Qm9ndXNTaWduYXR1cmVWYWx1ZQ' // ok: hardcoded-secret

export const FEATURE_FLAGS = {
  newInbox: true,
  aiReplies: import.meta.env.VITE_AI_REPLIES === '1',
  legacyExport: false,
} as const
