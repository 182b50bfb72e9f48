// corpus: path=src/middleware/security.js
import cors from 'cors';
import cookieSession from 'cookie-session';

export function applySecurity(app) {
  app.use(
    cors({
      origin: (origin, cb) => cb(null, origin), // expect: permissive-cors
      credentials: true,
    }),
  );
  app.use('/widgets', cors({ origin: ['https://partner.example.com'] })); // ok: permissive-cors
  app.use(cookieSession({ name: 'sess', keys: ['cookie-session-key-1a2b3c'], httpOnly: true })); // expect: hardcoded-secret
  app.use(cookieSession({ name: 'sess2', keys: [process.env.COOKIE_KEY], secure: true })); // ok: hardcoded-secret
}

export function rememberMe(res, token) {
  res.cookie('remember_me', token, { maxAge: 30 * 24 * 3600 * 1000, httpOnly: false }); // expect: insecure-cookie
}

export function locale(res, lang) {
  res.cookie('locale', lang, { maxAge: 365 * 24 * 3600 * 1000 }); // ok: insecure-cookie
}
