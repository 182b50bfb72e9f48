// corpus: path=src/routes/users.js
const express = require('express');
const bcrypt = require('bcryptjs');
const _ = require('lodash');
const User = require('../models/user');
const AuditLog = require('../models/audit-log');
const { requireLogin, requireAdmin } = require('../middleware/auth');

const router = express.Router();
const PROFILE_FIELDS = ['displayName', 'bio', 'avatarUrl', 'timezone'];

router.post('/signup', async (req, res, next) => {
  try {
    const user = new User(req.body); // expect: mass-assignment
    user.passwordHash = await bcrypt.hash(req.body.password, 12);
    await user.save();
    req.session.userId = user.id; // ok: trust-boundary
    res.status(201).json({ id: user.id });
  } catch (err) {
    next(err);
  }
});

router.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const user = await User.findOne({ email: String(email).toLowerCase() });
  if (!user || !(await bcrypt.compare(String(password), user.passwordHash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  req.session.userId = user.id; // ok: trust-boundary
  req.session.role = user.role; // ok: trust-boundary
  res.json({ id: user.id, role: user.role });
});

router.put('/me', requireLogin, async (req, res) => {
  const user = await User.findByIdAndUpdate(req.session.userId, req.body, { new: true }); // expect: mass-assignment
  res.json(user);
});

router.patch('/me/profile', requireLogin, async (req, res) => {
  const updates = _.pick(req.body, PROFILE_FIELDS);
  const user = await User.findById(req.session.userId);
  Object.assign(user, updates); // ok: mass-assignment
  await user.save();
  res.json(user);
});

router.patch('/me/settings', requireLogin, async (req, res) => {
  const user = await User.findById(req.session.userId);
  user.set(req.body.settings); // expect: mass-assignment
  await user.save();
  res.json(user.settings);
});

router.patch('/me/name', requireLogin, async (req, res) => {
  const { displayName } = req.body;
  await User.updateOne({ _id: req.session.userId }, { $set: { displayName: String(displayName).slice(0, 80) } }); // ok: mass-assignment
  res.sendStatus(204);
});

router.post('/switch-account', requireLogin, async (req, res) => {
  req.session.userId = req.body.accountId; // expect: trust-boundary
  res.redirect('/dashboard');
});

router.post('/admin/users/:id', requireAdmin, async (req, res) => {
  const user = await User.findById(req.params.id);
  if (!user) return res.sendStatus(404);
  const before = user.toObject();
  Object.assign(user, req.body); // expect: mass-assignment
  await user.save();
  await AuditLog.create({ actor: req.session.userId, action: 'user.update', before, after: user.toObject() });
  res.json(user);
});

router.get('/me', requireLogin, async (req, res) => {
  const user = await User.findById(req.session.userId).lean(); // ok: trust-boundary
  res.json(_.omit(user, ['passwordHash']));
});

module.exports = router;
