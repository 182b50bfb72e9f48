// corpus: path=server/auth.js
const express = require('express');
const session = require('express-session');
const cors = require('cors');
const md5 = require('md5');
const bcrypt = require('bcryptjs');
const CryptoJS = require('crypto-js');
const jwt = require('jsonwebtoken');
const { randomBytes, randomInt } = require('crypto');
const { User, ResetToken } = require('./models');
const mailer = require('./mailer');

const app = express();
app.use(express.json());

const trustedOrigins = ['https://app.example.com', 'https://admin.example.com'];

app.use(cors({ // expect: permissive-cors
  origin: (origin, callback) => callback(null, true),
  credentials: true,
}));
app.use('/widgets', cors({ origin: (origin, callback) => callback(null, trustedOrigins.includes(origin)), credentials: true })); // ok: permissive-cors

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: false, maxAge: 24 * 60 * 60 * 1000 }, // expect: insecure-cookie
}));

app.post('/signup', async (req, res) => {
  const { email, password } = req.body;
  const passwordHash = md5(password); // expect: weak-hash
  const user = await User.create({ email, passwordHash });
  const avatarKey = md5(email.trim().toLowerCase()); // ok: weak-hash
  res.status(201).json({ id: user.id, avatar: `https://www.gravatar.com/avatar/${avatarKey}` });
});

app.post('/signup/v2', async (req, res) => {
  const passwordHash = await bcrypt.hash(req.body.password, 12); // ok: weak-hash
  const user = await User.create({ email: req.body.email, passwordHash });
  res.status(201).json({ id: user.id });
});

app.post('/login', async (req, res) => {
  const user = await User.findOne({ where: { email: req.body.email } });
  const legacy = CryptoJS.SHA1(req.body.password).toString(CryptoJS.enc.Hex); // expect: weak-hash
  if (!user || user.legacyHash !== legacy) return res.status(401).json({ error: 'invalid credentials' });
  const token = jwt.sign({ sub: user.id, role: user.role }, 'p4ss-w0rd-signing-key-2023', { expiresIn: '1h' }); // expect: hardcoded-secret
  res.cookie('access_token', token, { httpOnly: true, secure: true, sameSite: 'strict' }); // ok: insecure-cookie
  res.json({ ok: true });
});

app.post('/password/forgot', async (req, res) => {
  const user = await User.findOne({ where: { email: req.body.email } });
  if (user) {
    const resetCode = Math.random().toString(36).slice(-8); // expect: insecure-random
    await ResetToken.create({ userId: user.id, code: resetCode });
    await mailer.send(user.email, 'Reset your password', `Your code: ${resetCode}`);
  }
  res.status(202).end();
});

app.post('/password/forgot/v2', async (req, res) => {
  const user = await User.findOne({ where: { email: req.body.email } });
  if (user) {
    const resetCode = randomBytes(20).toString('hex'); // ok: insecure-random
    const pin = String(randomInt(100000, 1000000)); // ok: insecure-random
    await ResetToken.create({ userId: user.id, code: resetCode, pin });
  }
  res.status(202).end();
});

app.post('/verify', (req, res) => {
  const claims = jwt.verify(req.body.token, process.env.JWT_SECRET, { algorithms: ['HS256'] }); // ok: hardcoded-secret
  const nonce = Math.floor(Math.random() * 1000); // ok: insecure-random
  res.set('Retry-After', String(nonce % 5));
  res.json({ sub: claims.sub });
});

module.exports = app;
