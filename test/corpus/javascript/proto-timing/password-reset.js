// corpus: path=src/routes/password-reset.js
const express = require('express');
const crypto = require('crypto');
const bcrypt = require('bcrypt');
const rateLimit = require('express-rate-limit');
const User = require('../models/user');
const mailer = require('../lib/mailer');

const router = express.Router();
router.use(rateLimit({ windowMs: 15 * 60 * 1000, max: 20 }));

const RESET_TTL_MS = 30 * 60 * 1000;

router.post('/forgot', async (req, res) => {
  const email = String(req.body.email || '').trim().toLowerCase();
  const user = await User.findOne({ email });
  if (user) {
    user.resetToken = crypto.randomBytes(32).toString('hex');
    user.resetExpires = new Date(Date.now() + RESET_TTL_MS);
    await user.save();
    await mailer.send(user.email, 'reset-password', { link: `${process.env.APP_URL}/reset?uid=${user.id}&token=${user.resetToken}` });
  }
  res.json({ ok: true });
});

router.post('/reset', async (req, res) => {
  const { uid, token, password } = req.body;
  if (typeof token !== 'string' || typeof password !== 'string') { // ok: timing-unsafe-comparison
    return res.status(400).json({ error: 'token and password required' });
  }
  if (password.length < 12) return res.status(400).json({ error: 'password too short' }); // ok: timing-unsafe-comparison
  const user = await User.findById(String(uid));
  if (!user || !user.resetToken || user.resetExpires < new Date()) {
    return res.status(400).json({ error: 'link expired' });
  }
  if (user.resetToken !== token) { // expect: timing-unsafe-comparison
    return res.status(400).json({ error: 'link expired' });
  }
  user.passwordHash = await bcrypt.hash(password, 12);
  user.resetToken = null;
  await user.save();
  res.json({ ok: true });
});

router.post('/change', async (req, res) => {
  const user = await User.findById(req.session.userId);
  if (!user) return res.sendStatus(401);
  const ok = await bcrypt.compare(String(req.body.current), user.passwordHash); // ok: timing-unsafe-comparison
  if (!ok) return res.status(400).json({ error: 'current password is wrong' });
  if (req.body.next === req.body.current) return res.status(400).json({ error: 'choose a new password' }); // ok: timing-unsafe-comparison
  user.passwordHash = await bcrypt.hash(String(req.body.next), 12);
  await user.save();
  res.json({ ok: true });
});

router.post('/verify-email', async (req, res) => {
  const user = await User.findById(String(req.body.uid));
  if (!user) return res.status(404).end();
  if (user.id !== req.session.userId) return res.sendStatus(403); // ok: timing-unsafe-comparison
  const code = String(req.body.code || '');
  if (code === user.emailVerifyCode) { // expect: timing-unsafe-comparison
    user.emailVerified = true;
    user.emailVerifyCode = null;
    await user.save();
    return res.json({ verified: true });
  }
  res.status(400).json({ verified: false });
});

module.exports = router;
