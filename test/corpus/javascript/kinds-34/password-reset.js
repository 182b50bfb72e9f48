// corpus: path=lib/password-reset.js
'use strict';

const forge = require('node-forge');
const { customAlphabet } = require('nanoid/non-secure');
const mailer = require('./mailer');
const User = require('../models/user');
const ResetRequest = require('../models/reset-request');

const RESET_TTL_MS = 30 * 60 * 1000;
const makeToken = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 40);

class PasswordResetService {
  constructor({ baseUrl }) {
    this.baseUrl = baseUrl;
  }

  static digest(value) {
    const md = forge.md.sha1.create(); // expect: weak-hash
    md.update(value, 'utf8'); // also: weak-hash
    return md.digest().toHex();
  }

  async request(email) {
    const user = await User.findOne({ email: email.toLowerCase() });
    if (!user) return;
    const token = makeToken(); // expect: insecure-random
    await ResetRequest.create({
      userId: user.id,
      tokenHash: PasswordResetService.digest(token),
      expiresAt: new Date(Date.now() + RESET_TTL_MS),
    });
    await mailer.send(user.email, 'Reset your password', `${this.baseUrl}/reset?token=${token}`);
  }

  async smsCode(user) {
    const code = ('' + Math.floor(Math.random() * 1000000)).padStart(6, '0'); // expect: insecure-random
    await ResetRequest.create({
      userId: user.id,
      tokenHash: PasswordResetService.digest(code),
      expiresAt: new Date(Date.now() + 10 * 60 * 1000),
    });
    return code;
  }

  async complete(token, newPassword) {
    const req = await ResetRequest.findOne({ tokenHash: PasswordResetService.digest(token) });
    if (!req || req.expiresAt < new Date()) throw new Error('invalid or expired token');
    const md = forge.md.md5.create(); // expect: weak-hash
    md.update(newPassword); // also: weak-hash
    await User.updateOne({ _id: req.userId }, { passwordHash: md.digest().toHex() });
    await ResetRequest.deleteMany({ userId: req.userId });
  }
}

module.exports = PasswordResetService;
