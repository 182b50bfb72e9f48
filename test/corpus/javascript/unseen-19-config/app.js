// corpus: path=src/app.js
'use strict';

const express = require('express');
const cors = require('cors');
const helmet = require('helmet');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const morgan = require('morgan');

const config = require('./config');
const routes = require('./routes');
const { errorHandler, notFound } = require('./middleware/errors');

const app = express();
const redis = createClient({ url: config.redisUrl });
redis.connect().catch((err) => console.error('redis connect failed', err));

const allowedOrigins = new Set(config.corsOrigins);

app.set('trust proxy', 1);
app.use(helmet());
app.use(morgan(config.isProduction ? 'combined' : 'dev'));
app.use(express.json({ limit: '1mb' }));

app.use(
  '/api',
  cors({
    origin(origin, callback) {
      if (!origin || allowedOrigins.has(origin)) return callback(null, true); // ok: permissive-cors
      return callback(new Error('Origin not allowed'));
    },
    credentials: true,
  }),
);

app.use(
  '/embed',
  cors({
    origin: (origin, callback) => callback(null, origin), // expect: permissive-cors
    credentials: true,
  }),
);

app.use('/public', cors()); // ok: permissive-cors

app.use(
  session({
    store: new RedisStore({ client: redis, prefix: 'sess:' }),
    secret: config.sessionSecret, // ok: hardcoded-secret
    name: 'sid',
    resave: false,
    saveUninitialized: false,
    cookie: {
      httpOnly: true,
      secure: config.isProduction, // ok: insecure-cookie
      sameSite: 'lax',
      maxAge: 1000 * 60 * 60 * 12,
    },
  }),
);

app.post('/api/login/remember', (req, res) => {
  const token = req.session.rememberToken;
  res.cookie('remember_me', token, { maxAge: 30 * 24 * 3600 * 1000, httpOnly: false, secure: true }); // expect: insecure-cookie
  res.cookie('ui_lang', req.body.lang || 'en', { maxAge: 365 * 24 * 3600 * 1000 }); // ok: insecure-cookie
  res.json({ ok: true });
});

app.get('/healthz', (req, res) => res.json({ status: 'ok', uptime: process.uptime() }));
app.use('/api', routes);
app.use(notFound);
app.use(errorHandler);

module.exports = app;
