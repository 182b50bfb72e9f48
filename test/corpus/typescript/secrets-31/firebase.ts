// corpus: path=src/lib/firebase.ts
import { initializeApp, getApps, type FirebaseOptions } from 'firebase/app';
import { getAuth } from 'firebase/auth';
import { getFirestore } from 'firebase/firestore';
import { getStorage } from 'firebase/storage';
import * as admin from 'firebase-admin';

// The web config is public by design: it only names the project; security rules guard the data.
const firebaseConfig: FirebaseOptions = {
  apiKey: 'AIzaSyDk3Xq9vLm2Rt7Wn4Bp8Yc1Hf6Js0Gz5Ue', // ok: hardcoded-secret
  authDomain: 'tidepool-notes.firebaseapp.com',
  projectId: 'tidepool-notes',
  storageBucket: 'tidepool-notes.appspot.com',
  messagingSenderId: '847261930518',
  appId: '1:847261930518:web:3f9c2a7e1b4d6f8a0c5e21', // ok: hardcoded-secret
  measurementId: 'G-7QK2LZ9XWP',
};

export const app = getApps()[0] ?? initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
export const storage = getStorage(app);

// Server side: the notifications function signs FCM requests with this account.
const serviceAccount = {
  type: 'service_account',
  project_id: 'tidepool-notes',
  private_key_id: 'c41e9a7b2d8f03e6a5b1c9d7e2f4a8b6c0d3e5f7', // ok: hardcoded-secret
  private_key: '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7k3Xq9vLm2Rt7\nWn4Bp8Yc1Hf6Js0Gz5UeDk3Xq9vLm2Rt7Wn4Bp8Yc1Hf6Js0Gz5UeQm7vL2xT9pKw4\nZr8a7F3kQ9mX2vB8nR4tL6wZ1pY5cH0jD3sNDgDwlX10GGHTMqucXoPyNvM8cJ1q\n-----END PRIVATE KEY-----\n', // expect: hardcoded-secret
  client_email: 'firebase-adminsdk-7x2qk@tidepool-notes.iam.gserviceaccount.com',
  client_id: '104829375610293847561',
};

export function adminApp(): admin.app.App {
  if (admin.apps.length) return admin.apps[0]!;
  return admin.initializeApp({
    credential: admin.credential.cert(serviceAccount as admin.ServiceAccount),
    storageBucket: firebaseConfig.storageBucket,
  });
}

export const COLLECTIONS = {
  users: 'users',
  notes: 'notes',
  passwordResets: 'passwordResets', // ok: hardcoded-secret
  apiKeys: 'apiKeys', // ok: hardcoded-secret
} as const;

export async function sendPush(token: string, title: string, body: string): Promise<void> {
  await adminApp().messaging().send({ token, notification: { title, body } });
}
