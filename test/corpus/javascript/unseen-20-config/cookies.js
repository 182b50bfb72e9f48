// corpus: path=src/routes/auth.js
const express = require('express');
const jwt = require('jsonwebtoken');
const { verifyPassword, findUserByEmail } = require('../users');

const router = express.Router();
const isProd = process.env.NODE_ENV === 'production';

router.post('/login', async (req, res) => {
  const user = await findUserByEmail(req.body.email);
  if (!user || !(await verifyPassword(user, req.body.password))) return res.status(401).json({ error: 'invalid_credentials' });
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
  res.cookie('access_token', token, { httpOnly: true, secure: false, sameSite: 'lax', maxAge: 3600 * 1000 }); // expect: insecure-cookie
  res.cookie('theme', req.body.theme || 'light', { httpOnly: false, secure: false }); // ok: insecure-cookie
  res.cookie('refresh_token', jwt.sign({ sub: user.id, typ: 'refresh' }, process.env.JWT_SECRET), { httpOnly: true, secure: isProd, sameSite: 'strict' }); // ok: insecure-cookie
  res.json({ ok: true });
});

module.exports = router;
