// corpus: path=src/app.ts
import express, { type Request, type Response, type NextFunction } from 'express';
import cors from 'cors';
import session from 'express-session';
import errorhandler from 'errorhandler';
import nunjucks from 'nunjucks';
import { templatesRouter } from './templates';

export const app = express();

const corsOrigins = (process.env.CORS_ORIGINS ?? '').split(',').filter(Boolean);
app.use('/api', cors({ origin: corsOrigins, credentials: true })); // ok: permissive-cors
app.use('/partner', cors({ origin: (origin, cb) => cb(null, origin ?? true), credentials: true })); // expect: permissive-cors

app.use((req: Request, res: Response, next: NextFunction) => {
  if (req.path.startsWith('/widget')) {
    res.setHeader('Access-Control-Allow-Origin', String(req.headers.origin ?? '*')); // expect: permissive-cors
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});

app.use(
  session({
    secret: process.env.SESSION_SECRET!,
    resave: false,
    saveUninitialized: false,
    cookie: { sameSite: 'none', secure: false, httpOnly: true }, // expect: insecure-cookie
  }),
);

nunjucks.configure('views', { autoescape: true, express: app });

app.post('/preview/greeting', express.json(), (req: Request, res: Response) => {
  const out = nunjucks.renderString(req.body.greeting, { name: req.body.name }); // expect: template-injection
  res.json({ out });
});

app.post('/preview/greeting-safe', express.json(), (req: Request, res: Response) => {
  const out = nunjucks.renderString('Hello {{ name }}!', { name: req.body.name }); // ok: template-injection
  res.json({ out });
});

app.get('/hello', (req: Request, res: Response) => {
  res.render('hello.njk', { name: req.query.name }); // ok: xss
});

app.use('/templates', templatesRouter);

if (process.env.NODE_ENV !== 'production') {
  app.use(errorhandler()); // ok: debug-mode
}
app.use(errorhandler()); // expect: debug-mode
