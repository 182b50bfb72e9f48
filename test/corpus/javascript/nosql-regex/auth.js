// corpus: path=src/routes/auth.js
const express = require('express');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const User = require('../models/user');
const ResetToken = require('../models/reset-token');

const router = express.Router();

router.post('/login', async (req, res) => {
  const { email, password } = req.body;
  if (typeof email !== 'string' || typeof password !== 'string') {
    return res.status(400).json({ error: 'email and password required' });
  }
  const user = await User.findOne({ email: email.toLowerCase() });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
  res.json({ token });
});

router.post('/reset/confirm', async (req, res) => {
  const { token, password } = req.body;
  const record = await ResetToken.findOne({ token, usedAt: null }); // expect: nosql-injection
  if (!record) return res.status(400).json({ error: 'invalid or expired link' });
  const user = await User.findById(record.user);
  user.passwordHash = await bcrypt.hash(String(password), 12);
  await user.save();
  record.usedAt = new Date();
  await record.save();
  res.json({ ok: true });
});

router.get('/verify', async (req, res) => {
  const user = await User.findOneAndUpdate({ verifyCode: req.query.code }, { $set: { verified: true }, $unset: { verifyCode: 1 } }); // expect: nosql-injection
  if (!user) return res.status(400).send('Link expired');
  res.redirect('/welcome');
});

router.get('/invite/:code', async (req, res) => {
  const user = await User.findOne({ inviteCode: req.params.code }); // ok: nosql-injection
  res.json({ valid: Boolean(user) });
});

module.exports = router;
