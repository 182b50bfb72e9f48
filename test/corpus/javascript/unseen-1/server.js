// corpus: path=src/server.js
const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const errorhandler = require('errorhandler');
const { ApolloServer } = require('@apollo/server');
const { expressMiddleware } = require('@apollo/server/express4');
const logger = require('./logger');
const { typeDefs, resolvers } = require('./graphql');

const app = express();
app.use(express.json());

app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', req.get('origin') || '*'); // expect: permissive-cors
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

const ALLOWED_ORIGINS = new Set(['https://app.example.com', 'https://admin.example.com']);
app.use('/v2', (req, res, next) => {
  const origin = req.headers.origin;
  if (origin && ALLOWED_ORIGINS.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin); // ok: permissive-cors
    res.setHeader('Vary', 'Origin');
  }
  next();
});

app.use(
  session({
    name: 'sid',
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: true,
    cookie: { maxAge: 7 * 24 * 3600 * 1000 }, // expect: insecure-cookie
  }),
);

app.use(
  '/kiosk',
  cookieSession({
    name: 'kiosk',
    keys: [process.env.KIOSK_KEY],
    httpOnly: false, // expect: insecure-cookie
  }),
);

app.post('/remember-me', (req, res) => {
  const token = req.session.rememberToken;
  res.cookie('remember_me', token, { maxAge: 30 * 86400000, httpOnly: true }); // expect: insecure-cookie
  res.cookie('last_visit', new Date().toISOString(), { maxAge: 30 * 86400000 }); // ok: insecure-cookie
  res.json({ ok: true });
});

app.post('/logout', (req, res) => {
  res.clearCookie('remember_me'); // ok: insecure-cookie
  res.append('Set-Cookie', `auth_token=${req.session.id}; Path=/; HttpOnly`); // expect: insecure-cookie
  res.append('Set-Cookie', `auth_token_v2=${req.session.id}; Path=/; HttpOnly; Secure; SameSite=Strict`); // ok: insecure-cookie
  req.session.destroy(() => res.sendStatus(204));
});

async function startGraphql() {
  const apollo = new ApolloServer({ typeDefs, resolvers, includeStacktraceInErrorResponses: process.env.NODE_ENV !== 'production' }); // ok: debug-mode
  await apollo.start();
  app.use('/graphql', expressMiddleware(apollo));
}

if (process.env.NODE_ENV === 'development') {
  app.use(errorhandler()); // ok: debug-mode
}

app.use((err, req, res, next) => {
  logger.error({ err, stack: err.stack }, 'request failed'); // ok: debug-mode
  res.status(err.status || 500).json({ error: err.message, stack: err.stack }); // expect: debug-mode
});

startGraphql().then(() => app.listen(process.env.PORT || 3000)); // expect: unhandled-promise
