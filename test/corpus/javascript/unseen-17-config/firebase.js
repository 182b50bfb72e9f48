// corpus: path=src/lib/firebase.js
import { initializeApp, getApps } from 'firebase/app';
import { getAuth, GoogleAuthProvider } from 'firebase/auth';
import { getFirestore } from 'firebase/firestore';
import * as Sentry from '@sentry/browser';
import { loadStripe } from '@stripe/stripe-js';

const firebaseConfig = {
  apiKey: 'AIzaSyC7xQm2Lp9Rt4Vw8Zb1Nc6Kd3Hf5Jg0Ye2', // ok: hardcoded-secret
  authDomain: 'tally-prod.firebaseapp.com',
  projectId: 'tally-prod',
  storageBucket: 'tally-prod.appspot.com',
  messagingSenderId: '402918375561',
  appId: '1:402918375561:web:7c2e9f1a4b8d3e6f0a5c21',
  measurementId: 'G-4KX9Q2ZB7M',
};

export const app = getApps()[0] ?? initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
export const googleProvider = new GoogleAuthProvider();
googleProvider.setCustomParameters({ prompt: 'select_account' });

Sentry.init({
  dsn: 'https://9e2b4c7a1f3d48e6b0a5c8d2f7e1b3a9@o4505127.ingest.sentry.io/4505127334912', // ok: hardcoded-secret
  tracesSampleRate: 0.1,
  environment: import.meta.env.MODE,
});

export const stripePromise = loadStripe('pk_live_51Mv2TcGh7Kq9Wx3Rb8Lp4Zn6Yd1Fs0Ja2Ec5Hu'); // ok: hardcoded-secret

export const MAPBOX_TOKEN = 'pk.eyJ1IjoidGFsbHkiLCJhIjoiY2x4OXE3cjJrMGR5MzJqcGZ5bWd6dGQ0ZiJ9.Qw8nZ3kL2xV7pR4tY1mB6c'; // ok: hardcoded-secret

export const ALGOLIA = {
  appId: 'H7QK2LZ9XB',
  searchKey: '3f8a1c6e9b2d5f7a0c4e8b1d6f9a2c5e', // ok: hardcoded-secret
  indexName: 'tally_products',
};
