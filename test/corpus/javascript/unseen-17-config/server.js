// corpus: path=src/server.js
const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const cookieParser = require('cookie-parser');
const cors = require('cors');
const helmet = require('helmet');
const { createClient } = require('redis');

const authRoutes = require('./routes/auth');
const orderRoutes = require('./routes/orders');
const { requireUser } = require('./middleware/auth');

const app = express();
const redis = createClient({ url: process.env.REDIS_URL });
redis.connect().catch((err) => console.error('redis connect failed', err));

const ALLOWED_ORIGINS = (process.env.CORS_ORIGINS || 'https://app.tally.example.com').split(',');
const SESSION_COOKIE = 'tally.sid';
const CSRF_HEADER = 'x-csrf-token';

app.set('trust proxy', 1);
app.use(helmet());
app.use(express.json({ limit: '1mb' }));
app.use(cookieParser(process.env.COOKIE_SECRET));

app.use('/api', cors({ origin: ALLOWED_ORIGINS, credentials: true })); // ok: permissive-cors
app.use('/partner', cors({ origin: true, credentials: true })); // expect: permissive-cors
app.use('/public', cors()); // ok: permissive-cors

app.use(
  session({
    name: SESSION_COOKIE,
    store: new RedisStore({ client: redis, prefix: 'tally:sess:' }),
    secret: 'J4s9Vq2Lw7Xe1Rk6Tb3Nz8Mc5Hy0Pd', // expect: hardcoded-secret
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: false, sameSite: 'lax', maxAge: 1000 * 60 * 60 * 8 }, // expect: insecure-cookie
  }),
);

app.get('/health', (req, res) => res.json({ ok: true }));

app.post('/prefs/theme', (req, res) => {
  const theme = req.body.theme === 'dark' ? 'dark' : 'light';
  res.cookie('theme', theme, { maxAge: 31536000000 }); // ok: insecure-cookie
  res.sendStatus(204);
});

app.post('/auth/remember', requireUser, (req, res) => {
  res.cookie('remember_token', req.user.rememberToken, { maxAge: 2592000000, sameSite: 'lax' }); // expect: insecure-cookie
  res.sendStatus(204);
});

app.get('/csrf', (req, res) => {
  res.cookie('XSRF-TOKEN', req.csrfToken(), { secure: true, sameSite: 'strict' }); // ok: insecure-cookie
  res.set(CSRF_HEADER, 'issued');
  res.sendStatus(204);
});

app.use('/auth', authRoutes);
app.use('/orders', requireUser, orderRoutes);

app.use((err, req, res, next) => {
  console.error(err);
  res.status(err.status || 500).json({ error: 'internal error' });
});

module.exports = app;
