// corpus: path=src/server.js
const express = require('express');
const session = require('express-session');
const cors = require('cors');
const helmet = require('helmet');
const crypto = require('crypto');
const RedisStore = require('connect-redis').default;

const config = require('./config');
const { redis } = require('./redis');
const { findUser, verifyPassword } = require('./users');
const ordersRouter = require('./routes/orders');

const app = express();

app.use(helmet());
app.use(express.json({ limit: '1mb' }));

app.use(
  '/api',
  cors({ origin: true, credentials: true }), // expect: permissive-cors
);
app.use('/public', cors()); // ok: permissive-cors
app.use('/partners', cors({ origin: ['https://partner.example.com', 'https://admin.example.com'], credentials: true })); // ok: permissive-cors

app.use(
  session({
    store: new RedisStore({ client: redis }),
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: false, httpOnly: false, maxAge: 1000 * 60 * 60 * 8 }, // expect: insecure-cookie
  }),
);

app.post('/login', async (req, res) => {
  const user = await findUser(req.body.email);
  if (!user || !(await verifyPassword(user, req.body.password))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  req.session.userId = user.id;
  const csrf = crypto.randomBytes(24).toString('hex');
  res.cookie('XSRF-TOKEN', csrf, { sameSite: 'strict', secure: true }); // ok: insecure-cookie
  res.cookie('remember_me', user.rememberToken, { maxAge: 30 * 24 * 3600 * 1000 }); // expect: insecure-cookie
  res.json({ id: user.id, name: user.name });
});

app.post('/preferences', (req, res) => {
  res.cookie('currency', String(req.body.currency || 'USD'), { maxAge: 365 * 24 * 3600 * 1000 }); // ok: insecure-cookie
  res.cookie('seen_banner', '1'); // ok: insecure-cookie
  res.sendStatus(204);
});

app.use('/api/orders', ordersRouter);

app.use((err, req, res, next) => {
  req.log?.error(err);
  res.status(500).json({ error: 'internal error' });
});

app.listen(config.port, () => {
  console.log(`listening on ${config.port}`);
});
