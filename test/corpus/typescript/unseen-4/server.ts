// corpus: path=src/server.ts
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import cookieSession from 'cookie-session';
import mongoose from 'mongoose';
import axios from 'axios';
import { Client } from 'pg';

const app = express();
const isProd = process.env.NODE_ENV === 'production';

app.use(helmet());
app.use(cookieSession({
  name: 'session',
  keys: [process.env.COOKIE_KEY_1!, process.env.COOKIE_KEY_2!],
  httpOnly: true,
  secure: false, // expect: insecure-cookie
  maxAge: 24 * 60 * 60 * 1000,
}));

await mongoose.connect('mongodb://reporting:Xk93hTq2pLm8@mongo-1.internal.example.com:27017/reports'); // expect: hardcoded-secret
await mongoose.connect(process.env.MONGO_URL ?? 'mongodb://localhost:27017/reports'); // ok: hardcoded-secret

const pg = new Client({
  host: 'db.internal.example.com',
  user: 'app',
  password: 'N0t-so-s3cret!2024', // expect: hardcoded-secret
});
const pgLocal = new Client({ host: 'localhost', user: 'postgres', password: process.env.PGPASSWORD }); // ok: hardcoded-secret

const billing = axios.create({ baseURL: 'http://billing.partner-api.com/v3', timeout: 5000 }); // expect: cleartext-http
const sidecar = axios.create({ baseURL: 'http://127.0.0.1:3500/v1.0' }); // ok: cleartext-http

export async function chargeCard(customerId: string, amountCents: number) {
  return billing.post('/charges', { customerId, amountCents });
}

export async function notifyPartner(event: object) {
  await fetch('http://hooks.partner-crm.net/ingest', { method: 'POST', body: JSON.stringify(event) }); // expect: cleartext-http
}

app.use((err: Error, req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).send(`<h1>Internal error</h1><pre>${err.stack}</pre>`); // expect: debug-mode
});

app.use((err: Error, req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: 'internal', detail: isProd ? undefined : err.stack }); // ok: debug-mode
});

export { app, pg, pgLocal, sidecar };
