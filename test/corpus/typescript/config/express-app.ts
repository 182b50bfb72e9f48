// corpus: path=src/app.ts
import express, { type Request, type Response } from 'express';
import cors, { type CorsOptions } from 'cors';
import session from 'express-session';
import helmet from 'helmet';

const app = express();
const allowlist = (process.env.CORS_ORIGINS ?? '').split(',').filter(Boolean);

const corsOptions: CorsOptions = {
  origin: (origin, cb) => cb(null, !origin || allowlist.includes(origin)), // ok: permissive-cors
  credentials: true,
};

app.use(helmet());
app.use(cors(corsOptions));
app.use(
  session({
    secret: process.env.SESSION_SECRET!,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: false, httpOnly: true, maxAge: 3_600_000 }, // expect: insecure-cookie
  }),
);

app.options('/embed/*', cors({ origin: '*' })); // ok: permissive-cors

app.get('/embed/config', (req: Request, res: Response) => {
  res.set('Access-Control-Allow-Origin', '*'); // ok: permissive-cors
  res.json({ theme: 'light' });
});

app.get('/account', (req: Request, res: Response) => {
  res.set('Access-Control-Allow-Origin', String(req.headers.origin)); // expect: permissive-cors
  res.set('Access-Control-Allow-Credentials', 'true');
  res.json({ user: req.session.id });
});

app.post('/prefs', (req: Request, res: Response) => {
  res.cookie('locale', req.body.locale, { maxAge: 31_536_000_000, sameSite: 'lax' }); // ok: insecure-cookie
  res.cookie('access_token', req.body.token, { sameSite: 'none' }); // expect: insecure-cookie
  res.sendStatus(204);
});

export default app;
