// corpus: path=src/routes/auth.js
const express = require('express');
const jwt = require('jsonwebtoken');
const bcrypt = require('bcryptjs');
const { User } = require('../models');

const router = express.Router();
const JWT_SECRET = process.env.JWT_SECRET;

router.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const user = await User.findOne({ where: { email: String(email).toLowerCase() } });
  if (!user || !(await bcrypt.compare(String(password), user.passwordHash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  const token = jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: '1h', algorithm: 'HS256' });
  res.cookie('token', token, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.json({ ok: true });
});

router.get('/me', (req, res) => {
  const claims = jwt.decode(req.cookies.token); // expect: jwt-weak
  if (!claims) return res.status(401).end();
  res.json({ id: claims.sub, role: claims.role });
});

router.get('/session', (req, res) => {
  try {
    const claims = jwt.verify(req.cookies.token, JWT_SECRET, { algorithms: ['HS256'] }); // ok: jwt-weak
    res.json({ id: claims.sub });
  } catch {
    res.status(401).end();
  }
});

router.post('/logout', (req, res) => {
  const next = req.body.next;
  res.clearCookie('token');
  if (typeof next === 'string' && /^\/(?!\/)/.test(next)) return res.redirect(next); // ok: open-redirect
  res.redirect('/');
});

module.exports = router;
