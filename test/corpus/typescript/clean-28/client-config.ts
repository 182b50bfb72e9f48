// corpus: path=src/web/client-config.ts
import { initializeApp } from 'firebase/app'
import * as Sentry from '@sentry/browser'
import { loadStripe } from '@stripe/stripe-js'

/**
 * Browser configuration. Everything here ships in the bundle and is public by design: Firebase web
 * config identifies the project (access is enforced by security rules), a Sentry DSN only accepts
 * events, and a Stripe publishable key can only create tokens.
 */
export const firebaseConfig = {
  apiKey: 'AIzaSyDl3f9GhJ2kq8Yx7Zc4Vb1Nm0Pq5Rs6Tu8', // ok: hardcoded-secret
  authDomain: 'acme-prod.firebaseapp.com',
  projectId: 'acme-prod',
  storageBucket: 'acme-prod.appspot.com',
  messagingSenderId: '480213377016',
  appId: '1:480213377016:web:7c1e5f3a9b2d4c6e8f0a1b',
  measurementId: 'G-7QK2M9XZ3L',
}

export const SENTRY_DSN = 'https://4f1e2d3c5b6a47988a1b2c3d4e5f6a7b@o450123.ingest.sentry.io/5512345' // ok: hardcoded-secret
export const STRIPE_PUBLISHABLE_KEY = 'pk_live_51NqB2cLkdIwHu7ixQ8fWbKpzR3tY6uI9oP2aS5dF8gH1jK4lZ7xC0vB3nM6' // ok: hardcoded-secret
export const RECAPTCHA_SITE_KEY = '6LcQk2EqAAAAAB3xYv9pN8mR7tW6uZ5aS4dF3gH2' // ok: hardcoded-secret
export const MAPBOX_PUBLIC_TOKEN = 'pk.eyJ1IjoiYWNtZSIsImEiOiJjbHh5ejEyMzQwMDAwMmpvNnZ4a3RlZ2RqIn0.Zk3fJp8QzY1vR6nL2tW9cA' // ok: hardcoded-secret
export const ALGOLIA = { appId: 'K7Q2M9XZ3L', searchOnlyApiKey: '1f3e5d7c9b2a4f6e8d0c2b4a6f8e0d2c' } // ok: hardcoded-secret

export const app = initializeApp(firebaseConfig)

Sentry.init({
  dsn: SENTRY_DSN,
  tracesSampleRate: 0.1,
  environment: import.meta.env.MODE,
  beforeSend(event) {
    if (event.request?.headers) delete event.request.headers.Authorization
    return event
  },
})

export const stripePromise = loadStripe(STRIPE_PUBLISHABLE_KEY)
