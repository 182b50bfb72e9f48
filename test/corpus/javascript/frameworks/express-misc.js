// corpus: path=server/app.js
const express = require('express');
const session = require('express-session');
const cors = require('cors');
const jwt = require('jsonwebtoken');
const crypto = require('crypto');

const app = express();

app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } })); // ok: hardcoded-secret
app.use('/public', cors()); // ok: permissive-cors
app.use('/api', cors({ origin: true, credentials: true })); // expect: permissive-cors

app.use((req, res, next) => {
  res.header('Access-Control-Allow-Origin', req.header('Origin')); // expect: permissive-cors
  res.header('Access-Control-Allow-Credentials', 'true');
  next();
});

app.post('/api/login', async (req, res) => {
  const user = await findUser(req.body.email);
  const token = jwt.sign({ id: user.id }, 'sup3r-s3cret-jwt-k3y!'); // expect: hardcoded-secret
  res.cookie('token', token); // expect: insecure-cookie
  res.json({ ok: true });
});

app.get('/api/me', (req, res) => {
  const claims = jwt.verify(req.cookies.token, process.env.JWT_SECRET, { algorithms: ['none'] }); // expect: jwt-weak
  res.json(claims);
});

app.post('/api/invite', (req, res) => {
  const inviteToken = crypto.createHash('sha1').update(req.body.email + Date.now()).digest('hex'); // expect: weak-hash
  res.json({ inviteToken });
});

app.get('/api/avatar-etag', (req, res) => {
  res.set('ETag', crypto.createHash('sha1').update(req.query.id).digest('hex')); // ok: weak-hash
  res.end();
});

async function findUser(email) {
  return { id: email.length };
}

module.exports = app;
