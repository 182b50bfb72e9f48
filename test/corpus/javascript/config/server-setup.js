// corpus: path=server/app.js
const express = require('express');
const cors = require('cors');
const helmet = require('helmet');
const https = require('https');
const axios = require('axios');

const app = express();

app.use(helmet());
app.use(cors({ origin: true, credentials: true })); // expect: permissive-cors
app.use(express.json({ limit: '1mb' }));

app.use('/public-api', cors()); // ok: permissive-cors

app.use('/partner-api', cors({ origin: ['https://partner.example.com'], credentials: true })); // ok: permissive-cors

app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*'); // expect: permissive-cors
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

const legacyAgent = new https.Agent({ rejectUnauthorized: false }); // expect: tls-verify-disabled
const partnerClient = axios.create({ baseURL: 'https://partner.example.com/api', httpsAgent: legacyAgent });
const inventoryClient = axios.create({ baseURL: 'http://inventory.example.com/api/v2' }); // expect: cleartext-http
const localClient = axios.create({ baseURL: 'http://localhost:4000' }); // ok: cleartext-http

app.post('/login', async (req, res) => {
  const session = await createSession(req.body);
  res.cookie('sid', session.id, { maxAge: 86400000 }); // expect: insecure-cookie
  res.cookie('theme', req.body.theme || 'light'); // ok: insecure-cookie
  res.cookie('auth', session.token, { httpOnly: true, secure: true, sameSite: 'strict' }); // ok: insecure-cookie
  res.json({ ok: true });
});

app.post('/remember', (req, res) => {
  res.cookie('remember_token', req.body.token, { httpOnly: false, secure: true }); // expect: insecure-cookie
  res.status(204).end();
});

async function createSession(body) {
  return { id: body.user, token: body.user };
}

module.exports = { app, partnerClient, inventoryClient, localClient };
