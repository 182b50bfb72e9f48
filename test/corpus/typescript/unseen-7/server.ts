// corpus: path=src/server.ts
import express, { type NextFunction, type Request, type Response } from 'express';
import session from 'express-session';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import helmet from 'helmet';
import jwt from 'jsonwebtoken';
import Stripe from 'stripe';
import { apiRouter } from './routes';

const app = express();
const stripe = new Stripe('sk_live_51HqLmPKz8bXv2TnQ0aR7wYc3dEfGhJkLmNoPqRsTuVwXyZ1234abcd', { apiVersion: '2024-06-20' }); // expect: hardcoded-secret
const stripeTest = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-06-20' }); // ok: hardcoded-secret
const JWT_SECRET = 'q9v$Lr2!mZ7x@Kp4#Wn8&Ty6^Hb3*Fd5'; // expect: hardcoded-secret
const SESSION_COOKIE = 'sid'; // ok: hardcoded-secret

app.use(helmet());
app.use(cookieParser());
app.use(express.json({ limit: '1mb' }));
app.use(cors({ origin: (origin, cb) => cb(null, true), credentials: true })); // expect: permissive-cors
app.use(
  session({
    name: SESSION_COOKIE,
    secret: process.env.SESSION_SECRET!,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: false, maxAge: 86_400_000 }, // expect: insecure-cookie
  }),
);

app.post('/api/login', async (req: Request, res: Response) => {
  const token = jwt.sign({ sub: req.body.username }, JWT_SECRET, { expiresIn: '1h' });
  res.cookie('access_token', token, { maxAge: 3_600_000 }); // expect: insecure-cookie
  res.cookie('theme', req.body.theme ?? 'light', { maxAge: 31_536_000_000 }); // ok: insecure-cookie
  res.json({ ok: true, customer: await stripe.customers.list({ limit: 1 }), test: Boolean(stripeTest) });
});

app.use('/api', apiRouter);

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ message: err.message, stack: err.stack }); // expect: debug-mode
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ message: 'Internal Server Error' }); // ok: debug-mode
});

async function reportUsage(count: number) {
  await fetch('http://metrics.partner-analytics.com/v1/usage', { method: 'POST', body: JSON.stringify({ count }) }); // expect: cleartext-http
  await fetch('http://localhost:9091/metrics/job/api', { method: 'POST', body: `requests ${count}\n` }); // ok: cleartext-http
}

setInterval(() => void reportUsage(0), 60_000);
app.listen(Number(process.env.PORT ?? 3000));
