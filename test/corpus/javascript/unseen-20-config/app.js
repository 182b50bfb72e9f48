// corpus: path=src/app.js
'use strict';

const express = require('express');
const helmet = require('helmet');
const cors = require('cors');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

const routes = require('./routes');
const publicRoutes = require('./routes/public');

const app = express();
const redisClient = createClient({ url: process.env.REDIS_URL || 'redis://localhost:6379' }); // ok: hardcoded-secret
redisClient.connect().catch(console.error);

app.set('trust proxy', 1);
app.use(helmet());
app.use(express.json({ limit: '1mb' }));

app.use('/public', cors(), publicRoutes); // ok: permissive-cors
app.use('/api', cors({ origin: true, credentials: true })); // expect: permissive-cors

app.use(
  session({
    store: new RedisStore({ client: redisClient, prefix: 'shop:' }),
    secret: 'keyboard cat', // expect: hardcoded-secret
    resave: false,
    saveUninitialized: false,
    cookie: {
      httpOnly: true,
      secure: false, // expect: insecure-cookie
      sameSite: 'lax',
      maxAge: 1000 * 60 * 60 * 24,
    },
  }),
);

app.use('/api', routes);

app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ error: err.expose ? err.message : 'internal_error' });
});

module.exports = app;
